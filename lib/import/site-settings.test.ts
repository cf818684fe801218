/**
 * A Docusaurus config (as read: plain values and `Opaque` ones) → `site.config.ts` settings and
 * report lines, without running anything.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../config/resolve';
import { writeSite } from '../testing/sites';
import type { ConfigRecord } from './config-values';
import { Opaque } from './config-values';
import { Report } from './report';
import type { SiteSettings } from './site-settings';
import { PLACEHOLDER_URL, mapSettings } from './site-settings';
import { CURRENT_YEAR } from './static-config';

const BASE = { title: 'Blog', url: 'https://example.org', baseUrl: '/' };

function map(
  config: ConfigRecord,
  literal?: ConfigRecord,
  siteDir = '/sites/old',
): { settings: SiteSettings; lines: string[] } {
  const report = new Report();
  const settings = mapSettings(
    { file: 'docusaurus.config.js', config, literal, how: 'evaluated' },
    { siteDir },
    report,
  );
  return { settings, lines: report.format() };
}

const classic = (options: ConfigRecord): ConfigRecord => ({
  presets: [['classic', { docs: false, ...options }]],
});

describe('the blog', () => {
  it('comes from the classic preset, with Docusaurus’s defaults written out', () => {
    const { settings, lines } = map({ ...BASE, ...classic({}) });
    expect(settings.blog).toEqual({
      dir: '/sites/old/blog',
      origin: 'presets[0].blog',
      id: 'default',
      extraFiles: [],
    });
    expect(settings.config).toEqual({
      ...BASE,
      timeZone: 'UTC',
      i18n: { defaultLocale: 'en', locales: ['en'] },
      onBrokenLinks: 'throw',
      markdown: { format: 'mdx', mermaid: false },
      blog: { path: 'posts', routeBasePath: 'blog' },
    });
    expect(lines[0]).toBe('carried   docusaurus.config.js → site.config.ts: title, url, baseUrl');
  });

  it('comes from @docusaurus/plugin-content-blog: the default instance, the others reported', () => {
    const { settings, lines } = map({
      ...BASE,
      presets: [['@docusaurus/preset-classic', { docs: false, blog: false }]],
      plugins: [
        ['@docusaurus/plugin-content-blog', { id: 'releases', path: 'releases' }],
        [
          '@docusaurus/plugin-content-blog',
          { path: 'news', routeBasePath: '/', postsPerPage: 'ALL' },
        ],
      ],
    });
    expect(settings.blog?.dir).toBe('/sites/old/news');
    expect(settings.config.blog).toEqual({
      path: 'posts',
      routeBasePath: '/',
      postsPerPage: 'ALL',
    });
    expect(lines).toContain(
      "not carried   docusaurus.config.js: plugins[0] (a second blog, id 'releases', releases/) — this engine has one blog: import it into a project of its own (or move its posts into posts/)",
    );
    expect(lines[0]).toBe(
      'carried   docusaurus.config.js → site.config.ts: title, url, baseUrl, plugins[1].routeBasePath, plugins[1].postsPerPage',
    );
  });

  it('is the only instance when it has an id and the preset has none', () => {
    const { settings, lines } = map({
      ...BASE,
      plugins: [['content-blog', { id: 'news', path: 'news' }]],
    });
    expect(settings.blog).toMatchObject({ dir: '/sites/old/news', id: 'news' });
    expect(lines).toContain(
      "changed   docusaurus.config.js: plugins[0] (id 'news') — the only blog: imported as this site’s blog",
    );
  });

  it('is missing when the preset turns it off or there is none', () => {
    expect(map({ ...BASE, ...classic({ blog: false }) }).settings).toMatchObject({
      blog: undefined,
      why: 'docusaurus.config.js: presets[0].blog is false: the site has no blog to import',
    });
    expect(map({ ...BASE }).settings).toMatchObject({
      blog: undefined,
      why: 'docusaurus.config.js has no blog (neither the classic preset nor @docusaurus/plugin-content-blog)',
    });
  });

  it('carries its options 1:1 and reports the ones it cannot, functions included', () => {
    const { settings, lines } = map({
      ...BASE,
      ...classic({
        blog: {
          blogTitle: 'Notes',
          blogSidebarCount: 0,
          showLastUpdateTime: true,
          editUrl: new Opaque('function', 'editUrl'),
          feedOptions: {
            type: 'all',
            limit: null,
            copyright: '© me',
            createFeedItems: new Opaque('function', 'createFeedItems'),
          },
          blogPostComponent: '@theme/BlogPostPage',
          truncateMarker: new Opaque('object', 'RegExp'),
        },
      }),
    });
    expect(settings.config.blog).toEqual({
      path: 'posts',
      routeBasePath: 'blog',
      blogTitle: 'Notes',
      blogSidebarCount: 0,
      showLastUpdateTime: true,
      feedOptions: { type: 'all', limit: false, copyright: '© me' },
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        "not carried   docusaurus.config.js: presets[0].blog.editUrl (a function (editUrl)) — write the URL's start as a string (blog.editUrl): the post's path in posts/ is appended",
        "not carried   docusaurus.config.js: presets[0].blog.feedOptions.createFeedItems (a function (createFeedItems)) — the engine's feeds list the latest posts with their full content; change lib/publish/feeds if you need more",
        "not carried   docusaurus.config.js: presets[0].blog.blogPostComponent ('@theme/BlogPostPage') — a theme component: the engine's are in components/; change those",
        'not carried   docusaurus.config.js: presets[0].blog.truncateMarker (not plain data (RegExp)) — the engine cuts excerpts at <!-- truncate --> and {/* truncate */}',
      ]),
    );
  });

  it('takes out a value the schema refuses, and says why', () => {
    const { settings, lines } = map({ ...BASE, ...classic({ blog: { postsPerPage: 0 } }) });
    expect(settings.config.blog).toEqual({ path: 'posts', routeBasePath: 'blog' });
    expect(lines).toContain(
      'not carried   docusaurus.config.js: presets[0].blog.postsPerPage (0) — must be a positive whole number here; set blog.postsPerPage in site.config.ts',
    );
    expect(() => resolveSiteConfig(settings.config)).not.toThrow();
  });

  it('copies an authors file kept outside the blog folder into posts/', () => {
    const { settings, lines } = map({
      ...BASE,
      ...classic({ blog: { authorsMapPath: '../data/people.yml', tags: false } }),
    });
    expect(settings.blog?.extraFiles).toEqual([
      { from: '/sites/old/data/people.yml', to: 'people.yml' },
    ]);
    expect(settings.config.blog).toMatchObject({ authorsMapPath: 'people.yml', tags: false });
    expect(lines).toContain(
      "changed   docusaurus.config.js: presets[0].blog.authorsMapPath '../data/people.yml' → 'people.yml' — the file is copied into posts/, where the engine reads it",
    );
  });
});

