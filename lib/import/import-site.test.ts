/**
 * `npm run import` on the two real Docusaurus sites in ../shared/real-blogs (read in place, never
 * copied into the project) and on small sites written here: the `site.config.ts` it writes
 * (which the engine's schema accepts), the files it copies, what it reports, and that a second
 * import gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createJiti } from 'jiti';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../config/resolve';
import type { SiteConfigInput } from '../config/schema';
import { runScript } from '../../scripts/run-script';
import { writeSite } from '../testing/sites';
import { MARKER_FILE } from './import-marker';
import type { ImportOutcome } from './import-site';
import { importSite } from './import-site';
import { isPostFile, listFiles } from './site-files';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/**
 * `REAL_BLOGS`, else `../shared/real-blogs` beside the project (a worktree is one folder deeper).
 * A checkout without them skips their tests, and says so, as `npm run build:real-blogs` does.
 */
const REAL_BLOGS =
  process.env.REAL_BLOGS ??
  [
    path.resolve(ROOT, '..', 'shared', 'real-blogs'),
    path.resolve(ROOT, '..', '..', 'shared', 'real-blogs'),
  ].find((dir) => fs.existsSync(dir)) ??
  path.resolve(ROOT, '..', 'shared', 'real-blogs');
const HAS_REAL_BLOGS = fs.existsSync(REAL_BLOGS);
if (!HAS_REAL_BLOGS)
  console.warn(`real blogs: ${REAL_BLOGS} does not exist; their import tests are skipped`);
const CMJEON = path.join(REAL_BLOGS, 'cmjeon-blog');
const PRETTIER = path.join(REAL_BLOGS, 'prettier-website');

/** A project as the engine ships it, as far as the import cares: a sample post, an engine file. */
function project(): string {
  return writeSite({
    'posts/2026-02-20-sample.mdx': '---\ntitle: Sample\n---\n\nSample.\n',
    'posts/authors.yml': 'doxxx:\n  name: doxxx\n',
    'public/img/social-card.png': 'engine card',
    'public/engine-only.txt': 'stays',
  });
}

