import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPost } from '@/components/testing/render-post';
import type { TestStore as ContentStore } from '@/lib/testing/sites';
import { copyFixture, postAt, storeFor, writeSite } from '@/lib/testing/sites';

let dir: string;
let store: ContentStore;

beforeAll(() => {
  dir = copyFixture('site');
  store = storeFor(dir);
});

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the seed post, verbatim as .md', () => {
  it('renders its <details> with the 20-row table', async () => {
    const html = await renderPost(store, postAt(store, 'kube-rs-contribution.md'));
    expect(html).toContain(
      '<details>\n<summary>20개 PR 목록 - bug fix 7개, feature 4개, improvement 2개, infra 7개</summary>',
    );
    const table = html.slice(html.indexOf('<details>'), html.indexOf('</details>'));
    expect(count(table, /<tr>/g)).toBe(21); // header + 20 rows
    expect(table).toContain(
      '<a href="https://github.com/kube-rs/kube/pull/1940" rel="noopener noreferrer" target="_blank">#1940</a>',
    );
    expect(html).toContain(
      '<h2 id="기여-전체-목록">기여 전체 목록<a class="hash-link" href="#기여-전체-목록"',
    );
  });

  it('has an excerpt that ends before <!-- truncate -->', async () => {
    const post = postAt(store, 'kube-rs-contribution.md');
    const excerpt = await renderPost(store, post, { excerpt: true });
    expect(excerpt).toContain('그 사이에 있었던 일들을 기록해둔다.');
    expect(excerpt).not.toContain('회사에서');
    expect(excerpt).not.toContain('<h2');
    const { code, facts } = await store.getCompiledPost(post);
    expect(facts.truncated).toBe(true);
    // What follows the marker is a function that only the page calls (recma-lazy-rest.ts).
    expect(code).toMatch(/_jsxs?\(TruncateRest, \{\s*render: \(\) =>/);
    const page = await renderPost(store, post);
    expect(page).toContain('그 사이에 있었던 일들을 기록해둔다.');
    expect(page).toContain('회사에서');
  });

  it('renders what follows the marker without React warnings', async () => {
    // A warning here is an error in the dev server's overlay: the lazy rest's element must not
    // be a static-children call without an array, nor its children a keyless array.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await renderPost(store, postAt(store, 'kube-rs-contribution.md'));
      expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });

  it('collects the table of contents from its headings', async () => {
    const { facts } = await store.getCompiledPost(postAt(store, 'kube-rs-contribution.md'));
    expect(facts.toc).toEqual([
      { id: '시작', text: '시작', level: 2 },
      { id: '작업-기록', text: '작업 기록', level: 2 },
      { id: '돌아보며', text: '돌아보며', level: 2 },
      { id: '기여-전체-목록', text: '기여 전체 목록', level: 2 },
    ]);
  });

  it('sizes local images from their files and leaves remote ones alone', async () => {
    const html = await renderPost(store, postAt(store, 'kube-rs-contribution.md'));
    expect(html).toContain(
      '<a href="/img/blog/2026-02-20/bug.png" class="lightbox-link"><img src="/img/blog/2026-02-20/bug.png" alt="bug.png" width="12" height="8" loading="lazy" decoding="async"/></a>',
    );
    expect(html).toContain(
      '<img src="https://i.imgur.com/u6lj9tj.png" alt="" loading="lazy" decoding="async"/>',
    );
  });

  it('shows its pair of review screenshots as a gallery', async () => {
    const html = await renderPost(store, postAt(store, 'kube-rs-contribution.md'));
    const gallery = html.slice(html.indexOf('<ul class="gallery'), html.indexOf('</ul>'));
    expect(gallery).toContain('aria-label="이미지 2장"');
    expect(gallery.match(/<img src="\/img\/blog\/2026-02-20\/first-review-\d.png"/g)).toEqual([
      '<img src="/img/blog/2026-02-20/first-review-1.png"',
      '<img src="/img/blog/2026-02-20/first-review-2.png"',
    ]);
  });
});

describe('the seed post, verbatim as .md, read as MDX (Docusaurus 3’s default)', () => {
  it('renders as it does as CommonMark, but for the line breaks between tags', async () => {
    const asMdx = storeFor(dir, { config: { markdown: { format: 'mdx' } } });
    const post = postAt(asMdx, 'kube-rs-contribution.md');
    const compact = (html: string) => html.replace(/>\s+</g, '><');
    expect(compact(await renderPost(asMdx, post))).toBe(
      compact(await renderPost(store, postAt(store, 'kube-rs-contribution.md'))),
    );
  });
});

describe('the real kube-rs post in posts/ (MDX)', () => {
  it('renders with the same structure as the verbatim .md', async () => {
    const site = storeFor(path.resolve(import.meta.dirname, '..', '..'));
    const post = site.getPost('/2026/02/20/kube-rs-contribution/');
    expect(post?.format).toBe('mdx');
    expect(post?.tags.map((tag) => tag.label)).toEqual([
      'open-source',
      'rust',
      'kubernetes',
      'kube-rs',
    ]);
    if (!post) return;
    const html = await renderPost(site, post);
    const details = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
    expect(details).toContain(
      '<summary>20개 PR 목록 - bug fix 7개, feature 4개, improvement 2개, infra 7개</summary>',
    );
    expect(count(details, /<tr>/g)).toBe(21); // header + 20 rows
    expect(details).toContain('<a href="https://github.com/kube-rs/kube/pull/1940"');
    // Its two review screenshots are wide: one under the other.
    expect(html).toContain('<ul class="gallery not-prose" data-columns="1"');
    const excerpt = await renderPost(site, post, { excerpt: true });
    expect(excerpt).toContain('그 사이에 있었던 일들을 기록해둔다.');
    expect(excerpt).not.toContain('회사에서');
  });
});

