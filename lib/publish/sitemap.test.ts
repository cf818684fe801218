import { describe, expect, it } from 'vitest';
import { sitemapEntries, sitemapXml } from './sitemap';
import { publishingStore } from '../testing/publishing';
import { writeSite, storeFor } from '../testing/sites';

const absoluteUrl = (path: string) => `https://example.com/blog${path}`;

describe('sitemapEntries', () => {
  it('lists every listed page once with its last modification, and nothing unlisted', () => {
    const entries = sitemapEntries(
      publishingStore({ basePath: '/blog' }).blog.routes(),
      absoluteUrl,
    );
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.lastModified]));
    expect(byUrl.size).toBe(entries.length);
    const iso = (url: string) => {
      const value = byUrl.get(`https://example.com/blog${url}`);
      return value instanceof Date ? value.toISOString() : value;
    };
    expect([...byUrl.keys()].map((url) => url.slice('https://example.com/blog'.length))).toEqual([
      '/',
      '/2026/03/01/hostile-title/',
      '/2026/02/20/kube-rs-contribution/',
      '/archive/',
      '/tags/',
      '/tags/b-escaping/',
      '/tags/kube-rs/',
      '/tags/kubernetes/',
      '/tags/open-source/',
      '/tags/rust/',
      '/authors/',
      '/authors/doxxx/',
    ]);
    // The hostile post was updated on 2026-03-02 18:30 in Seoul.
    expect(iso('/')).toBe('2026-03-02T09:30:00.000Z');
    expect(iso('/2026/02/20/kube-rs-contribution/')).toBe('2026-02-20T03:00:00.000Z');
    expect(iso('/tags/rust/')).toBe('2026-02-20T03:00:00.000Z');
    expect(iso('/tags/kube-rs/')).toBe('2026-03-02T09:30:00.000Z');
  });

  it('escapes URLs for XML', () => {
    const dir = writeSite({ 'posts/a.md': '---\ntitle: A\nslug: /tom&jerry\n---\n\nText.' });
    const xml = sitemapXml(sitemapEntries(storeFor(dir).blog.routes(), absoluteUrl));
    expect(xml).toContain('<loc>https://example.com/blog/tom&amp;jerry/</loc>');
    // A post without tags: an archive, no tags page.
    expect(xml).toContain('<loc>https://example.com/blog/archive/</loc>');
    expect(xml).not.toContain('/tags/');
  });

  it('includes later list pages and escapes Korean paths', () => {
    const posts = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `posts/2026-01-${String(i + 1).padStart(2, '0')}-p${i}.md`,
        `---\ntitle: Post ${i}\ntags: [오픈소스]\n---\n\nText.`,
      ]),
    );
    const urls = sitemapEntries(storeFor(writeSite(posts)).blog.routes(), absoluteUrl).map(
      (e) => e.url,
    );
    expect(urls).toContain('https://example.com/blog/page/2/');
    expect(urls).toContain('https://example.com/blog/tags/%EC%98%A4%ED%94%88%EC%86%8C%EC%8A%A4/');
    expect(urls).toContain(
      'https://example.com/blog/tags/%EC%98%A4%ED%94%88%EC%86%8C%EC%8A%A4/page/2/',
    );
    expect(urls).not.toContain('https://example.com/blog/page/3/');
    // No authors.yml: no authors page.
    expect(urls).not.toContain('https://example.com/blog/authors/');
  });
});
