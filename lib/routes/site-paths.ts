/**
 * Every page path the site exports, from the content alone: what a link in a post may point at.
 * (The export is checked again after the build, page by page, by the broken-site check.)
 */
import type { ContentStore } from '../load/store';

export function sitePaths(store: ContentStore): Set<string> {
  const paths = new Set(['/', '/tags/', '/archive/', '/authors/', '/search/']);
  const addList = (base: string, count: number) => {
    paths.add(base);
    for (const n of store.laterPages(count)) paths.add(`${base}page/${n}/`);
  };
  addList('/', store.getPosts().length);
  for (const post of store.getAllPosts()) paths.add(post.permalink);
  for (const tag of store.getAllTags()) addList(tag.permalink, tag.posts.length);
  for (const author of store.getAuthors()) addList(author.permalink, author.posts.length);
  for (const feed of ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt'])
    paths.add(feed);
  return paths;
}
