import type { ReactNode } from 'react';

/** The small-screen menu: a native <details>, no JavaScript (every link is a page load). */
export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="group relative md:hidden">
      <summary className="flex size-10 cursor-pointer list-none items-center justify-center rounded-md hover:bg-gray-100 dark:hover:bg-gray-800 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{label}</span>
        <svg
          viewBox="0 0 24 24"
          className="size-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M4 6h16M4 12h16M4 18h16" className="group-open:hidden" />
          <path d="M6 6l12 12M18 6 6 18" className="hidden group-open:block" />
        </svg>
      </summary>
      <div className="absolute right-0 top-12 z-50 w-64 rounded-lg border border-gray-200 bg-white p-2 shadow-lg dark:border-gray-700 dark:bg-gray-900">
        {children}
      </div>
    </details>
  );
}
