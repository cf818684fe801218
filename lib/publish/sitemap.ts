/**
 * `sitemap.xml`: every listed page with its last modification (posts, list pages, tags, archive
 * and authors), from the route table. Unlisted posts and tags and drafts are left out.
 */
import type { Post } from '../load/post';
import { lastModified } from '../load/post';
import type { PageRoute, RouteTable } from '../routes/table';
import { escapeXml } from './xml';

/** Another language's version of a page: `hreflang` and its absolute URL. */
export type SitemapAlternate = { hreflang: string; url: string };

export type SitemapEntry = {
  url: string;
  lastModified: Date | undefined;
  alternates?: SitemapAlternate[];
};

function newest(posts: readonly Post[]): Date | undefined {
  let result: Date | undefined;
  for (const post of posts) {
    const updated = lastModified(post);
    if (!result || updated > result) result = updated;
  }
  return result;
}

/**
 * The sitemap of one locale. Posts shown untranslated in another locale are left out (their
 * canonical URL is the original's); `alternatesOf` gives a page's versions in every language.
 */
export function sitemapEntries(
  routes: Pick<RouteTable, 'pages' | 'urls'>,
  absoluteUrl: (path: string) => string,
  alternatesOf: (path: string) => SitemapAlternate[] = () => [],
): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  // Sitemaps want URLs percent-escaped (Korean tag paths included).
  const escaped = (url: string) => new URL(url).href;
  const add = (path: string, posts: readonly Post[]) => {
    const alternates = alternatesOf(path).map((a) => ({ ...a, url: escaped(a.url) }));
    entries.push({
      url: escaped(absoluteUrl(path)),
      lastModified: newest(posts),
      ...(alternates.length > 0 ? { alternates } : {}),
    });
  };
  const pages = routes.pages;
  const inLocale = (post: Post) => !post.unlisted && post.lang === routes.urls.locale;
  const listed = pages.flatMap((r) => (r.kind === 'post' && inLocale(r.post) ? [r.post] : []));
  for (const route of pages) if (route.kind === 'blog') add(route.path, route.list.items);
  for (const post of listed) add(post.permalink, [post]);
  for (const route of pages)
    if (route.kind === 'page' && inLocale(route.post)) add(route.path, [route.post]);
  const has = (kind: PageRoute['kind']) => pages.some((r) => r.kind === kind);
  if (has('archive')) add(routes.urls.archive, listed);
  if (has('tags')) add(routes.urls.tags, listed);
  for (const route of pages) {
    if (route.kind === 'tag' && !route.tag.unlisted) add(route.path, route.list.items);
  }
  const authors = pages.flatMap((r) => (r.kind === 'author' ? [r] : []));
  if (has('authors')) {
    add(
      routes.urls.authors,
      authors.filter((r) => r.list.page === 1).flatMap((r) => r.author.posts),
    );
  }
  for (const route of authors) add(route.path, route.list.items);
  return entries;
}

/** The sitemap's XML. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = (entry.alternates ?? []).map(
      (a) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.url)}"/>\n`,
    );
    const lastmod = entry.lastModified
      ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>\n`
      : '';
    return `<url>\n<loc>${escapeXml(entry.url)}</loc>\n${lastmod}${links.join('')}</url>\n`;
  });
  const xhtml = entries.some((entry) => entry.alternates)
    ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join('')}</urlset>\n`;
}
