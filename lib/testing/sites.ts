/** Test helpers: content stores over fixture folders or throwaway sites written on the fly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MDXComponents } from 'mdx/types';
import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { excerptComponents, pageComponents } from '@/components/mdx/mdx-components';
import type { Post } from '../load/post';
import type { ContentStore, StoreOptions } from '../load/store';
import { createContentStore } from '../load/store';
import { renderMdx } from '../render/evaluate';

export const FIXTURES = path.join(import.meta.dirname, '..', 'load', '__fixtures__');

/** A fresh copy of `__fixtures__/<name>` (tests may write assets into its public/). */
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

export function storeFor(dir: string, options: Partial<StoreOptions> = {}): ContentStore {
  return createContentStore({
    rootDir: dir,
    postsDir: path.join(dir, 'posts'),
    publicDir: path.join(dir, 'public'),
    timeZone: 'Asia/Seoul',
    locale: 'ko',
    basePath: '',
    postsPerPage: 10,
    sidebarCount: 5,
    includeDrafts: false,
    watch: false,
    headingLinkLabel: (heading) => `link to ${heading}`,
    ...options,
  });
}

/** A post rendered to HTML as its page (or, with `excerpt`, as its list entry) shows it. */
export async function renderPost(
  store: ContentStore,
  post: Post,
  { excerpt = false, components = {} }: { excerpt?: boolean; components?: MDXComponents } = {},
): Promise<string> {
  const { code } = await store.getCompiledPost(post);
  const base = excerpt ? excerptComponents : pageComponents;
  return renderToStaticMarkup(
    createElement(Fragment, null, renderMdx(code, { ...base, ...components })),
  );
}

/** The single post of a store, or the one whose file name ends with `suffix`. */
export function postAt(store: ContentStore, suffix: string): Post {
  const post = store.getAllPosts().find((p) => p.id.endsWith(suffix));
  if (!post) throw new Error(`no post ending with ${suffix}`);
  return post;
}
