/**
 * The route table: every page and file the site publishes for one locale, from the loaded
 * content and the URL scheme. Pages render from it, the sitemap and the feeds list from it, the
 * link checker resolves against it, and two things that want the same path are found here, once,
 * naming both.
 */
import type { SiteConfig } from '../config/resolve';
import type { Content } from '../load/load';
import type { Post } from '../load/post';
import { groupTagsByInitial } from '../load/tag-groups';
import { ContentError, type Problem } from '../problems';
import type { FeedType } from '../config/schema';
import type { SiteUrls } from '../urls/site-urls';
import {
  ROOT_FILES,
  ROOT_FOLDERS,
  createSiteUrls,
  decodeUrlPart,
  isExternalUrl,
  pageFile,
} from '../urls/site-urls';
import { pageIdentity } from './alternates';
import type { AuthorWithPage, TagWithPosts } from './indexes';
import { groupByYear, hasAuthorPage, indexAuthors, indexTags } from './indexes';

export type { AuthorWithPage, AuthorWithPosts, TagWithPosts, YearOfPosts } from './indexes';

/** Page `page` (from 1) of a list whose first page is at `listPath`. */
export type Page<T> = { items: T[]; page: number; totalPages: number; listPath: string };

export type PageRoute = { path: string } & (
  | { kind: 'blog'; list: Page<Post> }
  | { kind: 'post'; post: Post; newer: Post | undefined; older: Post | undefined }
  | { kind: 'tags' }
  | { kind: 'tag'; tag: TagWithPosts; list: Page<Post> }
  | { kind: 'archive' }
  | { kind: 'authors' }
  | { kind: 'author'; author: AuthorWithPage; list: Page<Post> }
  | { kind: 'search' }
  /** A standalone Markdown page (`src/markdown-pages/about.md`). */
  | { kind: 'page'; post: Post }
  /** The site's home when the blog lives elsewhere (`routeBasePath: 'blog'`): a redirect. */
  | { kind: 'redirect'; to: string }
  /** Another locale's 404 page (`/en/404.html`); the default locale's is app/global-not-found. */
  | { kind: 'not-found' }
);

export type FileRoute = { path: string } & (
  { kind: 'feed'; type: FeedType } | { kind: 'sitemap' } | { kind: 'robots' }
);

export type RouteKind = PageRoute['kind'];

export type RouteTable = ReturnType<typeof buildRouteTable>;

export type RouteTableOptions = {
  config: SiteConfig;
  locale?: string;
  /** True when `public/` has a file at this site path (`/rss.xml`), which a page may not hide. */
  isPublicFile?: (path: string) => boolean;
};

/** Splits `items` into pages of `size`: always at least one page. */
export function paginate<T>(items: readonly T[], size: number, listPath: string): Page<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    totalPages,
    listPath,
  }));
}

/** A path as the table keys it: decoded, NFC, without the trailing slash (files and pages meet). */
function key(path: string): string {
  const decoded = decodeUrlPart(path).replace(/\/{2,}/g, '/');
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') || '/' : '/';
}

/** What stands at a path, for messages: a post's file, or what the engine puts there. */
function describe(route: PageRoute | FileRoute): string {
  switch (route.kind) {
    case 'post':
    case 'page':
      return route.post.file;
    case 'blog':
      return route.list.page === 1 ? 'the blog’s post list' : `page ${route.list.page} of the blog`;
    case 'tag':
      return `the page of tag "${route.tag.label}"`;
    case 'author':
      return `the page of author "${route.author.key}"`;
    case 'feed':
      return `the ${route.type.toUpperCase()} feed`;
    case 'redirect':
      return 'the site’s home page';
    case 'not-found':
      return 'the locale’s 404 page';
    case 'sitemap':
      return 'the sitemap';
    case 'robots':
      return 'robots.txt';
    default:
      return `the blog’s ${route.kind} page`;
  }
}

