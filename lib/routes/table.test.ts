import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../load/load';
import type { Post } from '../load/post';
import { ContentError, formatProblem } from '../problems';
import type { StoreOptions } from '../testing/sites';
import { storeFor, testConfig, writeSite } from '../testing/sites';
import type { SiteConfigInput } from '../config/schema';
import type { RouteTable } from './table';
import { buildRouteTable, paginate } from './table';

const post = (frontMatter: string, body = 'Text.\n') => `---\n${frontMatter}\n---\n\n${body}`;

/**
 * Five posts, two of them unlisted, with postsPerPage 2: e, b and a are listed (newest first);
 * d is the only post of tag "secret"; c is unlisted among the "rust" posts.
 */
const SMALL_SITE = {
  'posts/authors.yml': 'doxxx:\n  name: doxxx\n  page: true\njane:\n  name: Jane\n',
  'posts/2026-01-01-a.md': post('title: A\ntags: [rust]\nauthors: doxxx'),
  'posts/2026-01-02-b.md': post('title: B\ntags: [rust, go]\nauthors: [doxxx, jane]'),
  'posts/2026-01-03-c.md': post('title: C\ntags: [rust]\nunlisted: true'),
  'posts/2026-01-04-d.md': post('title: D\ntags: [secret]\nunlisted: true'),
  'posts/2026-01-05-e.md': post('title: E\ntags: [rust]'),
};

function routesOf(files: Record<string, string>, options: Partial<StoreOptions> = {}): RouteTable {
  return storeFor(writeSite(files), { postsPerPage: 2, ...options }).blog.routes();
}

