/** Docusaurus's blog permalinks in blog-only mode (routeBasePath `/`), with trailing slashes. */
import { dateFromPath } from './dates';

/** Paths the theme itself serves; a post may not take them. */
const RESERVED = ['page', 'tags', 'authors', 'archive', 'search', '_next', '_assets', 'pagefind'];
const RESERVED_FILES = ['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'robots.txt', '404'];

/** `/a//b` → `/a/b/`; always one leading and one trailing slash. */
export function normalizePermalink(path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The path segments of a permalink, as route params: `/2026/02/20/x/` → `['2026','02','20','x']`. */
export function permalinkSegments(permalink: string): string[] {
  return permalink.split('/').filter(Boolean);
}

/**
 * A post's permalink from its path under `posts/` and its front matter `slug`:
 * `2026-02-20-name.md` → `/2026/02/20/name/`; `slug: hello` → `/hello/`; `a/b.md` → `/a/b/`.
 */
export function postPermalink(relativePath: string, slug: string | undefined): string {
  if (slug !== undefined) return normalizePermalink(slug);
  const dated = dateFromPath(relativePath);
  if (dated)
    return normalizePermalink(`${dated.written.replaceAll('-', '/')}/${dated.folder}${dated.text}`);
  return normalizePermalink(relativePath.replace(/(?:\/index)?\.mdx?$/, ''));
}

/** Why a permalink cannot be used, or undefined when it can. */
export function reservedPermalinkProblem(permalink: string): string | undefined {
  const [first, second] = permalinkSegments(permalink);
  if (first === undefined) return 'is the home page "/", which lists the posts';
  if (RESERVED.includes(first)) return `starts with "/${first}/", which the blog itself uses`;
  if (second === undefined && RESERVED_FILES.includes(first))
    return `is "/${first}", which the blog itself uses`;
  return undefined;
}
