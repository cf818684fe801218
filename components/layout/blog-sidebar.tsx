import { SiteLink } from '@/components/ui/site-link';
import { getBlog, ui } from '@/lib/render/site';

/** Docusaurus's blog sidebar: the most recent posts, grouped by year. */
export function BlogSidebar({ current }: { current?: string }) {
  const t = ui();
  const years = getBlog().routes().recent;
  // Docusaurus's blogSidebarTitle; blogSidebarCount 0 hides the sidebar.
  const title = getBlog().texts().sidebarTitle ?? t.recentPosts;
  if (years.length === 0) return null;
  return (
    <nav aria-label={title} className="sticky top-20 text-sm">
      <p className="mb-3 font-bold text-gray-900 dark:text-gray-100">{title}</p>
      {years.map(({ year, posts }) => (
        <div key={year} className="mb-4">
          <p className="mb-1 text-xs font-semibold tracking-wide text-gray-500 dark:text-gray-400">
            {year}
          </p>
          {/* Plain links, styled from the list (globals.css): with blogSidebarCount 'ALL',
              every page carries every post, in its HTML and again in React's payload. */}
          <ul className="blog-sidebar-links space-y-1">
            {posts.map((post) => (
              <li key={post.permalink}>
                <SiteLink
                  href={post.permalink}
                  aria-current={post.permalink === current ? 'page' : undefined}
                >
                  {post.sidebarLabel ?? post.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
