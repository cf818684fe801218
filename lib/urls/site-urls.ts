/**
 * Where everything lives on the site: the one place that knows the URL scheme. Paths here are
 * site paths without the base path (`/blog/tags/rust/`), always with a trailing slash for pages;
 * `href` and `absolute` turn them into what a page or a feed writes. A locale other than the
 * default one prefixes every path with `/<locale>`, as Docusaurus does.
 */
import type { SiteConfig } from '../config/resolve';
import type { FeedType } from '../config/schema';

/** The engine's own pages and files under the blog's route base; posts may not take them. */
export const BLOG_SECTIONS = ['page', 'tags', 'authors', 'archive'] as const;
export const FEED_FILES: Record<FeedType, { file: string; type: string; name: string }> = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', name: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', name: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', name: 'JSON' },
};
/** Folders at the site's root that the build and the search own (`pagefind-2/` too). */
export const ROOT_FOLDERS = ['_next', '_assets', 'pagefind'] as const;
export const ROOT_FILES = ['sitemap.xml', 'robots.txt', '404.html'] as const;
export const ASSETS_PREFIX = '/_assets/';

const EXTERNAL_RE = /^[a-z][a-z\d+.-]*:|^\/\//i;

/** A URL's path or fragment as pages and ids are named: percent-decoded, NFC. */
export function decodeUrlPart(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value.normalize('NFC');
  }
}

/** A URL that runs code when followed or loaded (`javascript:`, `vbscript:`, `data:text/html`). */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces inside the scheme.
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(?:javascript|vbscript):/.test(compact) || /^data:text\/html/.test(compact);
}

export function isExternalUrl(url: string): boolean {
  return EXTERNAL_RE.test(url);
}

/**
 * Why a path as an author wrote it (a `slug`, a tag's or an author's `permalink`) cannot be a
 * page's path, or undefined when it can: no `.` or `..` segment, no characters that end or
 * escape a path, no file name such as `x.html`, nothing inside the folders the build owns.
 */
export function writtenPathProblem(written: string): string | undefined {
  const segments = written.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return undefined;
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return 'must not have "." or ".." segments';
  if (/[\\?#\u0000-\u001F\u007F]/.test(written))
    return 'must not contain "\\", "?", "#" or control characters';
  if (segments.some((segment) => segment.trim() !== segment || segment.trim() === ''))
    return 'must not have segments that start or end with spaces';
  if (/\.html?$/i.test(segments.at(-1) ?? '')) return 'must not end in a file name such as ".html"';
  const first = segments[0] ?? '';
  if (ROOT_FOLDERS.some((folder) => first === folder || first.startsWith(`${folder}-`)))
    return `must not be inside "/${first}/", which the build owns`;
  return undefined;
}

/** `/a//b` → `/a/b/`; always one leading and one trailing slash. */
export function normalizePath(path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The path segments of a page path, as route params: `/2026/02/20/x/` → `['2026','02','20','x']`. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export type SiteUrls = ReturnType<typeof createSiteUrls>;

export function createSiteUrls(config: SiteConfig, locale: string = config.defaultLocale) {
  const localePrefix = locale === config.defaultLocale ? '' : `/${locale}`;
  const blogRoot = normalizePath(`${localePrefix}${config.blog.routeBasePath}`);
  const paged = (listPath: string, page: number) =>
    page <= 1 ? listPath : `${listPath}page/${page}/`;

  const urls = {
    locale,
    /** `/` or `/en/`: the locale's home. */
    home: normalizePath(localePrefix),
    /** The blog's first list page: `/`, `/blog/`, `/en/blog/`. */
    blog: blogRoot,
    /** Page `page` of a list whose first page is `listPath`. */
    paged,
    /** A post at `relative` under the blog (`/2026/02/20/x/`, or its slug). */
    post: (relative: string) => normalizePath(`${blogRoot}${relative}`),
    tags: `${blogRoot}tags/`,
    tag: (slug: string) => `${blogRoot}tags/${slug}/`,
    archive: `${blogRoot}archive/`,
    authors: `${blogRoot}authors/`,
    author: (slug: string) => `${blogRoot}authors/${slug}/`,
    search: normalizePath(`${localePrefix}/search`),
    /** Another locale's 404 page, exported as `/en/404.html` too (the default one is `/404.html`). */
    notFound: normalizePath(`${localePrefix}/404`),
    feed: (type: FeedType) => `${blogRoot}${FEED_FILES[type].file}`,
    sitemap: `${normalizePath(localePrefix)}sitemap.xml`,
    robots: '/robots.txt',
    /** A standalone page (`src/markdown-pages/about.md` → `/about/`). */
    page: (relative: string) => normalizePath(`${localePrefix}/${relative}`),

    /** Why a post may not have this permalink (the blog's own pages are there, …), if so. */
    reservedProblem(permalink: string): string | undefined {
      // A link to it would lead elsewhere: browsers resolve `..` and end the path at `?` or `#`.
      if (pathSegments(permalink).includes('..'))
        return 'has a ".." segment, which browsers resolve to another page';
      const ends = /[?#]/.exec(permalink)?.[0];
      if (ends) return `has "${ends}", which ends the path of a URL`;
      if (permalink === blogRoot)
        return `is the blog's home page "${blogRoot}", which lists the posts`;
      const [top] = pathSegments(permalink);
      const other = config.locales.find((l) => l.code !== locale && l.code === top);
      if (other && locale === config.defaultLocale)
        return `starts with "/${top}/", where the pages of the locale "${top}" are`;
      if (!permalink.startsWith(blogRoot)) return undefined;
      const [first] = pathSegments(permalink.slice(blogRoot.length));
      if (first !== undefined && (BLOG_SECTIONS as readonly string[]).includes(first))
        return `starts with "${blogRoot}${first}/", which the blog itself uses`;
      return undefined;
    },

    /** What a link on a page writes: the base path, and no trailing slash when so configured. */
    href(path: string): string {
      if (isExternalUrl(path) || path.startsWith('#')) return path;
      const [pathname = '', suffix = ''] = splitSuffix(path);
      const shaped =
        config.trailingSlash || pathname === '/' || !pathname.endsWith('/')
          ? pathname
          : pathname.slice(0, -1);
      return `${config.basePath}${shaped}${suffix}`;
    },

    /** An absolute URL: canonical links, feeds, Open Graph. */
    absolute(path: string): string {
      return isExternalUrl(path) ? path : `${config.url}${urls.href(path)}`;
    },
  };
  return urls;
}

function splitSuffix(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

/** The exported HTML file of a page path: `/2026/02/20/x/` → `2026/02/20/x/index.html`. */
export function pageFile(path: string, trailingSlash: boolean): string {
  const segments = pathSegments(path);
  if (segments.length === 0) return 'index.html';
  return trailingSlash ? `${segments.join('/')}/index.html` : `${segments.join('/')}.html`;
}

/** A URL for a front matter `image` (remote, or a path in `public/`); none for other paths. */
export function imageUrl(
  image: string | undefined,
  toAbsolute: (path: string) => string,
): string | undefined {
  if (!image) return undefined;
  if (/^https?:\/\//i.test(image) || image.startsWith('/')) return toAbsolute(image);
  return undefined;
}

/** Where an author is described: their page on this blog, or else their own URL. */
export function authorUrl(
  author: { permalink: string | undefined; url: string | undefined },
  toAbsolute: (path: string) => string,
): string | undefined {
  return author.permalink ? toAbsolute(author.permalink) : author.url;
}
