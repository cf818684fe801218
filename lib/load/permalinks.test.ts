import { describe, expect, it } from 'vitest';
import { normalizePermalink, postPermalink, reservedPermalinkProblem } from './permalinks';

describe('postPermalink (Docusaurus blog-only mode)', () => {
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
    expect(normalizePermalink('')).toBe('/');
    expect(normalizePermalink('a/b')).toBe('/a/b/');
  });

  it.each([
    ['/', 'is the home page "/", which lists the posts'],
    ['/tags/x/', 'starts with "/tags/", which the blog itself uses'],
    ['/page/2/', 'starts with "/page/", which the blog itself uses'],
    ['/rss.xml/', 'is "/rss.xml", which the blog itself uses'],
  ])('reserves %s', (permalink, message) => {
    expect(reservedPermalinkProblem(permalink)).toBe(message);
  });

  it('allows ordinary permalinks', () => {
    expect(reservedPermalinkProblem('/tagsoup/')).toBeUndefined();
    expect(reservedPermalinkProblem('/2026/02/20/x/')).toBeUndefined();
  });
});