/** What building the table throws, one line per problem. */
function problemsOf(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const siteProblems = (files: Record<string, string>, options: Partial<StoreOptions> = {}) =>
  problemsOf(() => routesOf(files, options));

const list = (routes: RouteTable) => [
  ...routes.pages.map((route) => `${route.kind} ${route.path}`),
  ...routes.files.map((route) => `${route.kind} ${route.path}`),
];

const titles = (posts: readonly Post[] | undefined) => posts?.map((p) => p.title);

describe('buildRouteTable: the pages and files of a small site', () => {
  let routes: RouteTable;
  beforeAll(() => {
    routes = routesOf(SMALL_SITE);
  });

  it('lists every page and file, paginated, in order', () => {
    expect(list(routes)).toEqual([
      'blog /',
      'blog /page/2/',
      'post /2026/01/05/e/',
      'post /2026/01/04/d/',
      'post /2026/01/03/c/',
      'post /2026/01/02/b/',
      'post /2026/01/01/a/',
      'tags /tags/',
      'tag /tags/go/',
      'tag /tags/rust/',
      'tag /tags/rust/page/2/',
      'tag /tags/secret/',
      'archive /archive/',
      'authors /authors/',
      'author /authors/doxxx/',
      'search /search/',
      'feed /rss.xml',
      'feed /atom.xml',
      'feed /feed.json',
      'sitemap /sitemap.xml',
      'robots /robots.txt',
    ]);
  });

  it('puts the listed posts on the list pages, newest first', () => {
    const lists = routes.pages.flatMap((route) =>
      route.kind === 'blog' || route.kind === 'tag' || route.kind === 'author'
        ? [[route.path, route.list.page, route.list.totalPages, titles(route.list.items)]]
        : [],
    );
    expect(lists).toEqual([
      ['/', 1, 2, ['E', 'B']],
      ['/page/2/', 2, 2, ['A']],
      ['/tags/go/', 1, 1, ['B']],
      ['/tags/rust/', 1, 2, ['E', 'B']],
      ['/tags/rust/page/2/', 2, 2, ['A']],
      ['/tags/secret/', 1, 1, ['D']],
      ['/authors/doxxx/', 1, 1, ['B', 'A']],
    ]);
    expect(titles(routes.listed)).toEqual(['E', 'B', 'A']);
    expect(titles(routes.posts)).toEqual(['E', 'D', 'C', 'B', 'A']);
  });

  it('gives a post its newer and older listed neighbours, skipping unlisted posts', () => {
    const neighbours = Object.fromEntries(
      routes.pages.flatMap((route) =>
        route.kind === 'post' ? [[route.post.title, [route.newer?.title, route.older?.title]]] : [],
      ),
    );
    expect(neighbours).toEqual({
      E: [undefined, 'B'],
      D: [undefined, undefined],
      C: [undefined, undefined],
      B: ['E', 'A'],
      A: ['B', undefined],
    });
  });

  it('gives a tag used only by unlisted posts a page, but leaves it out of `tags`', () => {
    expect(routes.tags.map((tag) => tag.label)).toEqual(['go', 'rust']);
    expect(routes.allTags.map((tag) => [tag.label, tag.unlisted])).toEqual([
      ['go', false],
      ['rust', false],
      ['secret', true],
    ]);
    expect(routes.page('/tags/secret/')?.kind).toBe('tag');
    expect(routes.tagGroups.flatMap((group) => group.tags.map((tag) => tag.label))).toEqual([
      'go',
      'rust',
    ]);
  });

  it('lists every author of authors.yml, and gives a page only to those with `page`', () => {
    // As Docusaurus's authors page: Jane, without a page, is listed with her post count.
    expect(
      routes.authors.map((author) => [author.key, author.permalink, titles(author.posts)]),
    ).toEqual([
      ['doxxx', '/authors/doxxx/', ['B', 'A']],
      ['jane', undefined, ['B']],
    ]);
    expect(list(routes).filter((page) => page.startsWith('author'))).toEqual([
      'authors /authors/',
      'author /authors/doxxx/',
    ]);
  });

  it('groups the archive and the sidebar by year', () => {
    // As Docusaurus's archive: within a year, the oldest post first (the sidebar: newest).
    expect(routes.archive.map(({ year, posts }) => [year, titles(posts)])).toEqual([
      [2026, ['A', 'B', 'E']],
    ]);
    const few = storeFor(writeSite(SMALL_SITE), { config: { blog: { blogSidebarCount: 2 } } });
    expect(few.blog.routes().recent.map(({ posts }) => titles(posts))).toEqual([['E', 'B']]);
  });

  it('writes the feeds the config asks for', () => {
    const feeds = (
      type: NonNullable<NonNullable<SiteConfigInput['blog']>['feedOptions']>['type'],
    ) =>
      routesOf(SMALL_SITE, { config: { blog: { feedOptions: { type } } } }).files.map(
        (file) => `${file.kind} ${file.path}`,
      );
    expect(feeds('rss')).toEqual(['feed /rss.xml', 'sitemap /sitemap.xml', 'robots /robots.txt']);
    expect(feeds(['atom', 'json'])).toEqual([
      'feed /atom.xml',
      'feed /feed.json',
      'sitemap /sitemap.xml',
      'robots /robots.txt',
    ]);
    expect(feeds(null)).toEqual(['sitemap /sitemap.xml', 'robots /robots.txt']);
  });

  it('has one list page for no posts, and no tags, archive or authors page then', () => {
    // As Docusaurus: those pages come with tags, listed posts and authors.yml.
    expect(list(routesOf({}))).toEqual([
      'blog /',
      'search /search/',
      'feed /rss.xml',
      'feed /atom.xml',
      'feed /feed.json',
      'sitemap /sitemap.xml',
      'robots /robots.txt',
    ]);
  });
});

describe("buildRouteTable: routeBasePath 'blog'", () => {
  it('puts the blog under /blog/ and a redirect to it at the home page', () => {
    const routes = routesOf(SMALL_SITE, { config: { blog: { routeBasePath: 'blog' } } });
    expect(list(routes)).toEqual([
      'redirect /',
      'blog /blog/',
      'blog /blog/page/2/',
      'post /blog/2026/01/05/e/',
      'post /blog/2026/01/04/d/',
      'post /blog/2026/01/03/c/',
      'post /blog/2026/01/02/b/',
      'post /blog/2026/01/01/a/',
      'tags /blog/tags/',
      'tag /blog/tags/go/',
      'tag /blog/tags/rust/',
      'tag /blog/tags/rust/page/2/',
      'tag /blog/tags/secret/',
      'archive /blog/archive/',
      'authors /blog/authors/',
      'author /blog/authors/doxxx/',
      'search /search/',
      'feed /blog/rss.xml',
      'feed /blog/atom.xml',
      'feed /blog/feed.json',
      'sitemap /sitemap.xml',
      'robots /robots.txt',
    ]);
    expect(routes.page('/')).toEqual({ kind: 'redirect', path: '/', to: '/blog/' });
  });
});

describe('buildRouteTable: looking up paths', () => {
  let routes: RouteTable;
  beforeAll(() => {
    routes = routesOf({
      'posts/2026-02-20-한글-제목.md': post('title: 한글\ntags: [오픈소스 기여]'),
    });
  });
  const encoded = (path: string) => path.split('/').map(encodeURIComponent).join('/');

  it.each([
    '/2026/02/20/한글-제목/',
    encoded('/2026/02/20/한글-제목/'),
    '/2026/02/20/한글-제목',
    '/2026/02/20/한글-제목/'.normalize('NFD'),
    encoded('/2026/02/20/한글-제목/'.normalize('NFD')),
    '/2026//02/20/한글-제목/',
  ])('finds the post at %s', (path) => {
    const route = routes.page(path);
    expect(route?.kind === 'post' && route.post.file).toBe('posts/2026-02-20-한글-제목.md');
    expect(routes.sourceOf(path)).toBe('posts/2026-02-20-한글-제목.md');
  });

  it('finds tag pages by raw and percent-encoded Korean paths', () => {
    for (const path of ['/tags/오픈소스-기여/', encoded('/tags/오픈소스-기여/')]) {
      const route = routes.page(path);
      expect(route?.kind === 'tag' && route.tag.label).toBe('오픈소스 기여');
    }
  });

  it('knows its files and pages, and nothing else', () => {
    expect(routes.has('/rss.xml')).toBe(true);
    expect(routes.has('/sitemap.xml')).toBe(true);
    expect(routes.has('/tags/')).toBe(true);
    expect(routes.page('/rss.xml')).toBeUndefined();
    expect(routes.page('/nope/')).toBeUndefined();
    expect(routes.has('/nope/')).toBe(false);
    expect(routes.has('https://example.com/')).toBe(false);
    expect(routes.sourceOf('/tags/')).toBeUndefined();
  });
});

describe('buildRouteTable: collisions', () => {
  it('reports two posts with one permalink on the later file, naming the other', () => {
    expect(
      siteProblems({
        'posts/a.md': post('title: A\ndate: 2026-01-01\nslug: /same'),
        'posts/b.md': post('title: B\ndate: 2026-01-09\nslug: same/'),
      }),
    ).toEqual([
      'posts/b.md: permalink "/same/" is also the permalink of posts/a.md; change the file name or set a different "slug"',
    ]);
  });

  it('says when two file names differ only in their Unicode normalization', () => {
    const nfc = '한글.md';
    const nfd = nfc.normalize('NFD');
    expect(
      siteProblems({ [`posts/${nfc}`]: post('title: A'), [`posts/${nfd}`]: post('title: B') }),
    ).toEqual([
      `posts/${nfc}: permalink "/한글/" is also the permalink of posts/${nfd} (the two file names differ only in how their letters are encoded: NFC and NFD); change the file name or set a different "slug"`,
    ]);
  });

  it.each([
    [
      'the search page',
      { 'posts/x.md': post('title: X\nslug: /search') },
      [
        'posts/x.md: the permalink "/search/" is also the blog’s search page; set a different "slug"',
      ],
    ],
    [
      'a feed file',
      { 'posts/x.md': post('title: X\nslug: /rss.xml') },
      ['posts/x.md: the permalink "/rss.xml/" is also the RSS feed; set a different "slug"'],
    ],
    [
      'the sitemap',
      { 'posts/x.md': post('title: X\nslug: /sitemap.xml') },
      ['posts/x.md: the permalink "/sitemap.xml/" is also the sitemap; set a different "slug"'],
    ],
    [
      'robots.txt',
      { 'posts/x.md': post('title: X\nslug: /robots.txt') },
      ['posts/x.md: the permalink "/robots.txt/" is also robots.txt; set a different "slug"'],
    ],
    [
      'the 404 page',
      { 'posts/404.html.md': post('title: X') },
      [
        'posts/404.html.md: the permalink "/404.html/" is inside the file "/404.html", which the build writes; set a different "slug"',
      ],
    ],
    [
      'a folder of Next.js',
      { 'posts/x.md': post('title: X\nslug: /_next/static/x') },
      [
        'posts/x.md:3: front matter "slug" must not be inside "/_next/", which the build owns (got "/_next/static/x")',
      ],
    ],
    [
      'the search index',
      { 'posts/pagefind/x.md': post('title: X') },
      [
        'posts/pagefind/x.md: the permalink "/pagefind/x/" is inside the folder "/pagefind/", which the build owns; set a different "slug"',
      ],
    ],
    [
      'a later bundle of the search index',
      { 'posts/pagefind-2.md': post('title: X') },
      [
        'posts/pagefind-2.md: the permalink "/pagefind-2/" is inside the folder "/pagefind-2/", which the build owns; set a different "slug"',
      ],
    ],
    [
      'a file in public/',
      { 'posts/x.md': post('title: X\nslug: /cv.pdf'), 'public/cv.pdf': '%PDF' },
      [
        'posts/x.md: the permalink "/cv.pdf/" is also the file public/cv.pdf; set a different "slug"',
      ],
    ],
    [
      'a page in public/',
      { 'posts/x.md': post('title: X\nslug: /docs'), 'public/docs/index.html': '<p>Docs</p>' },
      [
        'posts/x.md: the permalink "/docs/" is also the file public/docs/index.html; set a different "slug"',
      ],
    ],
  ])('reports a post at %s', (_, files, expected) => {
    expect(siteProblems(files)).toEqual(expected);
  });

  it('reports a post at page 2 of the blog when there are two pages, and not before', () => {
    const { content, config } = contentOf({
      'posts/2026-01-01-a.md': post('title: A'),
      'posts/2026-01-02-b.md': post('title: B'),
      'posts/2026-01-03-c.md': post('title: C'),
    });
    // Loading refuses such a slug; the table checks again, for what loading does not know.
    const [c, ...rest] = content.posts as [Post, ...Post[]];
    const moved = { ...content, posts: [{ ...c, permalink: '/page/2/' }, ...rest] };
    expect(problemsOf(() => buildRouteTable(moved, { config }))).toEqual([
      'posts/2026-01-03-c.md: the permalink "/page/2/" is also page 2 of the blog; set a different "slug"',
    ]);
    const onePage = testConfig({ blog: { postsPerPage: 10 } });
    expect(problemsOf(() => buildRouteTable(moved, { config: onePage }))).toEqual([]);
  });

  it('reports a post whose page, without trailing slashes, is a file in public/', () => {
    const files = {
      'posts/x.md': post('title: X\nslug: /docs'),
      'public/docs.html': '<p>Docs</p>',
    };
    expect(siteProblems(files)).toEqual([]);
    expect(siteProblems(files, { config: { trailingSlash: false } })).toEqual([
      'posts/x.md: the permalink "/docs/" is also the file public/docs.html; set a different "slug"',
    ]);
  });

  it('reports engine pages that meet on site.config.ts', () => {
    expect(siteProblems({}, { config: { blog: { routeBasePath: 'search' } } })).toEqual([
      'site.config.ts: "/search/" is both the blog’s search page and the blog’s post list; change the blog options',
    ]);
  });

  it('reports a slug inside a reserved folder where it is written, before any collision', () => {
    expect(
      siteProblems({
        'posts/a.md': post('title: A\ndate: 2026-01-01\nslug: /pagefind/x'),
        'posts/pagefind/x.md': post('title: B\ndate: 2026-01-02'),
      }),
    ).toEqual([
      'posts/a.md:4: front matter "slug" must not be inside "/pagefind/", which the build owns (got "/pagefind/x")',
    ]);
  });

  it('reports every collision at once', () => {
    expect(
      siteProblems({
        'posts/a.md': post('title: A\nslug: /atom.xml'),
        'posts/b.md': post('title: B\nslug: /feed.json'),
      }),
    ).toEqual([
      'posts/a.md: the permalink "/atom.xml/" is also the ATOM feed; set a different "slug"',
      'posts/b.md: the permalink "/feed.json/" is also the JSON feed; set a different "slug"',
    ]);
  });
});

describe('paginate', () => {
  it('splits items into pages of a size, with at least one page', () => {
    expect(paginate([1, 2, 3], 2, '/x/')).toEqual([
      { items: [1, 2], page: 1, totalPages: 2, listPath: '/x/' },
      { items: [3], page: 2, totalPages: 2, listPath: '/x/' },
    ]);
    expect(paginate([], 2, '/')).toEqual([{ items: [], page: 1, totalPages: 1, listPath: '/' }]);
    expect(paginate([1, 2, 3], Infinity, '/')).toHaveLength(1);
  });
});

/** A site's loaded content and config, for building tables by hand. */
function contentOf(files: Record<string, string>): {
  content: Content;
  config: ReturnType<typeof testConfig>;
} {
  const store = storeFor(writeSite(files), { postsPerPage: 2 });
  return { content: store.blog.content(), config: store.config };
}
