import { describe, expect, it } from 'vitest';
import { testConfig } from '../testing/sites';
import {
  createSiteUrls,
  decodeUrlPart,
  isExternalUrl,
  normalizePath,
  pageFile,
  pathSegments,
} from './site-urls';

const atRoot = createSiteUrls(testConfig());
const underBlog = createSiteUrls(testConfig({ blog: { routeBasePath: '/blog' } }));

describe('createSiteUrls', () => {
  it('puts the blog at the site’s root with routeBasePath ""', () => {
    expect(atRoot.blog).toBe('/');
    expect(atRoot).toMatchObject({
      locale: 'ko',
      home: '/',
      blog: '/',
      tags: '/tags/',
      archive: '/archive/',
      authors: '/authors/',
      search: '/search/',
      sitemap: '/sitemap.xml',
      robots: '/robots.txt',
    });
    expect(atRoot.post('2026/02/20/x')).toBe('/2026/02/20/x/');
    expect(atRoot.post('/custom/path/')).toBe('/custom/path/');
    expect(atRoot.tag('오픈소스')).toBe('/tags/오픈소스/');
    expect(atRoot.author('doxxx')).toBe('/authors/doxxx/');
    expect(atRoot.feed('rss')).toBe('/rss.xml');
    expect(atRoot.feed('atom')).toBe('/atom.xml');
    expect(atRoot.feed('json')).toBe('/feed.json');
    expect(atRoot.page('about')).toBe('/about/');
  });

  it('puts the blog’s pages and feeds under /blog/, and the search, sitemap and home at the root', () => {
    expect(underBlog).toMatchObject({
      home: '/',
      blog: '/blog/',
      tags: '/blog/tags/',
      archive: '/blog/archive/',
      authors: '/blog/authors/',
      search: '/search/',
      sitemap: '/sitemap.xml',
      robots: '/robots.txt',
    });
    expect(underBlog.post('2026/02/20/x')).toBe('/blog/2026/02/20/x/');
    expect(underBlog.tag('rust')).toBe('/blog/tags/rust/');
    expect(underBlog.author('doxxx')).toBe('/blog/authors/doxxx/');
    expect(underBlog.feed('rss')).toBe('/blog/rss.xml');
    expect(underBlog.page('/about/')).toBe('/about/');
  });

  it.each(['blog', '/blog', '/blog/', 'blog/'])('reads routeBasePath %j as /blog', (base) => {
    expect(createSiteUrls(testConfig({ blog: { routeBasePath: base } })).blog).toBe('/blog/');
  });

  it('numbers later list pages under the first one', () => {
    expect(atRoot.paged('/', 1)).toBe('/');
    expect(atRoot.paged('/', 2)).toBe('/page/2/');
    expect(underBlog.paged('/blog/tags/rust/', 3)).toBe('/blog/tags/rust/page/3/');
  });

  it('prefixes every path of a locale other than the default one, but robots.txt', () => {
    const config = testConfig({
      i18n: { defaultLocale: 'ko', locales: ['ko', 'en'] },
      blog: { routeBasePath: 'blog' },
    });
    const en = createSiteUrls(config, 'en');
    expect(en).toMatchObject({
      locale: 'en',
      home: '/en/',
      blog: '/en/blog/',
      tags: '/en/blog/tags/',
      archive: '/en/blog/archive/',
      authors: '/en/blog/authors/',
      search: '/en/search/',
      sitemap: '/en/sitemap.xml',
      robots: '/robots.txt',
    });
    expect(en.post('2026/02/20/x')).toBe('/en/blog/2026/02/20/x/');
    expect(en.feed('atom')).toBe('/en/blog/atom.xml');
    expect(en.page('/about/')).toBe('/en/about/');
    expect(en.page('about')).toBe('/en/about/');
    expect(createSiteUrls(config, 'ko').blog).toBe('/blog/');
    expect(
      createSiteUrls(testConfig({ i18n: { defaultLocale: 'ko', locales: ['ko', 'en'] } }), 'en')
        .blog,
    ).toBe('/en/');
  });

  describe('href and absolute', () => {
    const subPath = createSiteUrls(
      testConfig({ url: 'https://example.com', baseUrl: '/repo/', trailingSlash: false }),
    );
    const withSlash = createSiteUrls(testConfig({ url: 'https://example.com', baseUrl: '/repo' }));

    it.each([
      ['/tags/rust/', '/repo/tags/rust', '/repo/tags/rust/'],
      ['/', '/repo/', '/repo/'],
      ['/rss.xml', '/repo/rss.xml', '/repo/rss.xml'],
      ['/2026/02/20/x/#시작', '/repo/2026/02/20/x#시작', '/repo/2026/02/20/x/#시작'],
      ['/search/?q=rust', '/repo/search?q=rust', '/repo/search/?q=rust'],
      ['#section', '#section', '#section'],
      ['https://other.example/a/', 'https://other.example/a/', 'https://other.example/a/'],
      ['//cdn.example/a.js', '//cdn.example/a.js', '//cdn.example/a.js'],
      ['mailto:a@example.com', 'mailto:a@example.com', 'mailto:a@example.com'],
    ])('href(%j) is %j without the trailing slash, %j with it', (path, without, with_) => {
      expect(subPath.href(path)).toBe(without);
      expect(withSlash.href(path)).toBe(with_);
    });

    it('makes site paths absolute with the origin and the base path; leaves other URLs', () => {
      expect(subPath.absolute('/tags/rust/')).toBe('https://example.com/repo/tags/rust');
      expect(withSlash.absolute('/tags/rust/')).toBe('https://example.com/repo/tags/rust/');
      expect(withSlash.absolute('/')).toBe('https://example.com/repo/');
      expect(atRoot.absolute('/2026/02/20/x/')).toBe('http://localhost:3000/2026/02/20/x/');
      expect(atRoot.absolute('https://other.example/')).toBe('https://other.example/');
    });
  });

  describe('reservedProblem', () => {
    const BASES = { root: atRoot, blog: underBlog };

    it.each([
      ['root', '/', 'is the blog\'s home page "/", which lists the posts'],
      ['root', '/tags/rust/', 'starts with "/tags/", which the blog itself uses'],
      ['root', '/tags/', 'starts with "/tags/", which the blog itself uses'],
      ['root', '/page/2/', 'starts with "/page/", which the blog itself uses'],
      ['root', '/authors/x/', 'starts with "/authors/", which the blog itself uses'],
      ['root', '/archive/', 'starts with "/archive/", which the blog itself uses'],
      ['blog', '/blog/', 'is the blog\'s home page "/blog/", which lists the posts'],
      ['blog', '/blog/tags/x/', 'starts with "/blog/tags/", which the blog itself uses'],
      ['root', '/../../etc/', 'has a ".." segment, which browsers resolve to another page'],
      ['blog', '/blog/a/../b/', 'has a ".." segment, which browsers resolve to another page'],
      ['root', '/c#-tips/', 'has "#", which ends the path of a URL'],
      ['root', '/why?/', 'has "?", which ends the path of a URL'],
    ] as const)('blog at %s: %s %s', (base, permalink, problem) => {
      expect(BASES[base].reservedProblem(permalink)).toBe(problem);
    });

    it.each([
      ['root', '/2026/02/20/x/'],
      ['root', '/pages/'],
      ['root', '/tagsfoo/'],
      ['root', '/hello/tags/'],
      ['root', '/a..b/'],
      ['root', '/c++/'],
      ['blog', '/tags/rust/'],
      ['blog', '/blog/hello/'],
    ] as const)('blog at %s: allows %s', (base, permalink) => {
      expect(BASES[base].reservedProblem(permalink)).toBeUndefined();
    });
  });
});

