/**
 * Test helpers: blogs over fixture folders or throwaway sites written on the fly, with the
 * store-like queries the tests ask (over the route table and the compiler, as pages do).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Mode } from '../blog/create-blog';
import { createBlog } from '../blog/create-blog';
import type { SiteConfig } from '../config/resolve';
import { resolveSiteConfig } from '../config/resolve';
import type { SiteConfigInput } from '../config/schema';
import type { Post } from '../load/post';
import { hasAuthorPage } from '../routes/indexes';
import { paginate } from '../routes/table';

export const FIXTURES = path.join(import.meta.dirname, '..', 'load', '__fixtures__');

/** A fresh copy of `__fixtures__/<name>`. */
export function copyFixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `blog-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A site in a temporary folder: `{ 'posts/a.md': '…' }`. */
export function writeSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-site-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'public'), { recursive: true });
  return dir;
}

/** The settings tests run with: the Korean site's, `.md` read by its extension. */
export function testConfig(overrides: Partial<SiteConfigInput> = {}): SiteConfig {
  return resolveSiteConfig({
    title: 'Test blog',
    url: 'http://localhost:3000',
    timeZone: 'Asia/Seoul',
    i18n: { defaultLocale: 'ko' },
    markdown: { format: 'detect' },
    ...overrides,
    blog: { path: 'posts', routeBasePath: '/', feedOptions: { type: 'all' }, ...overrides.blog },
  });
}

export type StoreOptions = {
  basePath: string;
  postsPerPage: number;
  includeDrafts: boolean;
  cacheDir: string;
  config: Partial<SiteConfigInput>;
};

export type TestStore = ReturnType<typeof storeFor>;

/** The blog of a site folder, with the queries tests ask of it. */
export function storeFor(dir: string, options: Partial<StoreOptions> = {}) {
  const config = testConfig({
    ...options.config,
    ...(options.basePath ? { baseUrl: options.basePath } : {}),
    blog: {
      ...options.config?.blog,
      ...(options.postsPerPage ? { postsPerPage: options.postsPerPage } : {}),
    },
  });
  const mode: Mode = options.includeDrafts ? 'development' : 'production';
  const blog = createBlog({ rootDir: dir, config, mode, cacheDir: options.cacheDir });
  const routes = () => blog.routes();
  const decode = (value: string) => decodeURIComponent(value).normalize('NFC');
  const size = config.blog.postsPerPage;
  return {
    blog,
    config,
    getPosts: (): readonly Post[] => routes().listed,
    getAllPosts: (): readonly Post[] => routes().posts,
    getPost: (permalink: string) => routes().posts.find((post) => post.permalink === permalink),
    getPostBySegments(segments: readonly string[]) {
      const route = routes().page(`/${segments.join('/')}/`);
      return route?.kind === 'post' ? route.post : undefined;
    },
    getAdjacentPosts(post: Post) {
      const route = routes().page(post.permalink);
      return route?.kind === 'post'
        ? { newer: route.newer, older: route.older }
        : { newer: undefined, older: undefined };
    },
    paginate: <T>(items: readonly T[], page: number) => paginate(items, size, '/')[page - 1],
    laterPages: (count: number) =>
      paginate(Array.from({ length: count }), size, '/')
        .slice(1)
        .map((p) => p.page),
    getTags: () => routes().tags,
    getAllTags: () => routes().allTags,
    getTag: (slug: string) => routes().allTags.find((tag) => tag.slug === decode(slug)),
    getAuthors: () => routes().authors,
    getAuthorPage: (slug: string) =>
      routes()
        .authors.filter(hasAuthorPage)
        .find((a) => a.slug === decode(slug)),
    getArchive: () => routes().archive,
    getCompiledPost: (post: Post) => blog.compile(post),
  };
}

/** The single post of a store, or the one whose file name ends with `suffix`. */
export function postAt(store: Pick<TestStore, 'getAllPosts'>, suffix: string): Post {
  const post = store.getAllPosts().find((p) => p.id.endsWith(suffix));
  if (!post) throw new Error(`no post ending with ${suffix}`);
  return post;
}
