import type { LocaleLink } from '@/lib/render/navigation';
import { SiteLink } from '../ui/site-link';

function GlobeIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      aria-hidden="true"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
    </svg>
  );
}

const linkClass =
  'flex items-center gap-1.5 rounded-md px-2 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-950 dark:text-gray-300 dark:hover:bg-gray-800 dark:hover:text-white';

/**
 * The locale switcher: plain links to the same page in the other languages (no JavaScript). One
 * other locale is one link; more are a native <details> menu.
 */
export function LocaleSwitcher({ links, label }: { links: LocaleLink[]; label: string }) {
  const [only] = links;
  if (!only) return null;
  if (links.length === 1) {
    return (
      <SiteLink
        href={only.href}
        hrefLang={only.lang}
        lang={only.lang}
        className={linkClass}
        aria-label={`${label}: ${only.label}`}
      >
        <GlobeIcon />
        {/* Phones show the globe alone: the navbar has no room for the name. */}
        <span className="hidden whitespace-nowrap sm:inline">{only.label}</span>
      </SiteLink>
    );
  }
  return (
    <details className="relative">
      <summary
        className={`${linkClass} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
      >
        <GlobeIcon />
        <span>{label}</span>
      </summary>
      <ul className="absolute right-0 top-11 z-50 w-44 rounded-lg border border-gray-200 bg-white p-1 shadow-lg dark:border-gray-700 dark:bg-gray-900">
        {links.map((link) => (
          <li key={link.locale}>
            <SiteLink href={link.href} hrefLang={link.lang} lang={link.lang} className={linkClass}>
              {link.label}
            </SiteLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
