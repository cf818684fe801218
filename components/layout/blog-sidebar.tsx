import { SiteLink } from '@/components/ui/site-link';
import { getBlog, site, ui } from '@/lib/render/site';

/** Docusaurus's blog sidebar: the most recent posts, grouped by year. */
export function BlogSidebar({ current }: { current?: string }) {
  const t = ui();
  const years = getBlog().routes().recent;
  // Docusaurus's blogSidebarTitle; blogSidebarCount 0 hides the sidebar.
  const title = site.blog.sidebarTitle ?? t.recentPosts;
  if (years.length === 0) return null;
  return (
    <nav aria-label={title} className="sticky top-20 text-sm">
      <p className="mb-3 font-bold text-gray-900 dark:text-gray-100">{title}</p>
      {years.map(({ year, posts }) => (
        <div key={year} className="mb-4">
          <p className="mb-1 text-xs font-semibold tracking-wide text-gray-500 dark:text-gray-400">
            {year}
          </p>
          <ul className="space-y-1">
            {posts.map((post) => (
              <li key={post.permalink}>
                <SiteLink
                  href={post.permalink}

                  aria-current={post.permalink === current ? 'page' : undefined}
                  className="block rounded px-2 py-1 leading-snug text-gray-700 hover:bg-gray-100 hover:text-gray-950 aria-[current=page]:bg-accent-50 aria-[current=page]:font-semibold aria-[current=page]:text-accent-700 dark:text-gray-300 dark:hover:bg-gray-800 dark:hover:text-white dark:aria-[current=page]:bg-gray-800 dark:aria-[current=page]:text-accent-400"
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
