/**
 * Every listed page with its last modification: posts, list pages, tags, archive and authors.
 * Unlisted posts and tags, drafts and placeholder pages are left out.
 */
import type { MetadataRoute } from 'next';
import type { Post } from '../load/post';
import type { ContentStore } from '../load/store';
import { lastModified } from '../render/seo';
import { pagePath } from '../routes/urls';

type Store = Pick<ContentStore, 'getPosts' | 'getTags' | 'getAuthors' | 'laterPages' | 'paginate'>;

function newest(posts: readonly Post[]): Date | undefined {
  let result: Date | undefined;
  for (const post of posts) {
    const updated = lastModified(post);
    if (!result || updated > result) result = updated;
  }
  return result;
}

export function sitemapEntries(
  store: Store,
  absoluteUrl: (path: string) => string,
): MetadataRoute.Sitemap {
  const entries: MetadataRoute.Sitemap = [];
  // Sitemaps want URLs percent-escaped (Korean tag paths included); Next writes them into the
  // XML as they are, so `&` (which URLs keep) is escaped for XML here.
  const add = (path: string, posts: readonly Post[]) =>
    entries.push({
      url: new URL(absoluteUrl(path)).href.replaceAll('&', '&amp;'),
      lastModified: newest(posts),
    });
  const addList = (listPath: string, posts: readonly Post[]) => {
    add(listPath, store.paginate(posts, 1)?.items ?? []);
    for (const n of store.laterPages(posts.length)) {
      add(pagePath(listPath, n), store.paginate(posts, n)?.items ?? []);
    }
  };

  const posts = store.getPosts();
  addList('/', posts);
  for (const post of posts) add(post.permalink, [post]);
  add('/archive/', posts);
  add('/tags/', posts);
  for (const tag of store.getTags()) addList(tag.permalink, tag.posts);
  const authors = store.getAuthors();
  add(
    '/authors/',
    authors.flatMap((author) => author.posts),
  );
  for (const author of authors) addList(author.permalink, author.posts);
  return entries;
}