/** Every file of the project (but the engine's node_modules), path → bytes. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file)).toString('base64')]),
  );
}

async function loadConfig(dir: string): Promise<SiteConfigInput> {
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
  // site.config.ts imports './lib/config/resolve', which a temporary folder does not have.
  fs.mkdirSync(path.join(dir, 'lib', 'config'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'lib', 'config', 'resolve.ts'),
    `export * from ${JSON.stringify(path.join(ROOT, 'lib', 'config', 'resolve.ts'))};\n`,
  );
  try {
    return await jiti.import<SiteConfigInput>(path.join(dir, 'site.config.ts'), { default: true });
  } finally {
    fs.rmSync(path.join(dir, 'lib'), { recursive: true, force: true });
  }
}

function linesOf(outcome: ImportOutcome): string[] {
  return outcome.lines;
}

describe.skipIf(!HAS_REAL_BLOGS)('importing cmjeon-blog (Korean, CommonJS config)', () => {
  let dir: string;
  let first: ImportOutcome;
  let firstTree: Record<string, string>;

  beforeAll(async () => {
    dir = project();
    first = await importSite(CMJEON, dir);
    firstTree = tree(dir);
  }, 60_000);

  it('writes site.config.ts with its settings, in the project’s own layout', () => {
    expect(first.ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'site.config.ts'), 'utf8')).toBe(
      [
        '/**',
        " * The site's settings: the one file to edit. Written by `npm run import` from the Docusaurus",
        " * site cmjeon-blog/ (docusaurus.config.js); option names are Docusaurus's, the blog plugin's",
        ' * under `blog`. `SITE_URL`, `BASE_PATH`, `POSTS_DIR`, `ON_BROKEN_LINKS` and `EXPORT_DIR` in the',
        ' * environment override it when publishing.',
        ' */',
        "import { defineConfig } from './lib/config/resolve';",
        '',
        'export default defineConfig({',
        "  title: 'Today I Learned',",
        "  tagline: 'javascript, frontend, Project Management',",
        "  url: 'https://cmjeon.github.io',",
        "  baseUrl: '/blog-docusaurus-002/',",
        "  timeZone: 'Asia/Seoul',",
        "  i18n: { defaultLocale: 'ko-kr', locales: ['ko-kr'] },",
        "  onBrokenLinks: 'ignore',",
        "  externalPaths: ['/docs/'],",
        "  markdown: { format: 'mdx', mermaid: false },",
        '  themeConfig: {',
        "    navbar: { title: 'Today I Learned' },",
        '    footer: {',
        '      copyright: `Copyright © ${new Date().getFullYear()} TIL, Inc. Built with Docusaurus.`,',
        '    },',
        '  },',
        '  blog: {',
        "    path: 'posts',",
        "    routeBasePath: '/blog',",
        "    blogTitle: 'TIL',",
        "    blogDescription: 'cmjeon Today I Learned',",
        "    blogSidebarCount: 'ALL',",
        '    postsPerPage: 5,',
        '    showReadingTime: true,',
        '  },',
        '});',
        '',
      ].join('\n'),
    );
  });

  it('writes a config the engine accepts', async () => {
    const config = resolveSiteConfig(await loadConfig(dir));
    expect(config.basePath).toBe('/blog-docusaurus-002');
    expect(config.timeZone).toBe('Asia/Seoul');
    expect(config.blog.routeBasePath).toBe('/blog');
    expect(config.blog.sidebarCount).toBe(Infinity);
    expect(config.blog.postsPerPage).toBe(5);
    expect(config.copyright).toBe(
      `Copyright © ${new Date().getFullYear()} TIL, Inc. Built with Docusaurus.`,
    );
  });

  it('replaces the sample posts with the blog folder, as it is', () => {
    const blog = listFiles(path.join(CMJEON, 'blog'));
    const posts = listFiles(path.join(dir, 'posts'));
    expect(posts).toEqual(blog);
    expect(posts.filter(isPostFile)).toHaveLength(74);
    expect(posts).not.toContain('2026-02-20-sample.mdx');
    expect(fs.readFileSync(path.join(dir, 'posts', 'authors.yml'), 'utf8')).toBe(
      fs.readFileSync(path.join(CMJEON, 'blog', 'authors.yml'), 'utf8'),
    );
  });

  it('merges static/ into public/, keeping the engine’s files, leaving what the build writes', () => {
    expect(fs.readFileSync(path.join(dir, 'public', 'engine-only.txt'), 'utf8')).toBe('stays');
    expect(fs.readFileSync(path.join(dir, 'public', 'img', 'social-card.png'), 'utf8')).toBe(
      'engine card',
    );
    expect(fs.existsSync(path.join(dir, 'public', 'img', 'logo-2.svg'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'public', '.nojekyll'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'public', 'sitemap.xml'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'public', 'robots.txt'))).toBe(false);
  });

  it('copies the Markdown page and none of the React code', () => {
    expect(listFiles(path.join(dir, 'src'))).toEqual(['markdown-pages/markdown-page.md']);
  });

  it('reports what it carried and what it could not, each with its file', () => {
    const lines = linesOf(first);
    expect(lines).toContain('carried   blog/ → posts/ (74 posts: 53 .md, 21 .mdx; 8 other files)');
    expect(lines).toContain(
      "changed   site.config.ts: timeZone 'Asia/Seoul' — Docusaurus has none; i18n.defaultLocale 'ko-kr' is Korean, so dates are read and shown in Korea's time",
    );
    expect(lines).toContain(
      'not carried   docusaurus.config.js: presets[0].docs (the docs plugin, docs/) — this engine is a blog; publish docs with Docusaurus or another tool',
    );
    expect(lines).toContain(
      "not carried   docusaurus.config.js: themeConfig.navbar.items[0] ({ type: 'docSidebar', label: 'Posts' }) — this engine is a blog; publish docs with Docusaurus or another tool",
    );
    expect(lines).toContain(
      "not carried   docusaurus.config.js: themeConfig.navbar.items[2] ({ label: 'TIL', to: '/blog' }) — the blog itself: the engine's navbar links it",
    );
    expect(lines).toContain(
      "not carried   docusaurus.config.js: plugins[3] ('@cmfcmf/docusaurus-search-local') — the engine has its own search (Pagefind)",
    );
    expect(lines).toContain(
      'not carried   src/pages/index.js (a React page) — rewrite it as a Markdown page in src/markdown-pages/, or drop it',
    );
    // The engine provides @theme/IdealImage: nothing to say about the posts that import it.
    expect(lines.filter((line) => line.includes('@theme/IdealImage'))).toEqual([]);
    expect(lines).toContain(
      'not carried   static/sitemap.xml — the build writes its own /sitemap.xml',
    );
    expect(lines).toContain(
      "not carried   docusaurus.config.js: scripts[0] ('https://cdn.jsdelivr.net/npm/mermaid/dist/mermaid.min.js') — this engine draws ```mermaid code blocks itself when markdown.mermaid is true in site.config.ts",
    );
    // Carried first, then changed, then not carried.
    const kinds = lines.map((line) => line.split('   ')[0]);
    expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
  });

  it('gives the same files, byte for byte, and the same report when run again', async () => {
    const second = await importSite(CMJEON, dir);
    expect(second.lines).toEqual(first.lines);
    expect(tree(dir)).toEqual(firstTree);
  }, 60_000);
});