/** Two routes that want the same path, named both: on the post's file when one is a post. */
function collision(route: PageRoute | FileRoute, other: PageRoute | FileRoute): Problem {
  if (route.kind === 'post' && other.kind === 'post') {
    // Reported on the file that sorts later, as the posts folder lists them.
    const [first, second] = route.post.file > other.post.file ? [route, other] : [other, route];
    const encodings =
      first.post.file.normalize('NFC') === second.post.file.normalize('NFC')
        ? ' (the two file names differ only in how their letters are encoded: NFC and NFD)'
        : '';
    return {
      file: first.post.file,
      message: `permalink "${first.path}" is also the permalink of ${second.post.file}${encodings}; change the file name or set a different "slug"`,
    };
  }
  const [post, engine] = other.kind === 'post' ? [other, route] : [route, other];
  if (post.kind === 'post') {
    return {
      file: post.post.file,
      message: `the permalink "${post.path}" is also ${describe(engine)}; set a different "slug"`,
    };
  }
  const [page, rest] = other.kind === 'page' ? [other, route] : [route, other];
  if (page.kind === 'page') {
    return {
      file: page.post.file,
      message: `the page "${page.path}" is also ${describe(rest)}; move or rename the page`,
    };
  }
  return {
    file: 'site.config.ts',
    message: `"${route.path}" is both ${describe(route)} and ${describe(other)}; change the blog options`,
  };
}