describe('MDX', () => {
  it('passes JavaScript props and expressions through (blockJS is off)', async () => {
    const Shout = ({ items }: { items: string[] }) => createElement('b', null, items.join('+'));
    const html = await renderPost(store, postAt(store, 'slugged.mdx'), { components: { Shout } });
    expect(html).toContain('The answer is 42.');
    expect(html).toContain('<b>a+b</b>');
  });

  it('splits at {/* truncate */}', async () => {
    const post = postAt(store, 'slugged.mdx');
    const excerpt = await renderPost(store, post, {
      excerpt: true,
      components: { Shout: () => null },
    });
    expect(excerpt).toContain('The answer is 42.');
    expect(excerpt).not.toContain('After the marker');
    expect((await store.getCompiledPost(post)).code).toMatch(
      /_jsxs?\(TruncateRest, \{\s*render: \(\) =>/,
    );
    const page = await renderPost(store, post, { components: { Shout: () => null } });
    expect(page).toContain('After the marker');
    expect(page).toContain('<details>');
  });

  it('refuses code in posts from strangers (markdown.trusted: false)', async () => {
    const site = storeFor(
      writeSite({
        'posts/evil.mdx': '---\ntitle: x\ndate: 2026-01-01\n---\n\n{process.exit(1)}\n',
      }),
      { config: { markdown: { format: 'detect', trusted: false } } },
    );
    await expect(site.getCompiledPost(postAt(site, 'evil.mdx'))).rejects.toThrow(
      'posts/evil.mdx:6:1: an MDX expression `{…}` (markdown.trusted is false: posts may not run code)',
    );
  });

  it('accepts Docusaurus-style HTML comments and {#id} headings in .mdx', async () => {
    const site = storeFor(
      writeSite({
        'posts/compat.mdx':
          '---\ntitle: x\ndate: 2026-01-01\n---\n\nIntro\n\n<!-- truncate -->\n\n## Heading {#my-id}\n\n`<!-- kept -->`\n',
      }),
    );
    const post = postAt(site, 'compat.mdx');
    const html = await renderPost(site, post);
    expect(html).toContain('<h2 id="my-id">Heading<a class="hash-link" href="#my-id"');
    expect(html).toContain('<code>&lt;!-- kept --&gt;</code>');
    expect((await site.getCompiledPost(post)).facts.truncated).toBe(true);
  });
});

describe('Markdown features', () => {
  it('uses explicit {#id}s and Korean ids, and builds the TOC from the headings', async () => {
    const { facts } = await store.getCompiledPost(postAt(store, '2024-01-15-dated.md'));
    expect(facts.toc).toEqual([
      { id: 'custom-id', text: 'First section', level: 2 },
      { id: 'sub-section', text: 'Sub section', level: 3 },
      { id: 'deep-section', text: 'Deep section', level: 4 },
      { id: 'too-deep-for-the-toc', text: 'Too deep for the TOC', level: 5 },
    ]);
    const nested = await renderPost(store, postAt(store, 'nested.md'));
    expect(nested).toContain('<h2 id="한글-제목">');
  });

  it('highlights code at build time with light and dark themes', async () => {
    const html = await renderPost(store, postAt(store, '2024-01-15-dated.md'));
    expect(html).toMatch(
      /<pre class="shiki shiki-themes github-light-default github-dark-default"/,
    );
    expect(html).toContain('--shiki-dark:');
  });

  it('turns links to other posts’ files into their permalinks', async () => {
    const html = await renderPost(store, postAt(store, 'nested.md'));
    expect(html).toContain('<a href="/2024/01/15/dated/#custom-id">the dated post</a>');
  });

  it('publishes images next to a folder post, with their size', async () => {
    const post = postAt(store, 'folder-post/index.md');
    const html = await renderPost(store, post);
    const { assets } = (await store.getCompiledPost(post)).facts;
    expect(assets).toEqual([
      {
        source: fs.realpathSync(path.join(dir, 'posts/2024-04-01-folder-post/diagram.png')),
        url: expect.stringMatching(/^\/_assets\/[0-9a-f]{12}\/diagram\.png$/),
      },
    ]);
    // The post opens with it: it loads first.
    expect(html).toContain(
      `<img src="${assets[0]?.url}" alt="A diagram" width="64" height="48" loading="eager" fetchPriority="high" decoding="async"/>`,
    );
    // Compiling writes nothing outside its cache: the publish step copies the file.
    expect(fs.existsSync(path.join(dir, 'public/_assets'))).toBe(false);
  });

  it('drops the leading # H1 that became the title', async () => {
    const html = await renderPost(store, postAt(store, 'h1-title.md'));
    expect(html).not.toContain('Title From Heading');
    expect(html).toContain('<strong>paragraph</strong>');
  });

  it('prefixes site paths with the base path', async () => {
    const sub = storeFor(copyFixture('site'), { basePath: '/blog' });
    const html = await renderPost(sub, postAt(sub, 'nested.md'));
    expect(html).toContain('<a href="/blog/2024/01/15/dated/#custom-id">');
    expect(html).toContain('<a href="/blog/">home</a>');
    const seed = await renderPost(sub, postAt(sub, 'kube-rs-contribution.md'));
    expect(seed).toContain('src="/blog/img/blog/2026-02-20/bug.png"');
  });
});
