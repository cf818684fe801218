/**
 * Everything the site asks of its content, derived once from `loadContent` and memoized:
 * listed posts, tags, authors, the archive, compiled posts. `index.ts` holds the site's store;
 * tests make stores over fixture folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledPost } from '../compile/compile';
import { compilePostSource } from '../compile/compile';
import { cacheKey, engineFingerprint, readCompiled, writeCompiled } from '../compile/compile-cache';
import { Lru } from '../lru';
import { emptyFacts } from '../compile/context';
import type { Author } from './authors';
import { yearIn } from './dates';
import type { Content } from './load';
import { hashSource, loadContent, readPostSource } from './load';
import type { Post } from './post';
import { groupTagsByInitial } from './tag-groups';
import type { Tag } from './tags';

export type StoreOptions = {
  rootDir: string;
  postsDir: string;
  publicDir: string;
  timeZone: string;
  locale: string;
  basePath: string;
  postsPerPage: number;
  /** How many recent posts the blog sidebar shows. */
  sidebarCount: number;
  includeDrafts: boolean;
  /** Reload when a file under `postsDir` changes (development). */
  watch: boolean;
  /** Where compiled posts are kept between processes and builds; none in tests. */
  cacheDir?: string;
  headingLinkLabel: (heading: string) => string;
};

export type Page<T> = { items: T[]; page: number; totalPages: number };
export type TagWithPosts = Tag & { posts: Post[]; unlisted: boolean };
export type AuthorWithPosts = Author & {
  key: string;
  permalink: string;
  /** The author page's path segment: `/authors/<slug>/`. */
  slug: string;
  posts: Post[];
};
export type YearOfPosts = { year: number; posts: Post[] };

type Derived = Content & {
  listed: Post[];
  byPermalink: Map<string, Post>;
  byPath: Map<string, Post>;
  tagPages: Map<string, TagWithPosts>;
};

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value;
  }
}

function indexTags(posts: readonly Post[]): Map<string, TagWithPosts> {
  const tags = new Map<string, TagWithPosts>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const entry = tags.get(tag.slug) ?? { ...tag, posts: [], unlisted: true };
      tags.set(tag.slug, entry);
      entry.posts.push(post);
    }
  }
  // A tag page lists the tag's listed posts; a tag used only by unlisted posts gets an
  // unlisted page (noindex, absent from the tags index) listing those, as in Docusaurus.
  for (const entry of tags.values()) {
    const listed = entry.posts.filter((post) => !post.unlisted);
    entry.unlisted = listed.length === 0;
    if (!entry.unlisted) entry.posts = listed;
  }
  return tags;
}

