import { describe, expect, it } from 'vitest';
import { createBlog } from '../blog/create-blog';
import { ContentError } from '../problems';
import { alternatesOf, hreflangLinks, switchTargets } from '../routes/alternates';
import { sitemapEntries, sitemapXml } from '../publish/sitemap';
import { testConfig, writeSite } from '../testing/sites';

const config = testConfig({ i18n: { defaultLocale: 'ko', locales: ['ko', 'en'] } });
const T = 'i18n/en/docusaurus-plugin-content-blog';

const post = (title: string, extra = '') =>
  `---\ntitle: ${title}\ntags: [rust]\nauthors: doxxx\n${extra}---\n\n${'낱말 '.repeat(10)}\n`;

const SITE = {
  'posts/2026-02-20-kube.md': post('kube-rs 기여 기록'),
  'posts/2026-01-10-untranslated.md': post('번역 안 된 글'),
  'posts/authors.yml': 'doxxx:\n  name: doxxx\n  title: kube-rs 기여자\n  page: true\n',
  'posts/tags.yml': 'rust:\n  label: 러스트\n  permalink: /rust\n',
  [`${T}/2026-02-20-kube.md`]: post('Contributing to kube-rs', 'slug: /kube-rs-notes\n'),
  [`${T}/authors.yml`]: 'doxxx:\n  name: doxxx\n  title: kube-rs contributor\n  page: true\n',
  [`${T}/tags.yml`]: 'rust:\n  label: Rust\n  permalink: /rust\n',
};

function blogs(files: Record<string, string>) {
  const rootDir = writeSite(files);
  const make = (locale: string) =>
    createBlog({ rootDir, config, locale, mode: 'production' }).routes();
  return { ko: make('ko'), en: make('en') };
}

/** The English blog's loading, to be run by the test (it throws). */
function loadingEnglish(files: Record<string, string>) {
  const rootDir = writeSite(files);
  return () => createBlog({ rootDir, config, locale: 'en', mode: 'production' }).routes();
}

