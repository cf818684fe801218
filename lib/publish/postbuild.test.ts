/**
 * The publish step over a fake export: the HTML of every route written by hand (what `next build`
 * would have exported), then `postbuild` run on it as `scripts/postbuild.mjs` runs it. Pagefind
 * runs for real (its native binary from node_modules), once per successful run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Blog } from '../blog/create-blog';
import type { Asset } from '../compile/context';
import type { SiteConfigInput } from '../config/schema';
import type { PageRoute } from '../routes/table';
import { FIXTURES, storeFor, writeSite } from '../testing/sites';
import { pageFile } from '../urls/site-urls';
import { postbuild } from './postbuild';

const PNG = fs.readFileSync(path.join(FIXTURES, 'site', 'public', 'img', 'pic.png'));
const post = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}\n`;

/** Two posts, one of them with an image beside it; and an unlisted post. */
function siteDir(): string {
  const dir = writeSite({
    'posts/authors.yml': 'doxxx:\n  name: doxxx\n  page: true\n',
    'posts/2026-01-01-hello/index.md': post(
      'title: Hello\ntags: [rust]\nauthors: doxxx',
      'Hello **world**, see [the other post](/2026/01/02/오픈소스/).\n\n![A picture](./pic.png)',
    ),
    'posts/2026-01-02-오픈소스.md': post('title: 오픈소스\ntags: [오픈소스]', '첫 기여 이야기.'),
    'posts/2026-01-03-hidden.md': post('title: Hidden\nunlisted: true', 'Not in feeds.'),
  });
  fs.writeFileSync(path.join(dir, 'posts/2026-01-01-hello/pic.png'), PNG);
  return dir;
}

function blogOf(dir: string, config: Partial<SiteConfigInput> = {}): Blog {
  return storeFor(dir, { config: { url: 'https://example.com', ...config } }).blog;
}

type Href = (sitePath: string) => string;

const html = (href: Href, title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><title>${title}</title></head><body>` +
  `<nav><a href="${href('/')}">Home</a></nav><main>${body}</main></body></html>`;

/** What `next build` would export for a route: minimal, with links only to pages that exist. */
function pageHtml(blog: Blog, route: PageRoute, assets: Map<string, Asset[]>): string {
  const { href, tags } = blog.urls;
  if (route.kind !== 'post') return html(href, route.kind, `<h1>${route.kind}</h1>`);
  const { post: p } = route;
  const images = (assets.get(p.file) ?? [])
    .map((asset) => `<p><img src="${href(asset.url)}" alt="A picture"></p>`)
    .join('');
  return html(
    href,
    p.title,
    `<article data-pagefind-body><h1>${p.title}</h1><div class="prose" data-post-content="">` +
      `<h2 id="intro">Intro<a class="hash-link" href="#intro">#</a></h2>` +
      `<p>Text of ${p.title}. <a href="${href(tags)}">All tags</a></p>${images}</div></article>`,
  );
}

/** A fake export of the blog's pages in a temporary folder. */
async function exportOf(blog: Blog): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-out-'));
  const routes = blog.routes();
  const assets = new Map<string, Asset[]>();
  for (const p of routes.posts) assets.set(p.file, (await blog.compile(p)).facts.assets);
  for (const route of routes.pages) {
    const file = path.join(dir, pageFile(route.path, blog.config.trailingSlash));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pageHtml(blog, route, assets));
  }
  return dir;
}

type Run = { ok: boolean; info: string[]; errors: string[] };