function groupByYear(posts: readonly Post[], timeZone: string): YearOfPosts[] {
  const years: YearOfPosts[] = [];
  for (const post of posts) {
    const year = yearIn(post.date, timeZone);
    const last = years.at(-1);
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}

export function createContentStore(options: StoreOptions) {
  let memo: Derived | undefined;
  let watching = false;
  // Compiled posts in memory: enough for any page (a list shows ten), not the whole site.
  const compiled = new Lru<string, { sourceHash: string; result: Promise<CompiledPost> }>(200);

  function content(): Derived {
    if (options.watch && !watching && fs.existsSync(options.postsDir)) {
      watching = true;
      fs.watch(options.postsDir, { recursive: true }, () => {
        // Posts, authors, tags or a file a post reads (a data file, an image) changed: load
        // again; compiled posts come back from the disk cache unless what they read changed.
        memo = undefined;
        compiled.clear();
      });
    }
    if (!memo) {
      const loaded = loadContent(options);
      memo = {
        ...loaded,
        listed: loaded.posts.filter((post) => !post.unlisted),
        byPermalink: new Map(loaded.posts.map((post) => [post.permalink, post])),
        byPath: new Map(loaded.posts.map((post) => [post.path, post])),
        tagPages: indexTags(loaded.posts),
      };
    }
    return memo;
  }

  async function compileOrReuse(post: Post): Promise<CompiledPost> {
    const source = readPostSource(post);
    const byPath = content().byPath;
    const permalinkOfFile = (file: string) => byPath.get(file)?.permalink;
    const { cacheDir } = options;
    const key =
      cacheDir &&
      cacheKey([
        engineFingerprint(options.rootDir),
        process.env.NODE_ENV ?? '',
        options.basePath,
        options.locale,
        String(post.titleFromContent),
        post.path,
        hashSource(source),
      ]);
    if (cacheDir && key) {
      const hit = readCompiled(cacheDir, key, permalinkOfFile);
      if (hit) return hit;
    }
    const facts = emptyFacts();
    const result = await compilePostSource(source, post.format, {
      file: post.file,
      postDir: path.dirname(post.path),
      postsDir: options.postsDir,
      publicDir: options.publicDir,
      assetsDir: path.join(options.publicDir, '_assets', 'posts'),
      assetsUrl: '/_assets/posts',
      basePath: options.basePath,
      locale: options.locale,
      headingLinkLabel: options.headingLinkLabel,
      removeLeadingHeading: post.titleFromContent,
      permalinkOfFile: (file) => {
        const permalink = permalinkOfFile(file);
        facts.dependencies.posts.push({ file, permalink });
        return permalink;
      },
      facts,
    });
    if (cacheDir && key) writeCompiled(cacheDir, key, result);
    return result;
  }

  const store = {
    /** Listed posts, newest first: no drafts in the export, no unlisted posts. */
    getPosts: (): readonly Post[] => content().listed,

    /** Every post that has a page, unlisted ones included. */
    getAllPosts: (): readonly Post[] => content().posts,

    getPost: (permalink: string): Post | undefined => content().byPermalink.get(permalink),

    /** The post at a route's segments, which Next may hand over percent-encoded. */
    getPostBySegments: (segments: readonly string[]): Post | undefined =>
      content().byPermalink.get(`/${segments.map(safeDecode).join('/')}/`),

    /** The newer and older neighbours of a listed post. */
    getAdjacentPosts(post: Post): { newer: Post | undefined; older: Post | undefined } {
      const listed = content().listed;
      const index = listed.indexOf(post);
      if (index === -1) return { newer: undefined, older: undefined };
      return { newer: listed[index - 1], older: listed[index + 1] };
    },

    /** Page `page` (from 1) of `items`; undefined past the last page. */
    paginate<T>(items: readonly T[], page: number): Page<T> | undefined {
      const totalPages = Math.max(1, Math.ceil(items.length / options.postsPerPage));
      if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
      const start = (page - 1) * options.postsPerPage;
      return { items: items.slice(start, start + options.postsPerPage), page, totalPages };
    },

    /** Page numbers from 2 on, for `/page/N/` routes. */
    laterPages(count: number): number[] {
      const total = Math.ceil(count / options.postsPerPage);
      return Array.from({ length: Math.max(0, total - 1) }, (_, i) => i + 2);
    },

    /** Tags with listed posts, by label. */
    getTags: (): TagWithPosts[] =>
      [...content().tagPages.values()]
        .filter((tag) => !tag.unlisted)
        .sort((a, b) => a.label.localeCompare(b.label, options.locale)),

    /** Every tag that has a page, unlisted ones included. */
    getAllTags: (): TagWithPosts[] => [...content().tagPages.values()],

    getTag: (slug: string): TagWithPosts | undefined => content().tagPages.get(safeDecode(slug)),

    /** Authors of authors.yml that have a page (`page: true`), with their listed posts. */
    getAuthors(): AuthorWithPosts[] {
      const current = content();
      const result: AuthorWithPosts[] = [];
      for (const author of current.authors.values()) {
        if (author.key === undefined || author.permalink === undefined) continue;
        const key = author.key;
        const posts = current.listed.filter((post) => post.authors.some((a) => a.key === key));
        const slug = author.permalink.slice('/authors/'.length, -1);
        result.push({ ...author, key, permalink: author.permalink, slug, posts });
      }
      return result;
    },

    getAuthorPage: (slug: string): AuthorWithPosts | undefined =>
      store.getAuthors().find((author) => author.slug === safeDecode(slug)),

    /** Listed posts grouped by year (in the site's time zone), newest first. */
    getArchive: (): YearOfPosts[] => groupByYear(content().listed, options.timeZone),

    /** The blog sidebar's most recent posts, grouped by year. */
    getRecentPostsByYear: (): YearOfPosts[] =>
      groupByYear(content().listed.slice(0, options.sidebarCount), options.timeZone),

    /** Tags with listed posts, grouped by initial (Hangul by its first consonant). */
    getTagGroups: () => groupTagsByInitial(store.getTags(), options.locale),

    /** The post compiled once (kept in memory for a while and on disk until it changes). */
    getCompiledPost(post: Post): Promise<CompiledPost> {
      const cached = compiled.get(post.path);
      if (cached?.sourceHash === post.sourceHash) return cached.result;
      const result = compileOrReuse(post);
      compiled.set(post.path, { sourceHash: post.sourceHash, result });
      result.catch(() => compiled.delete(post.path));
      return result;
    },
  };
  return store;
}

export type ContentStore = ReturnType<typeof createContentStore>;
