import type { ReactNode } from 'react';
import { BlogSidebar } from './blog-sidebar';

/** Docusaurus's blog page: recent posts on the left, content, and (on posts) the TOC on the right. */
export function BlogLayout({
  children,
  aside,
  current,
  sidebarSource,
}: {
  children: ReactNode;
  aside?: ReactNode;
  current?: string;
  /** This page renders the whole sidebar for the others (lib/routes/blog-sidebar.ts). */
  sidebarSource?: boolean;
}) {
  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-8 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)_14rem]">
      <aside className="hidden lg:block">
        <BlogSidebar current={current} source={sidebarSource} />
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 outline-none">
        {children}
      </main>
      {aside ? <aside className="hidden xl:block">{aside}</aside> : null}
    </div>
  );
}

/** A page without the blog sidebar (tags index, archive, authors, 404). */
export function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto w-full max-w-4xl px-4 py-10 outline-none sm:px-6"
    >
      {children}
    </main>
  );
}
