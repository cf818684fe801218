import { describe, expect, it } from 'vitest';
import { normalizePath } from '../urls/site-urls';
import { postPermalink } from './permalinks';

describe("postPermalink (under the blog's route base)", () => {
  it.each([
    ['2026-02-20-kube-rs-contribution.mdx', undefined, '/2026/02/20/kube-rs-contribution/'],
    ['2026/02/20/name.md', undefined, '/2026/02/20/name/'],
    ['2026-02-20-name/index.md', undefined, '/2026/02/20/name/'],
    ['notes/2026-02-20-x.md', undefined, '/2026/02/20/notes/x/'],
    ['hello-world.md', undefined, '/hello-world/'],
    ['guides/setup/index.mdx', undefined, '/guides/setup/'],
    ['한글-제목.md', undefined, '/한글-제목/'],
    ['2026-02-20-x.md', 'custom', '/custom/'],
    ['2026-02-20-x.md', '/custom/path/', '/custom/path/'],
    ['x.md', '//a//b', '/a/b/'],
  ])('%s with slug %s → %s', (file, slug, expected) => {
    expect(postPermalink(file, slug)).toBe(expected);
  });

  it('normalizes slashes', () => {
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('a/b')).toBe('/a/b/');
  });
});
