import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../problems';
import type { PublishEnv, SiteConfig } from './resolve';
import { normalizeRoutePath, resolveSiteConfig } from './resolve';
import type { SiteConfigInput } from './schema';

const MINIMAL: SiteConfigInput = { title: 'My blog', url: 'https://example.com' };

/** The problems resolving reports, one line each. */
function problemsOf(input: SiteConfigInput, env: PublishEnv = {}): string[] {
  try {
    resolveSiteConfig(input, env);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const withBlog = (blog: SiteConfigInput['blog']): SiteConfigInput => ({ ...MINIMAL, blog });

describe('resolveSiteConfig: defaults', () => {
  it('fills in Docusaurus’s defaults for a minimal config', () => {
    expect(resolveSiteConfig(MINIMAL)).toEqual({
      title: 'My blog',
      tagline: '',
      url: 'https://example.com',
      basePath: '',
      trailingSlash: true,
      timeZone: 'UTC',
      defaultLocale: 'en',
      locales: [{ code: 'en', label: 'English', htmlLang: 'en', direction: 'ltr' }],
      onBrokenLinks: 'throw',
      externalPaths: [],
      markdown: { format: 'mdx', mermaid: true, trusted: true },
      image: undefined,
      navbar: { title: 'My blog', items: [] },
      copyright: '',
      blog: {
        path: 'blog',
        routeBasePath: '/blog',
        title: undefined,
        description: undefined,
        sidebarTitle: undefined,
        sidebarCount: 5,
        postsPerPage: 10,
        showReadingTime: true,
        editUrl: undefined,
        showLastUpdateTime: false,
        feed: {
          types: ['rss', 'atom'],
          limit: 20,
          copyright: undefined,
          title: undefined,
          description: undefined,
        },
        authorsFile: 'authors.yml',
        tagsFile: 'tags.yml',
      },
      comments: undefined,
      search: { postsPerBundle: undefined },
      exportDir: 'out',
      i18nDir: 'i18n',
    } satisfies SiteConfig);
  });

  it('reads "ALL" as every post, and a sidebar count of 0 as none', () => {
    const { blog } = resolveSiteConfig(withBlog({ postsPerPage: 'ALL', blogSidebarCount: 'ALL' }));
    expect(blog.postsPerPage).toBe(Infinity);
    expect(blog.sidebarCount).toBe(Infinity);
    expect(resolveSiteConfig(withBlog({ blogSidebarCount: 0 })).blog.sidebarCount).toBe(0);
  });

  it.each<[NonNullable<NonNullable<SiteConfigInput['blog']>['feedOptions']>['type'], string[]]>([
    [undefined, ['rss', 'atom']],
    ['all', ['rss', 'atom', 'json']],
    ['json', ['json']],
    [
      ['atom', 'json'],
      ['atom', 'json'],
    ],
    [null, []],
  ])('feed type %j gives the feeds %j', (type, types) => {
    expect(resolveSiteConfig(withBlog({ feedOptions: { type } })).blog.feed.types).toEqual(types);
  });

  it('has no feed limit with `limit: false`, and no tags file with `tags: false` or null', () => {
    expect(resolveSiteConfig(withBlog({ feedOptions: { limit: false } })).blog.feed.limit).toBe(
      Infinity,
    );
    expect(resolveSiteConfig(withBlog({ tags: false })).blog.tagsFile).toBeUndefined();
    expect(resolveSiteConfig(withBlog({ tags: null })).blog.tagsFile).toBeUndefined();
  });

  it.each([
    ['/', ''],
    ['', ''],
    ['blog', '/blog'],
    ['/blog/', '/blog'],
    ['//a/b//', '/a/b'],
  ])('normalizes the route path %j to %j', (value, normalized) => {
    expect(normalizeRoutePath(value)).toBe(normalized);
    expect(resolveSiteConfig({ ...MINIMAL, baseUrl: value }).basePath).toBe(normalized);
  });
});

describe('resolveSiteConfig: a full config', () => {
  it('keeps every option given', () => {
    const config = resolveSiteConfig({
      title: '개발 블로그',
      tagline: 'Notes',
      url: 'https://blog.example.com/',
      baseUrl: '/repo/',
      trailingSlash: false,
      timeZone: 'Asia/Seoul',
      i18n: {
        defaultLocale: 'ko',
        locales: ['en', 'ko', 'ar'],
        localeConfigs: { ko: { htmlLang: 'ko-KR' }, ar: { label: 'العربية', direction: 'rtl' } },
      },
      onBrokenLinks: 'warn',
      externalPaths: ['docs'],
      markdown: { format: 'detect', mermaid: false, trusted: false },
      themeConfig: {
        image: '/img/card.png',
        navbar: {
          title: 'Dev',
          items: [
            { label: 'About', to: '/about/' },
            { label: 'GitHub', href: 'https://github.com/doxxx', position: 'right' },
            { label: 'Nowhere' },
          ],
        },
        footer: { copyright: '© doxxx' },
      },
      blog: {
        path: 'content/posts',
        routeBasePath: '/',
        blogTitle: 'Blog',
        blogDescription: 'All posts',
        blogSidebarTitle: 'Recent',
        blogSidebarCount: 8,
        postsPerPage: 3,
        showReadingTime: false,
        editUrl: 'https://github.com/doxxx/blog/edit/main/',
        showLastUpdateTime: true,
        feedOptions: {
          type: 'rss',
          limit: 5,
          copyright: '© feed',
          title: 'Feed',
          description: 'Feed of posts',
        },
        authorsMapPath: 'people.yml',
        tags: 'labels.yml',
      },
      search: { postsPerBundle: 2000 },
    });
    expect(config).toEqual({
      title: '개발 블로그',
      tagline: 'Notes',
      url: 'https://blog.example.com',
      basePath: '/repo',
      trailingSlash: false,
      timeZone: 'Asia/Seoul',
      defaultLocale: 'ko',
      locales: [
        { code: 'ko', label: '한국어', htmlLang: 'ko-KR', direction: 'ltr' },
        { code: 'en', label: 'English', htmlLang: 'en', direction: 'ltr' },
        { code: 'ar', label: 'العربية', htmlLang: 'ar', direction: 'rtl' },
      ],
      onBrokenLinks: 'warn',
      externalPaths: ['/docs/'],
      markdown: { format: 'detect', mermaid: false, trusted: false },
      image: '/img/card.png',
      navbar: {
        title: 'Dev',
        items: [
          { label: 'About', href: '/about/', position: 'left' },
          { label: 'GitHub', href: 'https://github.com/doxxx', position: 'right' },
        ],
      },
      copyright: '© doxxx',
      blog: {
        path: 'content/posts',
        routeBasePath: '',
        title: 'Blog',
        description: 'All posts',
        sidebarTitle: 'Recent',
        sidebarCount: 8,
        postsPerPage: 3,
        showReadingTime: false,
        editUrl: 'https://github.com/doxxx/blog/edit/main/',
        showLastUpdateTime: true,
        feed: {
          types: ['rss'],
          limit: 5,
          copyright: '© feed',
          title: 'Feed',
          description: 'Feed of posts',
        },
        authorsFile: 'people.yml',
        tagsFile: 'labels.yml',
      },
      comments: undefined,
      search: { postsPerBundle: 2000 },
      exportDir: 'out',
      i18nDir: 'i18n',
    } satisfies SiteConfig);
  });
});

describe('resolveSiteConfig: comments', () => {
  const GISCUS = {
    provider: 'giscus',
    repo: 'doxxx93/blog',
    repoId: 'R_kgDOExample',
    category: 'Comments',
    categoryId: 'DIC_kwDOExample',
  } as const;

  it('fills in giscus’s defaults', () => {
    expect(resolveSiteConfig({ ...MINIMAL, comments: GISCUS }).comments).toEqual({
      ...GISCUS,
      mapping: 'pathname',
      reactionsEnabled: true,
      inputPosition: 'bottom',
    });
  });

  it('names each field giscus needs that is missing or wrong', () => {
    expect(
      problemsOf({
        ...MINIMAL,
        comments: { ...GISCUS, repo: 'blog', categoryId: '', mapping: 'number' as 'url' },
      }),
    ).toEqual([
      'site.config.ts: "comments.repo" must be "owner/name" of a GitHub repository (got "blog")',
      'site.config.ts: "comments.categoryId" must not be empty (got "")',
      'site.config.ts: "comments.mapping" must be "pathname", "url", "title" or "og:title" (got "number")',
    ]);
  });
});

describe('resolveSiteConfig: the environment', () => {
  it('overrides the file with SITE_URL, BASE_PATH, POSTS_DIR, ON_BROKEN_LINKS and EXPORT_DIR', () => {
    const config = resolveSiteConfig(
      { ...MINIMAL, baseUrl: '/', onBrokenLinks: 'throw', blog: { path: 'posts' } },
      {
        SITE_URL: 'https://user.github.io/',
        BASE_PATH: '/repo/',
        POSTS_DIR: '.cache/posts',
        ON_BROKEN_LINKS: 'warn',
        EXPORT_DIR: '.cache/exports/x',
      },
    );
    expect(config).toMatchObject({
      url: 'https://user.github.io',
      basePath: '/repo',
      onBrokenLinks: 'warn',
      exportDir: '.cache/exports/x',
      blog: { path: '.cache/posts' },
    });
  });

  it('reads an empty POSTS_DIR, EXPORT_DIR or ON_BROKEN_LINKS as unset (a CI variable left empty)', () => {
    const config = resolveSiteConfig(
      { ...MINIMAL, onBrokenLinks: 'warn', blog: { path: 'posts' } },
      { POSTS_DIR: '', EXPORT_DIR: '', ON_BROKEN_LINKS: '' },
    );
    expect(config).toMatchObject({
      onBrokenLinks: 'warn',
      exportDir: 'out',
      blog: { path: 'posts' },
    });
  });

  it('overrides the search index’s bundles with SEARCH_BUNDLE_POSTS, a number or auto', () => {
    const fixed = { ...MINIMAL, search: { postsPerBundle: 500 } };
    expect(resolveSiteConfig(fixed).search.postsPerBundle).toBe(500);
    expect(resolveSiteConfig(fixed, { SEARCH_BUNDLE_POSTS: '120' }).search.postsPerBundle).toBe(
      120,
    );
    expect(
      resolveSiteConfig(fixed, { SEARCH_BUNDLE_POSTS: 'auto' }).search.postsPerBundle,
    ).toBeUndefined();
    expect(resolveSiteConfig(fixed, { SEARCH_BUNDLE_POSTS: '' }).search.postsPerBundle).toBe(500);
    expect(
      resolveSiteConfig({ ...MINIMAL, search: { postsPerBundle: 'auto' } }).search.postsPerBundle,
    ).toBeUndefined();
  });

  it('lets SITE_URL stand in for a config url that has a path', () => {
    expect(
      resolveSiteConfig(
        { ...MINIMAL, url: 'https://example.com/blog' },
        { SITE_URL: 'http://localhost:3000' },
      ).url,
    ).toBe('http://localhost:3000');
  });

  it.each<[string, PublishEnv, string[]]>([
    [
      'a SITE_URL without a scheme',
      { SITE_URL: 'example.com' },
      [
        'environment: SITE_URL must be an absolute origin such as https://example.com (got "example.com")',
      ],
    ],
    [
      'a SITE_URL with a path',
      { SITE_URL: 'https://user.github.io/repo' },
      [
        'environment: SITE_URL must be an absolute origin such as https://example.com (got "https://user.github.io/repo")',
      ],
    ],
    [
      'a BASE_PATH without its leading slash',
      { BASE_PATH: 'repo' },
      ['environment: BASE_PATH must start with "/" (got "repo")'],
    ],
    [
      'an unknown ON_BROKEN_LINKS',
      { ON_BROKEN_LINKS: 'fail' },
      ['environment: ON_BROKEN_LINKS must be throw, warn or ignore (got "fail")'],
    ],
    [
      'every bad variable at once',
      { SITE_URL: 'nope', BASE_PATH: 'x', ON_BROKEN_LINKS: 'maybe' },
      [
        'environment: SITE_URL must be an absolute origin such as https://example.com (got "nope")',
        'environment: BASE_PATH must start with "/" (got "x")',
        'environment: ON_BROKEN_LINKS must be throw, warn or ignore (got "maybe")',
      ],
    ],
  ])('reports %s', (_, env, expected) => {
    expect(problemsOf(MINIMAL, env)).toEqual(expected);
  });
});

describe('resolveSiteConfig: bad values', () => {
  it.each<[string, SiteConfigInput, string[]]>([
    [
      'postsPerPage 0',
      withBlog({ postsPerPage: 0 }),
      ['site.config.ts: "blog.postsPerPage" must be a positive whole number (got 0)'],
    ],
    [
      'postsPerPage 2.5',
      withBlog({ postsPerPage: 2.5 }),
      ['site.config.ts: "blog.postsPerPage" must be a positive whole number or "ALL" (got 2.5)'],
    ],
    [
      'postsPerPage "all"',
      withBlog({ postsPerPage: 'all' as 'ALL' }),
      ['site.config.ts: "blog.postsPerPage" must be a positive whole number or "ALL" (got "all")'],
    ],
    [
      'a negative blogSidebarCount',
      withBlog({ blogSidebarCount: -1 }),
      [
        'site.config.ts: "blog.blogSidebarCount" must be a whole number of posts (0 for none) or "ALL" (got -1)',
      ],
    ],
    [
      'a blogSidebarCount that is not whole',
      withBlog({ blogSidebarCount: 1.5 }),
      [
        'site.config.ts: "blog.blogSidebarCount" must be a whole number of posts (0 for none) or "ALL" (got 1.5)',
      ],
    ],
    [
      'an unknown feed type',
      withBlog({ feedOptions: { type: 'xml' as 'rss' } }),
      [
        'site.config.ts: "blog.feedOptions.type" must be "rss", "atom", "json", "all", a list of them, or null (got "xml")',
      ],
    ],
    [
      'a feed limit of 0',
      withBlog({ feedOptions: { limit: 0 } }),
      ['site.config.ts: "blog.feedOptions.limit" must be a positive whole number (got 0)'],
    ],
    [
      'an empty title',
      { ...MINIMAL, title: '' },
      ['site.config.ts: "title" must not be empty (got "")'],
    ],
    [
      'a url without a scheme',
      { ...MINIMAL, url: 'example.com' },
      [
        'site.config.ts: "url" must be an absolute origin such as https://example.com, without a path (got "example.com"); put a sub-path in "baseUrl"',
      ],
    ],
    [
      'a url with a path',
      { ...MINIMAL, url: 'https://user.github.io/repo/' },
      [
        'site.config.ts: "url" must be an absolute origin such as https://example.com, without a path (got "https://user.github.io/repo/"); put a sub-path in "baseUrl"',
      ],
    ],
    [
      'a default locale missing from the locales',
      { ...MINIMAL, i18n: { defaultLocale: 'ko', locales: ['en', 'ja'] } },
      ['site.config.ts: "i18n.locales" must include the default locale "ko" (got ["en","ja"])'],
    ],
    [
      'an unknown onBrokenLinks',
      { ...MINIMAL, onBrokenLinks: 'fail' as 'throw' },
      ['site.config.ts: "onBrokenLinks" must be "throw", "warn" or "ignore" (got "fail")'],
    ],
    [
      'an unknown markdown format',
      { ...MINIMAL, markdown: { format: 'html' as 'md' } },
      ['site.config.ts: "markdown.format" must be "mdx", "detect" or "md" (got "html")'],
    ],
    [
      'trailingSlash that is not a boolean',
      { ...MINIMAL, trailingSlash: 'yes' as unknown as boolean },
      ['site.config.ts: "trailingSlash" must be true or false (got "yes")'],
    ],
    [
      'a navbar item in an unknown position',
      {
        ...MINIMAL,
        themeConfig: { navbar: { items: [{ label: 'X', to: '/', position: 'top' as 'left' }] } },
      },
      [
        'site.config.ts: "themeConfig.navbar.items[0].position" must be "left" or "right" (got "top")',
      ],
    ],
    [
      'a search bundle of 0 posts',
      { ...MINIMAL, search: { postsPerBundle: 0 } },
      [
        'site.config.ts: "search.postsPerBundle" must be a whole number of posts from 1 to 2000, or "auto" (got 0)',
      ],
    ],
    [
      'a search bundle over what Pagefind indexes at once',
      { ...MINIMAL, search: { postsPerBundle: 5000 } },
      [
        'site.config.ts: "search.postsPerBundle" must be a whole number of posts from 1 to 2000, or "auto" (got 5000)',
      ],
    ],
    [
      'a search bundle size that is a word',
      { ...MINIMAL, search: { postsPerBundle: 'all' as 'auto' } },
      [
        'site.config.ts: "search.postsPerBundle" must be a whole number of posts from 1 to 2000, or "auto" (got "all")',
      ],
    ],
  ])('reports %s', (_, input, expected) => {
    expect(problemsOf(input)).toEqual(expected);
  });

  it('reports the environment’s problems with the file’s', () => {
    expect(problemsOf(withBlog({ postsPerPage: 0 }), { BASE_PATH: 'repo' })).toEqual([
      'environment: BASE_PATH must start with "/" (got "repo")',
      'site.config.ts: "blog.postsPerPage" must be a positive whole number (got 0)',
    ]);
  });

  it.each(['0', '2001', '1.5', 'many'])('reports SEARCH_BUNDLE_POSTS=%s', (value) => {
    expect(problemsOf(MINIMAL, { SEARCH_BUNDLE_POSTS: value })).toEqual([
      `environment: SEARCH_BUNDLE_POSTS must be a whole number of posts from 1 to 2000, or auto (got "${value}")`,
    ]);
  });

  it('throws a ContentError whose message lists the problems', () => {
    expect(() => resolveSiteConfig({ ...MINIMAL, title: '' })).toThrow(
      '1 problem in the blog\'s content:\nsite.config.ts: "title" must not be empty (got "")',
    );
  });
});
