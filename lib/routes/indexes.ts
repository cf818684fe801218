/**
 * What the blog's pages list, derived once from the loaded posts: listed posts, tags with their
 * posts, authors with their posts, years for the archive.
 */
import type { Author } from '../load/authors';
import { yearIn } from '../load/dates';
import type { Post } from '../load/post';
import type { Tag } from '../load/tags';

export type TagWithPosts = Tag & { posts: Post[]; unlisted: boolean };
/** An author of authors.yml with their listed posts. */
export type AuthorWithPosts = Author & { key: string; posts: Post[] };
/** One with a page of their posts (`page` in authors.yml). */
export type AuthorWithPage = AuthorWithPosts & { permalink: string; slug: string };
export type YearOfPosts = { year: number; posts: Post[] };

/**
 * Tags by slug. A tag page lists the tag's listed posts; a tag used only by unlisted posts gets
 * an unlisted page (noindex, absent from the tags index) listing those, as in Docusaurus.
 */
export function indexTags(posts: readonly Post[]): Map<string, TagWithPosts> {
  const tags = new Map<string, TagWithPosts>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const entry = tags.get(tag.slug) ?? { ...tag, posts: [], unlisted: true };
      tags.set(tag.slug, entry);
      entry.posts.push(post);
    }
  }
  for (const entry of tags.values()) {
    const listed = entry.posts.filter((post) => !post.unlisted);
    entry.unlisted = listed.length === 0;
    if (!entry.unlisted) entry.posts = listed;
  }
  return tags;
}

/**
 * Every author of authors.yml, in its order, with their listed posts: the authors page lists
 * them all, as Docusaurus's does, and only those with `page` get a page of their own.
 */
export function indexAuthors(
  authors: Iterable<Author>,
  listed: readonly Post[],
): AuthorWithPosts[] {
  const byKey = new Map<string, Post[]>();
  for (const post of listed) {
    for (const author of post.authors) {
      if (author.key === undefined) continue;
      const posts = byKey.get(author.key) ?? [];
      posts.push(post);
      byKey.set(author.key, posts);
    }
  }
  const result: AuthorWithPosts[] = [];
  for (const author of authors) {
    const { key } = author;
    if (key !== undefined) result.push({ ...author, key, posts: byKey.get(key) ?? [] });
  }
  return result;
}

export function hasAuthorPage(author: AuthorWithPosts): author is AuthorWithPage {
  return author.permalink !== undefined && author.slug !== undefined;
}

/** Posts grouped by year in `timeZone`, in the order given (newest first). */
export function groupByYear(posts: readonly Post[], timeZone: string): YearOfPosts[] {
  const years: YearOfPosts[] = [];
  for (const post of posts) {
    const year = yearIn(post.date, timeZone);
    const last = years.at(-1);
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}