describe('translations (Docusaurus i18n folders)', () => {
  it('shows a translation in its locale, and an untranslated post in its own language', () => {
    const { ko, en } = blogs(SITE);
    expect(ko.posts.map((p) => [p.title, p.lang, p.permalink])).toEqual([
      ['kube-rs 기여 기록', 'ko', '/2026/02/20/kube/'],
      ['번역 안 된 글', 'ko', '/2026/01/10/untranslated/'],
    ]);
    expect(en.posts.map((p) => [p.title, p.lang, p.file, p.permalink])).toEqual([
      ['Contributing to kube-rs', 'en', `${T}/2026-02-20-kube.md`, '/en/kube-rs-notes/'],
      ['번역 안 된 글', 'ko', 'posts/2026-01-10-untranslated.md', '/en/2026/01/10/untranslated/'],
    ]);
    // Its search finds the posts in its language only.
    expect(en.searchable.map((p) => p.title)).toEqual(['Contributing to kube-rs']);
  });

  it('reads the locale’s authors.yml and tags.yml when it has them', () => {
    const { ko, en } = blogs(SITE);
    expect(ko.authors[0]?.title).toBe('kube-rs 기여자');
    expect(en.authors[0]?.title).toBe('kube-rs contributor');
    expect(en.tags.map((tag) => [tag.label, tag.permalink])).toEqual([['Rust', '/en/tags/rust/']]);
  });

  it('links a page to its versions: hreflang, x-default, and the switcher', () => {
    const { ko, en } = blogs(SITE);
    const tables = [ko, en];
    const translated = en.page('/en/kube-rs-notes/');
    const copy = en.page('/en/2026/01/10/untranslated/');
    if (!translated || !copy) throw new Error('missing pages');
    expect(hreflangLinks(translated, tables, (l) => l)).toEqual([
      { hreflang: 'ko', path: '/2026/02/20/kube/' },
      { hreflang: 'en', path: '/en/kube-rs-notes/' },
      { hreflang: 'x-default', path: '/2026/02/20/kube/' },
    ]);
    // An untranslated post shown in English is not an English version of it.
    expect(alternatesOf(copy, tables)).toEqual([
      { locale: 'ko', path: '/2026/01/10/untranslated/' },
    ]);
    const original = ko.page('/2026/01/10/untranslated/');
    if (!original) throw new Error('missing page');
    expect(switchTargets(original, tables)).toEqual([
      { locale: 'ko', path: '/2026/01/10/untranslated/' },
      { locale: 'en', path: '/en/' },
    ]);
    expect(switchTargets(ko.page('/tags/rust/'), tables)).toEqual([
      { locale: 'ko', path: '/tags/rust/' },
      { locale: 'en', path: '/en/tags/rust/' },
    ]);
  });

  it('writes each locale’s sitemap with the other versions, without untranslated copies', () => {
    const { ko, en } = blogs(SITE);
    const tables = [ko, en];
    const alternates = (sitePath: string) => {
      const route = en.page(sitePath);
      return (route ? hreflangLinks(route, tables, (l) => l) : []).map((link) => ({
        hreflang: link.hreflang,
        url: en.urls.absolute(link.path),
      }));
    };
    const xml = sitemapXml(sitemapEntries(en, en.urls.absolute, alternates));
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('<loc>http://localhost:3000/en/kube-rs-notes/</loc>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="ko" href="http://localhost:3000/2026/02/20/kube/"/>',
    );
    expect(xml).not.toContain('<loc>http://localhost:3000/en/2026/01/10/untranslated/</loc>');
  });

  it('links posts by file, and site paths, to pages of the same locale', async () => {
    const rootDir = writeSite({
      ...SITE,
      [`${T}/2026-02-20-kube.md`]: post('Contributing', 'slug: /kube-rs-notes\n').replace(
        '낱말',
        '[older](./2026-01-10-untranslated.md) [tags](/tags/) [cv](/cv.pdf) [ko](/en/) 낱말',
      ),
      'public/cv.pdf': '%PDF',
      'posts/2026-01-10-untranslated.md': post('번역 안 된 글').replace(
        '낱말',
        '[다음 글](./2026-02-20-kube.md) 낱말',
      ),
    });
    const en = createBlog({ rootDir, config, locale: 'en', mode: 'production' });
    const hrefs = async (title: string) => {
      const found = en.routes().posts.find((p) => p.title === title);
      if (!found) throw new Error(title);
      return (await en.compile(found)).facts.links.map((link) => link.href);
    };
    // Site paths are the locale's pages, as Docusaurus's per-locale baseUrl makes them; files stay.
    expect(await hrefs('Contributing')).toEqual([
      '/en/2026/01/10/untranslated/',
      '/en/tags/',
      '/cv.pdf',
      '/en/',
    ]);
    expect(await hrefs('번역 안 된 글')).toEqual(['/en/kube-rs-notes/']);
  });

  it('fails on a translation whose original does not exist, naming the translated file', () => {
    const load = loadingEnglish({ ...SITE, [`${T}/2026-03-01-orphan.md`]: post('Orphan') });
    expect(load).toThrow(ContentError);
    try {
      load();
    } catch (error) {
      expect((error as ContentError).problems).toEqual([
        {
          file: `${T}/2026-03-01-orphan.md`,
          message:
            "translates posts/2026-03-01-orphan.md, which does not exist; give the translation the original's path, or remove it",
        },
      ]);
    }
  });

  it('names the translated file and line when its front matter is invalid', () => {
    const bad = { ...SITE, [`${T}/2026-02-20-kube.md`]: '---\ntitle: x\ndate: 2024-13-01\n---\n' };
    const load = loadingEnglish(bad);
    try {
      load();
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).problems).toEqual([
        {
          file: `${T}/2026-02-20-kube.md`,
          line: 3,
          message: 'front matter "date" must be a date (got "2024-13-01")',
        },
      ]);
    }
  });

  it('keeps a post of the default locale out of another locale’s folder', () => {
    const clash = { ...SITE, 'posts/en-post.md': post('x', 'slug: /en/hello\n') };
    const rootDir = writeSite(clash);
    const ko = () => createBlog({ rootDir, config, mode: 'production' }).routes();
    try {
      ko();
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).problems).toEqual([
        {
          file: 'posts/en-post.md',
          line: 5,
          message:
            'front matter "slug" gives the permalink "/en/hello/", which starts with "/en/", where the pages of the locale "en" are',
        },
      ]);
    }
  });
});

describe('code.json', () => {
  it('gives a locale the site’s words for Docusaurus’s theme', () => {
    const rootDir = writeSite({
      ...SITE,
      'i18n/en/code.json':
        '{\n  "theme.blog.paginator.olderEntries": { "message": "Earlier" }\n}\n',
    });
    const en = createBlog({ rootDir, config, locale: 'en', mode: 'production' });
    expect(en.messages().olderPosts).toBe('Earlier');
    const ko = createBlog({ rootDir, config, locale: 'ko', mode: 'production' });
    expect(ko.messages().olderPosts).toBe('이전 글');
  });

  it('names the file and line of an entry that is not { "message": … }', () => {
    const rootDir = writeSite({
      ...SITE,
      'i18n/en/code.json': '{\n  "theme.a": { "message": "ok" },\n  "theme.b": "plain"\n}\n',
    });
    const en = createBlog({ rootDir, config, locale: 'en', mode: 'production' });
    try {
      en.routes();
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).problems).toEqual([
        {
          file: 'i18n/en/code.json',
          line: 3,
          message: '"theme.b" must be { "message": "…" } (got "plain")',
        },
      ]);
    }
  });
});

describe('options.json', () => {
  it('gives a locale the blog’s title, description and sidebar title', () => {
    const rootDir = writeSite({
      ...SITE,
      [`${T}/options.json`]:
        '{\n  "title": { "message": "Notes" },\n  "sidebar.title": { "message": "Latest" }\n}\n',
    });
    const en = createBlog({ rootDir, config, locale: 'en', mode: 'production' });
    expect(en.texts()).toEqual({ title: 'Notes', description: undefined, sidebarTitle: 'Latest' });
    const ko = createBlog({ rootDir, config, locale: 'ko', mode: 'production' });
    expect(ko.texts()).toEqual({
      title: undefined,
      description: undefined,
      sidebarTitle: undefined,
    });
  });
});
