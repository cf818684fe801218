import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type PageReading, checkSite, cssUrls, formatProblem } from './check-site';

/** A fabricated export: `{ 'index.html': '…' }`, written to a temporary folder. */
function writeExport(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-export-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

function messages(dir: string, basePath = '', sources: Record<string, string> = {}) {
  return checkSite({
    dir,
    basePath,
    siteUrl: 'https://example.com',
    sourceOf: (pagePath) => sources[pagePath],
  }).map((problem) => formatProblem(problem).replace(dir, 'out'));
}

describe('checkSite', () => {
  it('passes a site whose links, fragments and files all exist', () => {
    const dir = writeExport({
      'index.html': page(
        [
          '<a href="/2026/01/01/post/">post</a>',
          '<a href="2026/01/01/post/#%EC%8B%9C%EC%9E%91">Korean fragment</a>',
          '<a href="/2026/01/01/post">without the slash</a>',
          '<a href="#top">top</a> <a href="#">self</a> <a href="">self</a>',
          '<a href="/tags/오픈소스/">tag</a> <a href="/tags/%EC%98%A4%ED%94%88%EC%86%8C%EC%8A%A4/">tag</a>',
          '<a href="https://elsewhere.example/nope/">external</a> <a href="mailto:a@b.c">mail</a>',
          '<a href="https://example.com/rss.xml">same origin, absolute</a>',
          '<img src="/img/a.png" srcset="/img/a.png 1x, /img/a.png 2x" alt="">',
          '<script src="/_next/static/app.js"></script>',
        ].join('\n'),
        '<link rel="stylesheet" href="/_next/static/css/app.css"><link rel="preconnect" href="/">',
      ),
      '2026/01/01/post/index.html': page('<h2 id="시작">시작</h2><a href="../../../../">home</a>'),
      'tags/오픈소스/index.html': page('tag'),
      'rss.xml': '<rss/>',
      'img/a.png': 'png',
      '_next/static/app.js': '',
      '_next/static/css/app.css':
        '@font-face{src:url(../media/font.woff2) format("woff2"),url("data:font/woff2;base64,AA")}',
      '_next/static/media/font.woff2': 'font',
    });
    expect(messages(dir)).toEqual([]);
  });

  it('reports missing pages, fragments, images, scripts and fonts once, naming page and target', () => {
    const dir = writeExport({
      'index.html': page(
        [
          '<a href="/nope/">nope</a>',
          '<a href="/2026/01/01/post/#nowhere">bad fragment</a>',
          '<img src="/img/missing.png" alt="">',
          '<script src="/_next/static/missing.js"></script>',
          '<a href="https://example.com/gone/">absolute</a>',
        ].join('\n'),
        '<link rel="stylesheet" href="/_next/static/css/app.css">',
      ),
      '2026/01/01/post/index.html': page('<a href="/nope/">nope again</a><a href="#later">x</a>'),
      'page/2/index.html': page('<a href="/nope/">and again</a>'),
      '_next/static/css/app.css': '@font-face{src:url(../media/missing.woff2)}',
    });
    expect(messages(dir, '', { '/2026/01/01/post/': 'posts/2026-01-01-post.md' })).toEqual([
      'out/2026/01/01/post/index.html: link to "/nope/" — no such page (from posts/2026-01-01-post.md; also on 2 other pages)',
      'out/2026/01/01/post/index.html: link to "#later" — no element with id "later" on /2026/01/01/post/ (from posts/2026-01-01-post.md)',
      'out/_next/static/css/app.css: font "../media/missing.woff2" — no such file',
      'out/index.html: link to "/2026/01/01/post/#nowhere" — no element with id "nowhere" on /2026/01/01/post/',
      'out/index.html: image "/img/missing.png" — no such file',
      'out/index.html: script "/_next/static/missing.js" — no such file',
      'out/index.html: link to "https://example.com/gone/" — no such page',
    ]);
  });

  it('reads the page around inline scripts as a browser does, whatever they hold', () => {
    const dir = writeExport({
      'index.html': page(
        [
          '<script data-note="a > b">self.x.push("<a href=\\"/in-a-script/\\">")</script>',
          '<a href="/after-a-script/">after</a>',
          '<script type=\'application/ld+json\'>{"url": "</scrip"}</SCRIPT >',
          '<a href="#x">x</a><h2 id="x">x</h2><a href="/after-two/">after two</a>',
          '<script src="/_next/static/app.js" async=""></script>',
        ].join('\n'),
      ),
      '_next/static/app.js': '',
    });
    expect(messages(dir)).toEqual([
      'out/index.html: link to "/after-a-script/" — no such page',
      'out/index.html: link to "/after-two/" — no such page',
    ]);
  });

  it('reads attributes as a browser decodes them, in templates too, and old-style anchors', () => {
    const dir = writeExport({
      'index.html': page(
        [
          '<a href="/a/?x=1&amp;y=2#caf&eacute;">decoded</a> <a href="/a/#old">name anchor</a>',
          '<template><a href="/in-a-template/">t</a><p id="templated">x</p></template>',
          '<a href="#templated">to it</a> <A HREF="/upper/">upper case</A>',
          '<img src="/img/a.png" srcset="/img/a.png 1x,/img/missing.png 2x" alt="">',
        ].join('\n'),
      ),
      'a/index.html': page('<h2 id="café">café</h2><a name="old"></a>'),
      'img/a.png': 'png',
    });
    expect(messages(dir)).toEqual([
      'out/index.html: link to "/in-a-template/" — no such page',
      'out/index.html: link to "/upper/" — no such page',
      'out/index.html: image "/img/missing.png" — no such file',
    ]);
  });

  it('reads a filled blog sidebar on its source page only', () => {
    const sidebar = '<a href="/gone/">gone</a>';
    const dir = writeExport({
      'index.html': page(`<nav data-blog-sidebar="source">${sidebar}</nav>`),
      'a/index.html': page(
        `<nav data-blog-sidebar="slot" data-current="/a/">${sidebar}<br><img src="/img/x.png" alt=""><nav><style>.x{background:url(/gone.png)}</style></nav></nav><a href="/after/">after</a>`,
      ),
    });
    expect(messages(dir)).toEqual([
      'out/a/index.html: link to "/after/" — no such page',
      'out/index.html: link to "/gone/" — no such page',
    ]);
  });

  it('checks a sub-path export against its base path', () => {
    const dir = writeExport({
      'index.html': page(
        '<a href="/blog/ok/">ok</a><a href="/ok/">forgot the base path</a><img src="/img/a.png" alt="">',
        '<link rel="alternate" type="application/rss+xml" href="https://example.com/blog/rss.xml">' +
          '<link rel="canonical" href="https://example.com/blog/">' +
          '<meta property="og:image" content="https://example.com/blog/img/missing.png">',
      ),
      'ok/index.html': page('<meta http-equiv="refresh" content="0; url=/blog/gone/">'),
      'img/a.png': 'png',
    });
    expect(messages(dir, '/blog')).toEqual([
      'out/index.html: feed link to "https://example.com/blog/rss.xml" — no such file',
      'out/index.html: image "https://example.com/blog/img/missing.png" — no such file',
      'out/index.html: link to "/ok/" — outside the base path /blog',
      'out/index.html: image "/img/a.png" — outside the base path /blog',
      'out/ok/index.html: redirect to "/blog/gone/" — no such page',
    ]);
  });
});

describe('what the check keeps of a page', () => {
  it('holds none of the page’s text (only its own copies of ids and links)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // 40 pages of ~1 MB (Hangul: two bytes a character), each with an id and a link as long as
    // a post's (V8 copies strings under 13 characters rather than slicing them).
    const body = '가나다라마바사 '.repeat(62_500);
    const post = (i: number) => `/2026/02/20/post-number-${i}/`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      const next = (i + 1) % 40;
      files[`${post(i).slice(1)}index.html`] = page(
        `<h2 id="heading-of-post-${i}">제목</h2><p>${body}</p><a href="${post(next)}#heading-of-post-${next}">다음</a>`,
      );
    }
    const dir = writeExport(files);
    const kept: PageReading[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    const problems = checkSite({
      dir,
      basePath: '',
      siteUrl: 'https://example.com',
      sourceOf: () => undefined,
      readings: {
        read(file, read) {
          const reading = read(fs.readFileSync(file, 'utf8'));
          kept.push(reading);
          return reading;
        },
      },
    });
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(problems).toEqual([]);
    expect(kept.map((reading) => reading.ids)).toContainEqual(['heading-of-post-0']);
    // The 40 pages are ~40 MB of text; what is kept of them, a few kB.
    expect(grown).toBeLessThan(4_000_000);
  });
});

describe('cssUrls', () => {
  it('finds url() and @import, quoted or not, and skips data URLs and comments', () => {
    expect(
      cssUrls(
        '@import "a.css";/* url(x.png) */.a{background:url( b.png )}' +
          `.b{src:url('c.woff2'),url("d.woff"),url(data:x)}`,
      ),
    ).toEqual(['b.png', 'c.woff2', 'd.woff', 'a.css']);
  });
});
