/**
 * The only door pages use into the content: the site's store over `posts/`. Pages never read
 * files, sort or filter; they call these.
 */
import path from 'node:path';
import { messages } from '../i18n';
import type { CompiledPost } from '../compile/compile';
import type { TocItem } from '../compile/context';
import { site } from '../site';
import { permalinkSegments } from './permalinks';
import type { Post } from './post';
import { createContentStore } from './store';

export type { Author } from './authors';
export type { Post } from './post';
export type { AuthorWithPosts, Page, TagWithPosts, YearOfPosts } from './store';
export type { Tag } from './tags';

const rootDir = process.cwd();
const isDev = process.env.NODE_ENV === 'development';

export const postsDir = path.resolve(rootDir, process.env.POSTS_DIR ?? 'posts');
export const publicDir = path.join(rootDir, 'public');

export const contentStore = createContentStore({
  rootDir,
  postsDir,
  publicDir,
  timeZone: site.timeZone,
  locale: site.locale,
  basePath: site.basePath,
  postsPerPage: site.postsPerPage,
  sidebarCount: site.blogSidebarCount,
  includeDrafts: isDev,
  watch: isDev,
  cacheDir: path.join(rootDir, '.cache', 'mdx'),
  headingLinkLabel: messages(site.locale).headingLink,
});

export const {
  getPosts,
  getAllPosts,
  getPost,
  getPostBySegments,
  getAdjacentPosts,
  paginate,
  laterPages,
  getTags,
  getAllTags,
  getTag,
  getAuthors,
  getAuthorPage,
  getArchive,
  getRecentPostsByYear,
  getTagGroups,
  getCompiledPost,
} = contentStore;

export function postSegments(post: Post): string[] {
  return permalinkSegments(post.permalink);
}

/** The post's table of contents: its headings within the front matter's levels, unless hidden. */
export function tocOf(post: Post, compiled: CompiledPost): TocItem[] {
  if (post.toc.hidden) return [];
  return compiled.facts.toc.filter(
    (item) => item.level >= post.toc.minLevel && item.level <= post.toc.maxLevel,
  );
}
