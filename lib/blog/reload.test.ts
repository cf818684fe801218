/**
 * `next dev` loads the content again after every save: only the saved post is built again, and
 * what was built from a file that changed (or from authors.yml) never comes back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBlog } from './create-blog';
import { testConfig, writeSite } from '../testing/sites';

const post = (title: string, author = 'jane') =>
  `---\ntitle: ${title}\nauthors: ${author}\n---\n\nSome words here.\n`;

function site() {
  return writeSite({
    'posts/authors.yml': 'jane:\n  name: Jane Kim\n',
    'posts/2026-01-01-a.md': post('A'),
    'posts/2026-01-02-b.md': post('B'),
  });
}

function watchingBlog(rootDir: string, contentCacheDir?: string) {
  return createBlog({
    rootDir,
    config: testConfig(),
    mode: 'development',
    watch: true,
    contentCacheDir,
  });
}

/** Waits until the blog has seen a change (its watcher drops what it loaded). */
async function changed(blog: ReturnType<typeof createBlog>, before: unknown) {
  for (let i = 0; i < 100 && blog.content() === before; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

const byTitle = (blog: ReturnType<typeof createBlog>, title: string) =>
  blog.content().posts.find((p) => p.title === title);

/** Saves post A: the blog shows the edit, and post B is the very object it had before. */
async function expectOnlySavedPostBuilt(dir: string, blog: ReturnType<typeof createBlog>) {
  const before = blog.content();
  const b = byTitle(blog, 'B');
  fs.writeFileSync(path.join(dir, 'posts/2026-01-01-a.md'), post('A, edited'));
  await changed(blog, before);
  expect(blog.content().posts.map((p) => p.title)).toEqual(['B', 'A, edited']);
  expect(byTitle(blog, 'B')).toBe(b);
}

describe('loading again in development', () => {
  it('builds only the saved post again, and shows what was saved', async () => {
    const dir = site();
    await expectOnlySavedPostBuilt(dir, watchingBlog(dir));
  });

  it('reads no post file but the saved one', async () => {
    const dir = site();
    const blog = watchingBlog(dir);
    const before = blog.content();
    const reads = vi.spyOn(fs, 'readFileSync');
    try {
      fs.writeFileSync(path.join(dir, 'posts/2026-01-01-a.md'), post('A, edited'));
      await changed(blog, before);
      const postFiles = reads.mock.calls
        .map(([file]) => String(file))
        .filter((f) => /\.md$/.test(f));
      expect(new Set(postFiles)).toEqual(new Set([path.join(dir, 'posts/2026-01-01-a.md')]));
    } finally {
      reads.mockRestore();
    }
  });

  it('builds every post again when authors.yml changes', async () => {
    const dir = site();
    const blog = watchingBlog(dir);
    const before = blog.content();
    fs.writeFileSync(path.join(dir, 'posts/authors.yml'), 'jane:\n  name: Jane K. Kim\n');
    await changed(blog, before);
    expect(blog.content().posts.map((p) => p.authors.map((a) => a.name))).toEqual([
      ['Jane K. Kim'],
      ['Jane K. Kim'],
    ]);
  });

  it('reports a post broken by a save, and forgets it when it is removed', async () => {
    const dir = site();
    const blog = watchingBlog(dir);
    blog.content();
    fs.writeFileSync(path.join(dir, 'posts/2026-01-01-a.md'), post('A', 'nobody'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(() => blog.content()).toThrow(/2026-01-01-a\.md:3: front matter "authors"/);
    fs.rmSync(path.join(dir, 'posts/2026-01-01-a.md'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(blog.content().posts.map((p) => p.title)).toEqual(['B']);
  });

  it('takes the posts of a first load from the content snapshot, then builds only what changed', async () => {
    const dir = site();
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-content-'));
    watchingBlog(dir, cache).content(); // writes the snapshot
    await expectOnlySavedPostBuilt(dir, watchingBlog(dir, cache));
  });
});
