/**
 * `sitemap.xml`: every listed page with its last modification (posts, list pages, tags, archive
 * and authors), from the route table. Unlisted posts and tags and drafts are left out.
 */
import type { Post } from '../load/post';
import { lastModified } from '../load/post';
import type { RouteTable } from '../routes/table';
import { escapeXml } from './xml';

export type SitemapEntry = { url: string; lastModified: Date | undefined };

function newest(posts: readonly Post[]): Date | undefined {
  let result: Date | undefined;
  for (const post of posts) {
    const updated = lastModified(post);
    if (!result || updated > result) result = updated;
  }
  return result;
}

export function sitemapEntries(
  routes: Pick<RouteTable, 'pages' | 'urls'>,
  absoluteUrl: (path: string) => string,
): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  // Sitemaps want URLs percent-escaped (Korean tag paths included).
  const add = (path: string, posts: readonly Post[]) =>
    entries.push({ url: new URL(absoluteUrl(path)).href, lastModified: newest(posts) });
  const pages = routes.pages;
  const listed = pages.flatMap((r) => (r.kind === 'post' && !r.post.unlisted ? [r.post] : []));
  for (const route of pages) if (route.kind === 'blog') add(route.path, route.list.items);
  for (const post of listed) add(post.permalink, [post]);
  for (const route of pages)
    if (route.kind === 'page' && !route.post.unlisted) add(route.path, [route.post]);
  add(routes.urls.archive, listed);
  add(routes.urls.tags, listed);
  for (const route of pages) {
    if (route.kind === 'tag' && !route.tag.unlisted) add(route.path, route.list.items);
  }
  const authors = pages.flatMap((r) => (r.kind === 'author' ? [r] : []));
  add(
    routes.urls.authors,
    authors.filter((r) => r.list.page === 1).flatMap((r) => r.author.posts),
  );
  for (const route of authors) add(route.path, route.list.items);
  return entries;
}

/** The sitemap's XML. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url>\n<loc>${escapeXml(entry.url)}</loc>\n${
        entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>\n` : ''
      }</url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
}
