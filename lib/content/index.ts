/**
 * The only door pages use into the content: the site's store over `posts/`. Pages never read
 * files, sort or filter; they call these.
 */
import path from 'node:path';
import { messages } from '../i18n';
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

export const contentStore = createContentStore({
  rootDir,
  postsDir: path.join(rootDir, process.env.POSTS_DIR ?? 'posts'),
  publicDir: path.join(rootDir, 'public'),
  timeZone: site.timeZone,
  locale: site.locale,
  basePath: site.basePath,
  postsPerPage: site.postsPerPage,
  includeDrafts: isDev,
  watch: isDev,
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
  getCompiledPost,
} = contentStore;

export function postSegments(post: Post): string[] {
  return permalinkSegments(post.permalink);
}