function order(kind: string | undefined): number {
  return ['carried', 'changed', 'not carried'].indexOf(kind ?? '');
}

describe.skipIf(!HAS_REAL_BLOGS)('importing prettier-website (ES module config)', () => {
  let dir: string;
  let outcome: ImportOutcome;

  beforeAll(async () => {
    dir = project();
    fs.writeFileSync(path.join(dir, 'public', 'icon.png'), 'engine icon');
    outcome = await importSite(PRETTIER, dir);
  }, 60_000);

  it('writes site.config.ts, with a stand-in url for the one its config reads from a missing file', () => {
    expect(outcome.ok).toBe(true);
    const text = fs.readFileSync(path.join(dir, 'site.config.ts'), 'utf8');
    expect(text.slice(text.indexOf('export default'))).toBe(
      [
        'export default defineConfig({',
        "  title: 'Prettier',",
        "  tagline: 'Opinionated Code Formatter',",
        "  url: 'https://example.com',",
        "  baseUrl: '/',",
        "  timeZone: 'UTC',",
        "  i18n: { defaultLocale: 'en', locales: ['en'] },",
        "  onBrokenLinks: 'throw',",
        "  externalPaths: ['/docs/'],",
        "  markdown: { format: 'mdx', mermaid: false },",
        '  themeConfig: {',
        "    image: '/icon.png',",
        '    navbar: {',
        "      title: 'Prettier',",
        "      items: [{ label: 'Donate', href: 'https://opencollective.com/prettier', position: 'right' }],",
        '    },',
        '  },',
        '  blog: {',
        "    path: 'posts',",
        "    routeBasePath: 'blog',",
        "    blogTitle: 'Prettier blog',",
        "    blogDescription: 'Read blog posts about Prettier from the team',",
        "    blogSidebarTitle: 'Recent posts',",
        '    blogSidebarCount: 10,',
        '    postsPerPage: 10,',
        "    feedOptions: { type: ['rss', 'atom'] },",
        '  },',
        '});',
        '',
      ].join('\n'),
    );
  });

  it('writes a config the engine accepts', async () => {
    const config = resolveSiteConfig(await loadConfig(dir));
    expect(config.blog.feed.types).toEqual(['rss', 'atom']);
    expect(config.navbar.items).toEqual([
      { label: 'Donate', href: 'https://opencollective.com/prettier', position: 'right' },
    ]);
  });

  it('copies the 44 posts and their assets; static/ replaces the engine’s icon.png and says so', () => {
    const posts = listFiles(path.join(dir, 'posts'));
    expect(posts).toEqual(listFiles(path.join(PRETTIER, 'blog')));
    expect(posts.filter(isPostFile)).toHaveLength(44);
    expect(fs.readFileSync(path.join(dir, 'public', 'icon.png'))).toEqual(
      fs.readFileSync(path.join(PRETTIER, 'static', 'icon.png')),
    );
    expect(outcome.lines).toContain(
      "changed   static/icon.png → public/icon.png — replaces the engine's file of that name",
    );
    expect(fs.existsSync(path.join(dir, 'src'))).toBe(false);
  });

  it('reports the values it could not read and the functions it does not carry', () => {
    expect(outcome.lines).toContain(
      "not carried   docusaurus.config.js: url (computed from ../package.json, which is missing) — set url in site.config.ts to the site's address (https://example.com stands in)",
    );
    expect(outcome.lines).toContain(
      "not carried   docusaurus.config.js: presets[0].blog.editUrl (computed from ../package.json, which is missing) — write the URL's start as a string (blog.editUrl): the post's path in posts/ is appended",
    );
    expect(outcome.lines).toContain(
      'not carried   docusaurus.config.js: presets[0].docs (the docs plugin, ../docs/) — this engine is a blog; publish docs with Docusaurus or another tool',
    );
    expect(outcome.lines).toContain(
      "not carried   docusaurus.config.js: themeConfig.navbar.items[1] ({ label: 'Playground', href: 'pathname:///playground/' }) — a path outside this site: link it with its full URL (href) if it still exists",
    );
    expect(outcome.lines).toContain(
      "not carried   blog/2022-01-06-prettier-begins-paying-maintainers.mdx: import 'react-tweet' — an npm package this project does not have: shown as a link to the post on X, where react-tweet would embed it until you npm install react-tweet",
    );
    expect(outcome.lines).toContain(
      "changed   docusaurus.config.js: themeConfig.image 'icon.png' → '/icon.png' — a path in public/ (Docusaurus’s static/) starts with / here",
    );
  });

  it('run again over the result, gives the same files and report', async () => {
    const before = tree(dir);
    const again = await importSite(PRETTIER, dir);
    expect(again.lines).toEqual(outcome.lines);
    expect(tree(dir)).toEqual(before);
  }, 60_000);
});

