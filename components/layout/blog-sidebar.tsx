import { SiteLink } from '@/components/ui/site-link';
import { SIDEBAR_ATTRIBUTE, sidebarFilledLater } from '@/lib/routes/blog-sidebar';
import { getBlog, ui, withBase } from '@/lib/render/site';

/**
 * Docusaurus's blog sidebar: the most recent posts, grouped by year. A long one is rendered whole
 * on the `source` page only, elsewhere as an empty slot the publish step fills from it
 * (lib/routes/blog-sidebar.ts), so that it is not in every page's React payload; a short one, and
 * every one in `next dev`, on every page.
 */
export function BlogSidebar({ current, source }: { current?: string; source?: boolean }) {
  const t = ui();
  const blog = getBlog();
  const years = blog.routes().recent;
  // Docusaurus's blogSidebarTitle; blogSidebarCount 0 hides the sidebar.
  const title = blog.texts().sidebarTitle ?? t.recentPosts;
  if (years.length === 0) return null;
  const nav = { 'aria-label': title, className: 'sticky top-20 text-sm' };
  if (!source && blog.mode === 'production' && sidebarFilledLater(blog.config.blog.sidebarCount)) {
    const slot = { [SIDEBAR_ATTRIBUTE]: 'slot', 'data-current': current && withBase(current) };
    return <nav {...nav} {...slot} dangerouslySetInnerHTML={{ __html: '' }} />;
  }
  return (
    <nav {...nav} {...{ [SIDEBAR_ATTRIBUTE]: source ? 'source' : 'inline' }}>
      <p className="mb-3 font-bold text-gray-900 dark:text-gray-100">{title}</p>
      {years.map(({ year, posts }) => (
        <div key={year} className="mb-4">
          <p className="mb-1 text-xs font-semibold tracking-wide text-gray-500 dark:text-gray-400">
            {year}
          </p>
          {/* Plain links, styled from the list (globals.css): with blogSidebarCount 'ALL',
              every page's HTML carries every post. */}
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
