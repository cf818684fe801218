import fs from 'node:fs';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment, serialize } from 'parse5';
import type { ReactNode } from 'react';
import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedComponents } from '@/components/mdx/mdx-components';
import type { ContentStore } from '../load/store';
import { renderMdx } from '../render/evaluate';
import { copyFixture, postAt, storeFor, writeSite } from '../testing/sites';
import { renderFeedHtml, renderToHtml } from './html';

type Parse5Node = DefaultTreeAdapterMap['childNode'];

function sortAttributes(node: Parse5Node) {
  if ('attrs' in node) node.attrs.sort((a, b) => a.name.localeCompare(b.name));
  if ('childNodes' in node) node.childNodes.forEach(sortAttributes);
}

/** The same HTML, however it is spelled (`<img/>` or `<img>`, `&#x27;` or `'`, any order). */
function normalize(html: string): string {
  const fragment = parseFragment(html);
  fragment.childNodes.forEach(sortAttributes);
  return serialize(fragment);
}

/** Components the posts below use: the fixtures' `<Shout items={[…]} />` and a `<Note>`. */
const Shout = ({ items }: { items: string[] }) => createElement('b', null, items.join('+'));
const Note = ({ children }: { children?: ReactNode }) =>
  createElement('aside', { className: 'note' }, children);
const components = { ...feedComponents, Shout, Note };

async function elementsOf(store: ContentStore, suffix: string) {
  const { code } = await store.getCompiledPost(postAt(store, suffix));
  return renderMdx(code, components);
}

describe('renderToHtml', () => {
  let fixtures: ContentStore;
  beforeAll(() => {
    fixtures = storeFor(copyFixture('site'));
  });

  it('writes every fixture post as react-dom/server does', async () => {
    const posts = fixtures.getAllPosts();
    expect(posts.length).toBeGreaterThan(5);
    for (const post of posts) {
      const elements = renderMdx((await fixtures.getCompiledPost(post)).code, components);
      const expected = renderToStaticMarkup(createElement(Fragment, null, elements));
      expect(normalize(await renderToHtml(elements)), post.file).toBe(normalize(expected));
    }
  });

  it('writes JSX with styles, SVG, booleans and raw HTML as react-dom/server does', async () => {
    const store = storeFor(
      writeSite({
        'posts/2026-01-01-jsx.mdx': [
          '---',
          'title: JSX',
          '---',
          '',
          '<Note>A **note** & more</Note>',
          '',
          '<div style={{ marginTop: 12, lineHeight: 1.5, "--accent": "red", WebkitUserSelect: "none" }} data-x="1" aria-hidden hidden>x</div>',
          '',
          '<svg viewBox="0 0 10 10" strokeWidth={2}><path d="M0 0L10 10" strokeLinecap="round" /></svg>',
          '',
          '<input type="checkbox" defaultChecked disabled />',
          '',
          '<p dangerouslySetInnerHTML={{ __html: "<b>raw</b> &amp; more" }} />',
          '',
          'Text with "quotes", \'apostrophes\', {"<"}, > and & {"{braces}"}.',
        ].join('\n'),
      }),
    );
    const elements = await elementsOf(store, 'jsx.mdx');
    const expected = renderToStaticMarkup(createElement(Fragment, null, elements));
    expect(normalize(await renderToHtml(elements))).toBe(normalize(expected));
  });
});

describe('renderFeedHtml', () => {
  let store: ContentStore;
  beforeAll(() => {
    const dir = writeSite({
      'posts/2026-01-01-links.md': [
        '---',
        'title: Links',
        '---',
        '',
        '## Section',
        '',
        '[home](/) [section](#section) [other](/tags/) [away](https://example.org/x)',
        '',
        '![pic](/img/pic.png)',
        '',
        '<img src="/img/pic.png" srcset="/img/pic.png 1x, /img/pic.png 2x" alt="">',
      ].join('\n'),
    });
    // A one-pixel PNG, so that the image checks of the compile step pass.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    fs.mkdirSync(`${dir}/public/img`, { recursive: true });
    fs.writeFileSync(`${dir}/public/img/pic.png`, png);
    store = storeFor(dir, { basePath: '/blog' });
  });

  it('makes links and images absolute against the post and drops heading self-links', async () => {
    const html = await renderFeedHtml(
      await elementsOf(store, 'links.md'),
      'https://example.com/blog/2026/01/01/links/',
    );
    expect(html).toContain('<h2 id="section">Section</h2>');
    expect(html).not.toContain('hash-link');
    expect(html).toContain('href="https://example.com/blog/"');
    expect(html).toContain('href="https://example.com/blog/2026/01/01/links/#section"');
    expect(html).toContain('href="https://example.com/blog/tags/"');
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('src="https://example.com/blog/img/pic.png"');
    expect(html).toContain(
      'srcset="https://example.com/blog/img/pic.png 1x, https://example.com/blog/img/pic.png 2x"',
    );
    expect(html).not.toMatch(/(?:href|src)="\//);
  });
});