export function buildRouteTable(content: Content, options: RouteTableOptions) {
  const { config } = options;
  const urls: SiteUrls = createSiteUrls(config, options.locale);
  const { blog } = config;
  const all = content.posts;
  const listed = all.filter((post) => !post.unlisted);
  const tagIndex = indexTags(all);
  const tags = [...tagIndex.values()].sort((a, b) => a.label.localeCompare(b.label, urls.locale));
  const listedTags = tags.filter((tag) => !tag.unlisted);
  const authors = indexAuthors(content.authors.values(), listed);

  const pages: PageRoute[] = [];
  const files: FileRoute[] = [];
  const addList = (
    listPath: string,
    posts: readonly Post[],
    make: (list: Page<Post>) => PageRoute,
  ) => {
    for (const list of paginate(posts, blog.postsPerPage, listPath)) pages.push(make(list));
  };

  const homePage = content.pages.some((page) => page.permalink === urls.home);
  if (urls.blog !== urls.home && !homePage)
    pages.push({ kind: 'redirect', path: urls.home, to: urls.blog });
  for (const page of content.pages) pages.push({ kind: 'page', path: page.permalink, post: page });
  addList(urls.blog, listed, (list) => ({
    kind: 'blog',
    path: urls.paged(urls.blog, list.page),
    list,
  }));
  for (const post of all) {
    const index = post.unlisted ? -1 : listed.indexOf(post);
    pages.push({
      kind: 'post',
      path: post.permalink,
      post,
      newer: index > 0 ? listed[index - 1] : undefined,
      older: index === -1 ? undefined : listed[index + 1],
    });
  }
  // As in Docusaurus: a tags page when a post has a tag, an archive when one is listed, an
  // authors page when authors.yml names anyone.
  if (tags.length > 0) pages.push({ kind: 'tags', path: urls.tags });
  for (const tag of tags) {
    addList(tag.permalink, tag.posts, (list) => ({
      kind: 'tag',
      path: urls.paged(tag.permalink, list.page),
      tag,
      list,
    }));
  }
  if (listed.length > 0) pages.push({ kind: 'archive', path: urls.archive });
  if (authors.length > 0) pages.push({ kind: 'authors', path: urls.authors });
  for (const author of authors.filter(hasAuthorPage)) {
    addList(author.permalink, author.posts, (list) => ({
      kind: 'author',
      path: urls.paged(author.permalink, list.page),
      author,
      list,
    }));
  }
  pages.push({ kind: 'search', path: urls.search });
  if (urls.locale !== config.defaultLocale) pages.push({ kind: 'not-found', path: urls.notFound });
  for (const type of blog.feed.types) files.push({ kind: 'feed', type, path: urls.feed(type) });
  files.push({ kind: 'sitemap', path: urls.sitemap });
  if (urls.locale === config.defaultLocale) files.push({ kind: 'robots', path: urls.robots });

  const problems: Problem[] = [];
  const byKey = new Map<string, PageRoute | FileRoute>();
  /** The "inside a reserved folder or file" problem of the post at a key, if any. */
  const reservedAt = new Map<string, Problem>();
  /** Why the path at a key is the build's, if it is. */
  const reserved = (at: string) => {
    const [first = ''] = at.split('/').filter(Boolean);
    const folder = ROOT_FOLDERS.find((name) => first === name || first.startsWith(`${name}-`));
    if (folder) return `the folder "/${first}/", which the build owns`;
    if ((ROOT_FILES as readonly string[]).includes(first) && at === `/${first}`)
      return `the file "/${first}", which the build writes`;
    return undefined;
  };
  /** A file of `public/` the page at a key would be or hide: `/cv.pdf`, `/docs/index.html`. */
  const publicFile = (at: string) => {
    const candidates = [at, `/${pageFile(at, config.trailingSlash)}`];
    return candidates.find((file) => options.isPublicFile?.(file));
  };
  for (const route of [...pages, ...files]) {
    const at = key(route.path);
    const other = byKey.get(at);
    const owner = route.kind === 'post' ? route.post.file : undefined;
    if (other) {
      // A post at the engine's own page or file (`/search/`, `/sitemap.xml`) is told that
      // alone, not also that the path is reserved.
      const engine = route.kind !== 'post' || other.kind !== 'post';
      const shadowed = engine ? reservedAt.get(at) : undefined;
      if (shadowed) problems.splice(problems.indexOf(shadowed), 1);
      problems.push(collision(route, other));
      continue;
    }
    byKey.set(at, route);
    if (!owner) continue;
    const clash = reserved(at);
    const file = clash ? undefined : publicFile(at);
    if (clash || file) {
      const where = clash ? `is inside ${clash}` : `is also the file public${file}`;
      const problem = {
        file: owner,
        message: `the permalink "${route.path}" ${where}; set a different "slug"`,
      };
      problems.push(problem);
      reservedAt.set(at, problem);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const pageByKey = new Map(pages.map((route) => [key(route.path), route]));
  const pageByIdentity = new Map(pages.map((route) => [pageIdentity(route), route]));
  const documents = [...all, ...content.pages];
  const postFiles = new Map(documents.map((post) => [key(post.permalink), post.file]));
  return {
    locale: urls.locale,
    urls,
    config,
    pages,
    files,
    /** Listed posts, newest first. */
    listed,
    /** Listed posts in the locale's language (translated, or originals): what its search finds. */
    searchable: listed.filter((post) => post.lang === urls.locale),
    /** Every post with a page, unlisted ones included. */
    posts: all,
    /** What is compiled into a page: every post of `posts` and every Markdown page. */
    documents,
    /** Tags with listed posts, by label. */
    tags: listedTags,
    /** Every tag with a page, unlisted ones included. */
    allTags: tags,
    tagGroups: groupTagsByInitial(listedTags, urls.locale),
    /** Every author of authors.yml, with their listed posts (those with a page: `hasAuthorPage`). */
    authors,
    /** Listed posts by year, newest year first and, as on Docusaurus's archive, oldest post first. */
    archive: groupByYear(listed, config.timeZone).map(({ year, posts }) => ({
      year,
      posts: posts.toReversed(),
    })),
    /** The blog sidebar's most recent posts, grouped by year. */
    recent: groupByYear(listed.slice(0, blog.sidebarCount), config.timeZone),
    /** The page at a site path, which a route may hand over percent-encoded. */
    page: (path: string): PageRoute | undefined => pageByKey.get(key(path)),
    /** The page of this locale that is the same page as one of another locale (alternates.ts). */
    pageWithIdentity: (identity: string) => pageByIdentity.get(identity),
    /** Whether a site path is a page or a file of this table. */
    has: (path: string): boolean => !isExternalUrl(path) && byKey.has(key(path)),
    /** The source file behind the page at a path (a post's file), for messages. */
    sourceOf: (path: string): string | undefined => postFiles.get(key(path)),
  };
}