async function run(exportDir: string, blog: Blog): Promise<Run> {
  const info: string[] = [];
  const errors: string[] = [];
  const ok = await postbuild(exportDir, [blog], {
    info: (line) => info.push(line.replaceAll(exportDir, 'OUT')),
    error: (line) => errors.push(line.replaceAll(exportDir, 'OUT')),
  });
  return { ok, info, errors };
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

describe('postbuild on a complete export', () => {
  let blog: Blog;
  let out: string;
  let result: Run;
  let asset: Asset;

  beforeAll(async () => {
    blog = blogOf(siteDir());
    const hello = blog.routes().posts.find((p) => p.title === 'Hello');
    if (!hello) throw new Error('no post "Hello"');
    const [first] = (await blog.compile(hello)).facts.assets;
    if (!first) throw new Error('the compile of "Hello" recorded no asset');
    asset = first;
    out = await exportOf(blog);
    result = await run(out, blog);
  }, 60_000);

  it('succeeds, logging what it wrote and checked', () => {
    expect(result).toEqual({
      ok: true,
      info: [
        'feeds: /rss.xml, /atom.xml, /feed.json; 1 post file copied',
        'search: 2 posts indexed into OUT/pagefind/',
        'links: no broken links, anchors or files in OUT/',
      ],
      errors: [],
    });
  });

  it('copies the image beside a post to its /_assets/ URL', () => {
    expect(asset.url).toMatch(/^\/_assets\/[0-9a-f]+\/pic\.png$/);
    expect(fs.readFileSync(path.join(out, asset.url))).toEqual(PNG);
  });

  it('writes the feeds at the config’s paths, with the listed posts’ content and absolute URLs', () => {
    const rss = read(out, 'rss.xml');
    const atom = read(out, 'atom.xml');
    const json = JSON.parse(read(out, 'feed.json')) as {
      items: { url: string; content_html: string }[];
    };
    for (const feed of [rss, atom, JSON.stringify(json)]) {
      expect(feed).toContain('https://example.com/2026/01/01/hello/');
      expect(feed).toContain(`https://example.com${asset.url}`);
      expect(feed).toContain('Text of 오픈소스.');
      expect(feed).not.toContain('Hidden');
      expect(feed).not.toContain('hash-link');
    }
    expect(json.items.map((item) => decodeURI(item.url))).toEqual([
      'https://example.com/2026/01/02/오픈소스/',
      'https://example.com/2026/01/01/hello/',
    ]);
    expect(json.items[1]?.content_html).toBe(
      '<h2 id="intro">Intro</h2><p>Text of Hello. <a href="https://example.com/tags/">All tags</a></p>' +
        `<p><img src="https://example.com${asset.url}" alt="A picture"></p>`,
    );
  });

  it('writes the sitemap and robots.txt', () => {
    const sitemap = read(out, 'sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.com/</loc>');
    expect(sitemap).toContain('<loc>https://example.com/2026/01/01/hello/</loc>');
    expect(sitemap).toContain(
      '<loc>https://example.com/2026/01/02/%EC%98%A4%ED%94%88%EC%86%8C%EC%8A%A4/</loc>',
    );
    expect(sitemap).not.toContain('hidden');
    expect(read(out, 'robots.txt')).toBe(
      'User-Agent: *\nAllow: /\n\nSitemap: https://example.com/sitemap.xml\n',
    );
  });

  it('builds the search index of the listed posts', () => {
    expect(fs.existsSync(path.join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    const entry = JSON.parse(read(out, 'pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(pages).toBe(2);
  });
});

describe('postbuild with the blog under a base path and /blog/', () => {
  it('writes the feeds the config asks for under the blog, with URLs under the base path', async () => {
    const blog = blogOf(siteDir(), {
      baseUrl: '/repo/',
      blog: { routeBasePath: 'blog', feedOptions: { type: 'atom' } },
    });
    const out = await exportOf(blog);
    const { ok, info, errors } = await run(out, blog);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
    expect(info[0]).toBe('feeds: /blog/atom.xml; 1 post file copied');
    expect(fs.readdirSync(out).sort()).toEqual([
      '_assets',
      'blog',
      'index.html',
      'pagefind',
      'robots.txt',
      'search',
      'sitemap.xml',
    ]);
    const atom = read(out, 'blog/atom.xml');
    expect(atom).toContain('https://example.com/repo/blog/2026/01/01/hello/');
    expect(atom).toContain('href="https://example.com/repo/blog/tags/"');
    expect(fs.existsSync(path.join(out, 'blog/rss.xml'))).toBe(false);
    expect(read(out, 'robots.txt')).toContain('Sitemap: https://example.com/repo/sitemap.xml\n');
  });
});

describe('postbuild and the files posts share', () => {
  it('copies an image two posts show once, and counts it once', async () => {
    const dir = siteDir();
    fs.writeFileSync(
      path.join(dir, 'posts/2026-01-02-오픈소스.md'),
      post('title: 오픈소스', '![Same picture](./2026-01-01-hello/pic.png)'),
    );
    const blog = blogOf(dir);
    const out = await exportOf(blog);
    const { ok, info } = await run(out, blog);
    expect(ok).toBe(true);
    expect(info[0]).toBe('feeds: /rss.xml, /atom.xml, /feed.json; 1 post file copied');
    expect(fs.readdirSync(path.join(out, '_assets'))).toHaveLength(1);
  });
});

describe('postbuild on a broken export', () => {
  it('fails without an index.html', async () => {
    const blog = blogOf(siteDir());
    const out = await exportOf(blog);
    fs.rmSync(path.join(out, 'index.html'));
    expect(await run(out, blog)).toEqual({
      ok: false,
      info: [],
      errors: ['postbuild: OUT/index.html does not exist; run next build first'],
    });
  });

  it('fails naming the pages missing from the export', async () => {
    const blog = blogOf(siteDir());
    const out = await exportOf(blog);
    fs.rmSync(path.join(out, 'tags/오픈소스/index.html'));
    fs.rmSync(path.join(out, 'archive/index.html'));
    expect(await run(out, blog)).toEqual({
      ok: false,
      info: [],
      errors: ['postbuild: pages missing from the export: /tags/오픈소스/, /archive/'],
    });
  });

  it('fails on a broken link with the check’s message, naming the post', async () => {
    const blog = blogOf(siteDir());
    const out = await exportOf(blog);
    const page = path.join(out, '2026/01/01/hello/index.html');
    fs.writeFileSync(
      page,
      read(out, '2026/01/01/hello/index.html').replace(
        '</main>',
        '<a href="/2026/01/01/nope/">gone</a><a href="/tags/#missing">anchor</a></main>',
      ),
    );
    const { ok, errors } = await run(out, blog);
    expect(ok).toBe(false);
    expect(errors).toEqual([
      'Error: 2 broken links, anchors or files in OUT/:',
      'OUT/2026/01/01/hello/index.html: link to "/2026/01/01/nope/" — no such page (from posts/2026-01-01-hello/index.md)',
      'OUT/2026/01/01/hello/index.html: link to "/tags/#missing" — no element with id "missing" on /tags/ (from posts/2026-01-01-hello/index.md)',
      'Fix them, or set ON_BROKEN_LINKS=warn to build anyway.',
    ]);
  });

  it('only warns with onBrokenLinks "warn"', async () => {
    const blog = blogOf(siteDir(), { onBrokenLinks: 'warn' });
    const out = await exportOf(blog);
    const archive = html(blog.urls.href, 'archive', '<a href="/x/">x</a>');
    fs.writeFileSync(path.join(out, 'archive/index.html'), archive);
    const { ok, errors } = await run(out, blog);
    expect(ok).toBe(true);
    expect(errors).toEqual([
      'Warning: 1 broken link, anchor or file in OUT/:',
      'OUT/archive/index.html: link to "/x/" — no such page',
    ]);
  });
});

describe('postbuild and the blog sidebar', () => {
  const sidebar = (role: string, attributes = '', links = '') =>
    `<nav aria-label="Recent posts" data-blog-sidebar="${role}"${attributes}>${links}</nav>`;
  const links = '<ul><li><a href="/2026/01/02/x/">X</a></li><li><a href="/">Y</a></li></ul>';

  /** The export with the blog's first page holding the sidebar and a post's page a slot. */
  async function exportWithSidebar(blog: Blog, source: string) {
    const out = await exportOf(blog);
    const post = blog.routes().posts.find((p) => p.title === 'Hello');
    if (!post) throw new Error('no post "Hello"');
    const postFile = pageFile(post.permalink, true);
    const slot = sidebar('slot', ` data-current="${post.permalink}"`);
    fs.writeFileSync(path.join(out, 'index.html'), html(blog.urls.href, 'blog', source));
    fs.writeFileSync(
      path.join(out, postFile),
      read(out, postFile).replace('<main>', slot + '<main>'),
    );
    return { out, postFile, post };
  }

  /** A blog whose sidebar is long enough to be filled in by the publish step. */
  const longSidebar = (dir: string) => blogOf(dir, { blog: { blogSidebarCount: 'ALL' } });

  it('fills the slot of every other blog page from the first one, marking the page’s own post', async () => {
    const blog = longSidebar(siteDir());
    const { out, postFile, post } = await exportWithSidebar(
      blog,
      sidebar('source', '', links.replace('/2026/01/02/x/', '/2026/01/01/hello/')),
    );
    const result = await run(out, blog);
    expect(result.errors).toEqual([]);
    expect(result.info).toContain('sidebar: copied into 1 page from each locale’s first list page');
    expect(read(out, postFile)).toContain(
      `data-current="${post.permalink}"><ul><li><a href="/2026/01/01/hello/" aria-current="page">X</a></li><li><a href="/">Y</a></li></ul></nav>`,
    );
  });

  it('leaves every page as it is when each renders its short sidebar itself', async () => {
    const blog = blogOf(siteDir());
    const { out, postFile } = await exportWithSidebar(
      blog,
      sidebar('source', '', links.replace('/2026/01/02/x/', '/2026/01/01/hello/')),
    );
    const before = read(out, postFile);
    const result = await run(out, blog);
    expect(result.errors).toEqual([]);
    expect(result.info.join('\n')).not.toContain('sidebar:');
    expect(read(out, postFile)).toBe(before);
  });

  it('fails naming the page whose slot it cannot fill', async () => {
    const blog = longSidebar(siteDir());
    const { out, post } = await exportWithSidebar(blog, '<nav>no sidebar</nav>');
    const result = await run(out, blog);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      `postbuild: the blog sidebar of ${post.permalink} cannot be filled: / has no data-blog-sidebar="source"`,
    ]);
  });
});
