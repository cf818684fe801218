/**
 * The search index in bundles, and a warm build putting in the bundles whose pages kept their
 * keys instead of indexing them again: the export must be what indexing every page gives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchCache } from './search-cache';
import type { SearchReuse } from './search-index';
import { startSearchIndex } from './search-index';

// Two posts a bundle: four posts make `/pagefind/` and `/pagefind-2/`.
const POSTS_PER_BUNDLE = 2;

const POSTS = ['a', 'b', 'c', 'd'];
const fileOf = (post: string) => `${post}/index.html`;

function tmp(name: string) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `search-index-${name}-`));
}

/** An export of the four post pages, with `text` as each post's words. */
function exportOf(text: (post: string) => string): string {
  const dir = tmp('export');
  for (const post of POSTS) {
    fs.mkdirSync(path.join(dir, post));
    fs.writeFileSync(
      path.join(dir, fileOf(post)),
      `<html lang="en"><body><article data-pagefind-body><h1>${post}</h1><p>${text(post)}</p></article></body></html>`,
    );
  }
  return dir;
}

/** Every file of `dir` with its bytes, by path. */
function contents(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), fs.readFileSync(file).toString('base64')];
      }),
  );
}

/** The words of the pages a bundle holds, from its fragments. */
function indexedText(bundle: string): string {
  const fragments = path.join(bundle, 'fragment');
  return fs
    .readdirSync(fragments)
    .map((file) => zlib.gunzipSync(fs.readFileSync(path.join(fragments, file))).toString())
    .join('\n');
}

async function index(dir: string, reuse?: SearchReuse) {
  return (
    await startSearchIndex(dir, POSTS.map(fileOf), { postsPerBundle: POSTS_PER_BUNDLE, reuse })
  )();
}

const reuseWith = (cacheDir: string, keys: Record<string, string>): SearchReuse => ({
  cache: searchCache(cacheDir),
  engine: 'test',
  keyOf: (file) => keys[file],
});

const KEYS = Object.fromEntries(POSTS.map((post) => [fileOf(post), `key of ${post}`]));
const original = (post: string) => `the words of ${post}`;
const edited = (post: string) => (post === 'c' ? 'a rewritten post' : original(post));

const manifests = (cacheDir: string) => fs.readdirSync(cacheDir).filter((e) => e.endsWith('.json'));

describe('a bundle', () => {
  it('holds what the site’s search fetches, not Pagefind’s ready-made interfaces', async () => {
    const dir = exportOf(original);
    await index(dir);
    for (const bundle of ['pagefind', 'pagefind-2']) {
      const files = fs.readdirSync(path.join(dir, bundle));
      expect(files).toEqual(
        expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']),
      );
      expect(files.filter((file) => /\.wasm|wasm\./.test(file))).not.toEqual([]);
      expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
    }
  }, 30_000);
});

describe('the search index with the last build’s bundles', () => {
  it('indexes only the bundle whose page changed, and gives what indexing everything gives', async () => {
    const cacheDir = tmp('cache');
    const cold = exportOf(original);
    expect(await index(cold, reuseWith(cacheDir, KEYS))).toEqual({ bundles: 2, kept: 0 });
    expect(manifests(cacheDir)).toHaveLength(2);

    const warm = exportOf(edited);
    const reuse = reuseWith(cacheDir, { ...KEYS, [fileOf('c')]: 'c edited' });
    expect(await index(warm, reuse)).toEqual({ bundles: 2, kept: 1 });
    expect(indexedText(path.join(warm, 'pagefind-2'))).toContain('a rewritten post');
    const fresh = exportOf(edited);
    await index(fresh);
    expect(contents(path.join(warm, 'pagefind'))).toEqual(contents(path.join(fresh, 'pagefind')));
    expect(contents(path.join(warm, 'pagefind-2'))).toEqual(
      contents(path.join(fresh, 'pagefind-2')),
    );
    // The cache keeps what this build used: not the second bundle as it was before the edit.
    expect(manifests(cacheDir)).toHaveLength(3);
    reuse.cache.prune();
    expect(manifests(cacheDir)).toHaveLength(2);
  }, 30_000);

  it('indexes again a bundle whose kept files changed', async () => {
    const cacheDir = tmp('cache');
    await index(exportOf(original), reuseWith(cacheDir, KEYS));
    const entries = fs
      .readdirSync(cacheDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'pagefind-entry.json');
    const [tampered] = entries;
    if (!tampered) throw new Error('no bundle kept');
    fs.appendFileSync(path.join(tampered.parentPath, tampered.name), ' ');
    const warm = exportOf(original);
    expect(await index(warm, reuseWith(cacheDir, KEYS))).toEqual({ bundles: 2, kept: 1 });
    const fresh = exportOf(original);
    await index(fresh);
    expect(contents(warm)).toEqual(contents(fresh));
  }, 30_000);

  it('indexes a bundle holding a page without a key', async () => {
    const cacheDir = tmp('cache');
    await index(exportOf(original), reuseWith(cacheDir, KEYS));
    const withoutA = Object.fromEntries(
      Object.entries(KEYS).filter(([file]) => file !== fileOf('a')),
    );
    expect(await index(exportOf(original), reuseWith(cacheDir, withoutA))).toEqual({
      bundles: 2,
      kept: 1,
    });
  }, 30_000);
});