describe('site settings', () => {
  it('moves a path in url to baseUrl', () => {
    const { settings, lines } = map({
      ...BASE,
      url: 'https://me.github.io/notes/',
      ...classic({}),
    });
    expect([settings.config.url, settings.config.baseUrl]).toEqual([
      'https://me.github.io',
      '/notes/',
    ]);
    expect(lines).toContain(
      "changed   docusaurus.config.js: url 'https://me.github.io/notes/' → url 'https://me.github.io', baseUrl '/notes/' — url is the origin only here; the path the site is served under is baseUrl",
    );
    const both = map({
      ...BASE,
      url: 'https://me.github.io/notes',
      baseUrl: '/notes/',
      ...classic({}),
    });
    expect(both.settings.config.baseUrl).toBe('/notes/');
  });

  it('stands in for a url it cannot read', () => {
    const { settings, lines } = map({
      ...BASE,
      url: new Opaque('stub', '../package.json.homepage', [
        { kind: 'file', id: '../package.json' },
      ]),
      ...classic({}),
    });
    expect(settings.config.url).toBe(PLACEHOLDER_URL);
    expect(lines).toContain(
      "not carried   docusaurus.config.js: url (computed from ../package.json, which is missing) — set url in site.config.ts to the site's address (https://example.com stands in)",
    );
  });

  it('sets the time zone from the language: Korean sites are in Asia/Seoul', () => {
    const korean = map({
      ...BASE,
      i18n: { defaultLocale: 'ko-KR', locales: ['ko-KR', 'en'] },
      ...classic({}),
    });
    expect(korean.settings.config.timeZone).toBe('Asia/Seoul');
    expect(korean.settings.locales).toEqual(['ko-KR', 'en']);
    expect(
      map({ ...BASE, i18n: { defaultLocale: 'kok' }, ...classic({}) }).settings.config.timeZone,
    ).toBe('UTC');
  });

  it('maps onBrokenLinks "log" to "warn", and turns mermaid on for the mermaid theme', () => {
    const { settings, lines } = map({
      ...BASE,
      onBrokenLinks: 'log',
      themes: ['@docusaurus/theme-mermaid'],
      markdown: { format: 'detect' },
      ...classic({}),
    });
    expect(settings.config.onBrokenLinks).toBe('warn');
    expect(settings.config.markdown).toEqual({ format: 'detect', mermaid: true });
    expect(lines).toContain(
      "changed   docusaurus.config.js: onBrokenLinks 'log' → 'warn' — this engine's nearest",
    );
  });

  it('keeps a copyright year current when the config computes it', () => {
    const year = String(new Date().getFullYear());
    const { settings } = map(
      { ...BASE, themeConfig: { footer: { copyright: `© ${year} Me` } }, ...classic({}) },
      { themeConfig: { footer: { copyright: `© ${CURRENT_YEAR} Me` } } },
    );
    expect(settings.config.themeConfig?.footer?.copyright).toBe(`© ${CURRENT_YEAR} Me`);
    const fixed = map(
      { ...BASE, themeConfig: { footer: { copyright: '© 1999 Me' } }, ...classic({}) },
      { themeConfig: { footer: { copyright: `© ${CURRENT_YEAR} Me` } } },
    );
    expect(fixed.settings.config.themeConfig?.footer?.copyright).toBe('© 1999 Me');
  });
});

