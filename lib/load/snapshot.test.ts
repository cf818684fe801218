/**
 * A build loads the posts folder from the last build's snapshot: only the posts whose files
 * changed are built again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlog } from '../blog/create-blog';
import { testConfig, writeSite } from '../testing/sites';

const post = (title: string) => `---\ntitle: ${title}\n---\n\nSome words here.\n`;

function load(rootDir: string, cacheDir: string, keepSources = false) {
  const blog = createBlog({
    rootDir,
    config: testConfig(),
    mode: 'production',
    contentCacheDir: cacheDir,
    keepSources,
  });
  return blog.content().posts.map((p) => p.title);
}

/** Marks post B in every stored snapshot, to tell a post taken from one from a post built. */
function markSnapshots(cacheDir: string) {
  for (const name of fs.readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('"B"', '"B, kept"'));
  }
}

describe('the content snapshot', () => {
  it('gives a later load the posts whose files did not change', () => {
    const dir = writeSite({
      'posts/2026-01-01-a.md': post('A'),
      'posts/2026-01-02-b.md': post('B'),
    });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
    expect(load(dir, cache)).toEqual(['B', 'A']);
    markSnapshots(cache);

    fs.writeFileSync(path.join(dir, 'posts/2026-01-01-a.md'), post('A, edited'));
    expect(load(dir, cache)).toEqual(['B, kept', 'A, edited']);
    // The check, which keeps the posts' texts, too.
    expect(load(dir, cache, true)).toEqual(['B, kept', 'A, edited']);

    fs.writeFileSync(path.join(dir, 'posts/2026-01-02-b.md'), post('B'));
    fs.utimesSync(path.join(dir, 'posts/2026-01-02-b.md'), new Date(), new Date(2000, 0, 1));
    expect(load(dir, cache)).toEqual(['B', 'A, edited']);
  });
});