describe('pageFile', () => {
  it.each([
    ['/', true, 'index.html'],
    ['/', false, 'index.html'],
    ['/2026/02/20/x/', true, '2026/02/20/x/index.html'],
    ['/2026/02/20/x/', false, '2026/02/20/x.html'],
    ['/tags/오픈소스/', true, 'tags/오픈소스/index.html'],
    ['/blog/page/2/', false, 'blog/page/2.html'],
  ])('%s (trailingSlash %s) → %s', (path, trailingSlash, file) => {
    expect(pageFile(path, trailingSlash)).toBe(file);
  });
});

describe('normalizePath', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['a', '/a/'],
    ['a/b', '/a/b/'],
    ['//a//b//', '/a/b/'],
    ['./a/./b/', '/a/b/'],
    ['/블로그/글', '/블로그/글/'],
  ])('%j → %j', (path, normalized) => {
    expect(normalizePath(path)).toBe(normalized);
  });

  it('splits a page path into route segments', () => {
    expect(pathSegments('/2026/02/20/x/')).toEqual(['2026', '02', '20', 'x']);
    expect(pathSegments('/')).toEqual([]);
  });
});

describe('decodeUrlPart', () => {
  const nfd = '오픈소스'.normalize('NFD');

  it.each([
    ['%EC%98%A4%ED%94%88%EC%86%8C%EC%8A%A4', '오픈소스'],
    ['/tags/%EC%98%A4%ED%94%88%EC%86%8C%EC%8A%A4/', '/tags/오픈소스/'],
    [encodeURIComponent(nfd), '오픈소스'],
    [nfd, '오픈소스'],
    ['a%20b', 'a b'],
    ['100%', '100%'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['plain', 'plain'],
  ])('%j → %j (NFC)', (value, decoded) => {
    expect(decodeUrlPart(value)).toBe(decoded);
    expect(decodeUrlPart(value)).toBe(decodeUrlPart(value).normalize('NFC'));
  });

  it('keeps an undecodable value, but still makes it NFC', () => {
    expect(decodeUrlPart(`${nfd}%`)).toBe('오픈소스%');
  });
});

describe('isExternalUrl', () => {
  it.each([
    ['https://example.com', true],
    ['mailto:a@b.c', true],
    ['//cdn.example/x', true],
    ['/tags/', false],
    ['tags/', false],
    ['#x', false],
  ])('%s: %s', (url, external) => {
    expect(isExternalUrl(url)).toBe(external);
  });
});