describe('navbar items', () => {
  it('keeps links with a label; drops typed items, the blog, docs, React pages, icon links', () => {
    const siteDir = writeSite({ 'src/pages/users/index.jsx': 'export default null;' });
    const { settings, lines } = map(
      {
        ...BASE,
        presets: [['classic', { blog: { routeBasePath: '/' } }]],
        themeConfig: {
          navbar: {
            items: [
              { type: 'localeDropdown', position: 'right' },
              { to: '/', label: 'Home' },
              { to: '/docs/intro', label: 'Docs' },
              { to: '/users', label: 'Users' },
              { to: '/tags', label: 'Tags', position: 'left', activeBasePath: 'tags' },
              { href: 'https://github.com/me', position: 'right', className: 'github' },
              { label: 'More', items: [{ to: '/a', label: 'A' }] },
              { href: 'https://github.com/me', label: 'GitHub', position: 'right' },
            ],
          },
        },
      },
      undefined,
      siteDir,
    );
    expect(settings.config.themeConfig?.navbar?.items).toEqual([
      { label: 'Tags', to: '/tags', position: 'left' },
      { label: 'GitHub', href: 'https://github.com/me', position: 'right' },
    ]);
    const at = (index: number) =>
      lines.find((line) => line.includes(`themeConfig.navbar.items[${index}] `));
    expect([0, 1, 2, 3, 5, 6].map(at)).toEqual([
      "not carried   docusaurus.config.js: themeConfig.navbar.items[0] ({ type: 'localeDropdown' }) — the engine has no locale switcher yet",
      "not carried   docusaurus.config.js: themeConfig.navbar.items[1] ({ label: 'Home', to: '/' }) — the blog itself: the engine's navbar links it",
      "not carried   docusaurus.config.js: themeConfig.navbar.items[2] ({ label: 'Docs', to: '/docs/intro' }) — this engine is a blog; publish docs with Docusaurus or another tool",
      "not carried   docusaurus.config.js: themeConfig.navbar.items[3] ({ label: 'Users', to: '/users' }) — a React page, not carried: link it again once it has a page here",
      "not carried   docusaurus.config.js: themeConfig.navbar.items[5] (href: 'https://github.com/me', no label, className 'github') — an icon link: give it a label to keep it",
      "not carried   docusaurus.config.js: themeConfig.navbar.items[6] (a dropdown 'More') — the engine’s navbar has links only: add its links one by one",
    ]);
    expect(lines[0]).toContain('themeConfig.navbar.items (2 of 8)');
    expect(path.isAbsolute(siteDir)).toBe(true);
  });
});