/** A small Docusaurus site: its config and files. */
function docusaurusSite(config: string, files: Record<string, string> = {}): string {
  const dir = writeSite({ 'docusaurus.config.js': config, ...files });
  fs.rmSync(path.join(dir, 'posts'), { recursive: true });
  fs.rmSync(path.join(dir, 'public'), { recursive: true });
  return dir;
}

describe('importing a site written here', () => {
  it('carries the blog’s translations and code.json to the same paths, and src/components when posts use them', async () => {
    const site = docusaurusSite(
      `module.exports = {
        title: 'Blog', url: 'https://example.org', baseUrl: '/',
        i18n: { defaultLocale: 'ko', locales: ['ko', 'en'], localeConfigs: { en: { label: 'English', htmlLang: 'en-US', calendar: 'gregory' } } },
        presets: [['classic', { docs: false, blog: { showReadingTime: false } }]],
      };`,
      {
        'blog/2024-01-01-hello.mdx':
          "---\ntitle: Hello\n---\n\nimport Chart from '@site/src/components/Chart';\n\n<Chart />\n",
        'blog/2024-01-02-code.md':
          "---\ntitle: Code\n---\n\n```js\nimport x from '@theme/Nope';\n```\n",
        'src/components/Chart/index.js': 'export default function Chart() { return null; }\n',
        'src/theme/BlogPostItem/index.js': 'export default null;\n',
        'i18n/en/docusaurus-plugin-content-blog/2024-01-01-hello.mdx':
          '---\ntitle: Hello\n---\n\nHi.\n',
        'i18n/en/docusaurus-plugin-content-blog/options.json': '{}\n',
        'i18n/en/code.json': '{ "theme.blog.title": { "message": "Blog" } }\n',
        'i18n/en/docusaurus-theme-classic/navbar.json': '{}\n',
        'i18n/fr/code.json': '{}\n',
      },
    );
    const dir = project();
    const outcome = await importSite(site, dir);
    expect(outcome.ok).toBe(true);
    expect(listFiles(path.join(dir, 'i18n'))).toEqual([
      'en/code.json',
      'en/docusaurus-plugin-content-blog/2024-01-01-hello.mdx',
      'en/docusaurus-plugin-content-blog/options.json',
    ]);
    expect(listFiles(path.join(dir, 'src'))).toEqual(['components/Chart/index.js']);
    expect(outcome.lines).toEqual(
      expect.arrayContaining([
        'carried   i18n/en/code.json → i18n/en/code.json',
        'carried   i18n/en/docusaurus-plugin-content-blog/ → i18n/en/docusaurus-plugin-content-blog/ (2 files)',
        'carried   src/components/ → src/components/ (1 file) — posts import @site/src/components/…, which resolves from the project root; they are copied as they are, so check them',
        'not carried   i18n/en/docusaurus-theme-classic/ (1 file) — translations of the navbar and footer, which the engine does not translate',
        "not carried   i18n/fr/ (1 file) — 'fr' is not in i18n.locales",
        "not carried   src/theme/ (1 file: swizzled theme components) — the engine's components are in components/: change those",
        "not carried   docusaurus.config.js: i18n.localeConfigs.en.calendar ('gregory') — this engine has no such setting",
      ]),
    );
    // An import inside a code block is not an import.
    expect(outcome.lines.filter((line) => line.includes('@theme/Nope'))).toEqual([]);
    const config = resolveSiteConfig(await loadConfig(dir));
    expect(config.locales.map((locale) => [locale.code, locale.htmlLang])).toEqual([
      ['ko', 'ko'],
      ['en', 'en-US'],
    ]);
    expect(config.timeZone).toBe('Asia/Seoul');
    expect(config.blog.showReadingTime).toBe(false);
  }, 60_000);

  it('removes exactly what the last import wrote before the next one, the engine’s files staying', async () => {
    const dir = project();
    const first = docusaurusSite(
      `module.exports = { title: 'One', url: 'https://one.example', baseUrl: '/', presets: [['classic', { docs: false }]] };`,
      {
        'blog/2024-01-01-one.md': '# One\n',
        'static/img/one.png': 'one',
        'src/pages/about.md': '# About\n',
        'i18n/en/code.json': '{}\n',
      },
    );
    const second = docusaurusSite(
      `module.exports = { title: 'Two', url: 'https://two.example', baseUrl: '/', presets: [['classic', { docs: false }]] };`,
      { 'blog/2024-01-02-two.md': '# Two\n', 'static/img/two.png': 'two' },
    );
    await importSite(first, dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8'))).toMatchObject({
      files: [
        'i18n/en/code.json',
        'posts/2024-01-01-one.md',
        'public/img/one.png',
        'site.config.ts',
        'src/markdown-pages/about.md',
      ],
      replaced: [],
    });
    await importSite(second, dir);
    expect(tree(dir)).toEqual(
      expect.objectContaining({ 'posts/2024-01-02-two.md': expect.any(String) as string }),
    );
    expect(Object.keys(tree(dir)).sort()).toEqual([
      MARKER_FILE,
      'posts/2024-01-02-two.md',
      'public/engine-only.txt',
      'public/img/social-card.png',
      'public/img/two.png',
      'site.config.ts',
    ]);
  }, 60_000);

  it('falls back to reading the config statically when running it fails', async () => {
    const site = docusaurusSite(
      `const config = {
        title: 'Static', url: 'https://static.example/sub', baseUrl: '/',
        presets: [['classic', { docs: false, blog: { path: 'writing', postsPerPage: 3, editUrl: ({ blogPath }) => blogPath } }]],
      };
      throw new Error('no network here');
      module.exports = config;`,
      { 'writing/2024-01-01-a.md': '# A\n' },
    );
    const dir = project();
    const outcome = await importSite(site, dir);
    expect(outcome.ok).toBe(true);
    expect(outcome.lines).toEqual(
      expect.arrayContaining([
        'changed   docusaurus.config.js: read statically, as running it failed (no network here) — only values written as literals are carried; the others are listed below',
        'carried   writing/ → posts/ (1 post: 1 .md, 0 .mdx; 0 other files)',
        "changed   docusaurus.config.js: url 'https://static.example/sub' → url 'https://static.example', baseUrl '/sub/' — url is the origin only here; the path the site is served under is baseUrl",
        "not carried   docusaurus.config.js: presets[0].blog.editUrl (a function (editUrl)) — write the URL's start as a string (blog.editUrl): the post's path in posts/ is appended",
      ]),
    );
    const config = resolveSiteConfig(await loadConfig(dir));
    expect([config.url, config.basePath, config.blog.postsPerPage]).toEqual([
      'https://static.example',
      '/sub',
      3,
    ]);
  }, 60_000);

  it('refuses a site whose blog is off, and a folder that is not a Docusaurus site, writing nothing', async () => {
    const dir = project();
    const before = tree(dir);
    const off = docusaurusSite(
      `export default { title: 'Docs', url: 'https://d.example', baseUrl: '/', presets: [['classic', { blog: false }]] };`,
    );
    const outcome = await importSite(off, dir);
    expect(outcome).toMatchObject({
      ok: false,
      message: 'docusaurus.config.js: presets[0].blog is false: the site has no blog to import',
    });
    const plain = writeSite({ 'README.md': '# not a site\n' });
    expect(await importSite(plain, dir)).toMatchObject({
      ok: false,
      message: `${plain} is not a Docusaurus site: it has no docusaurus.config.{js,mjs,cjs,ts}`,
    });
    expect(tree(dir)).toEqual(before);
  }, 60_000);

  it('runs as npm run import: exit 0 with the report, exit 1 with a message', () => {
    const site = docusaurusSite(
      `module.exports = { title: 'CLI', url: 'https://cli.example', baseUrl: '/', presets: [['classic', { docs: false }]] };`,
      { 'blog/2024-01-01-a.md': '# A\n' },
    );
    const dir = project();
    const done = runScript('import.ts', [site], dir);
    expect([done.status, done.stderr]).toEqual([0, '']);
    expect(done.stdout).toContain(
      'carried   blog/ → posts/ (1 post: 1 .md, 0 .mdx; 0 other files)\n',
    );
    expect(done.stdout).toContain(
      `\nimported ${site}: site.config.ts and 1 file (listed in .docusaurus-import.json); 0 things not carried (above)\n`,
    );
    const plain = writeSite({ 'README.md': '# not a site\n' });
    const refused = runScript('import.ts', [plain], dir);
    expect([refused.status, refused.stdout, refused.stderr]).toEqual([
      1,
      '',
      `import: ${plain} is not a Docusaurus site: it has no docusaurus.config.{js,mjs,cjs,ts}\n`,
    ]);
  }, 60_000);
});
