import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { contentMessages } from '@/lib/i18n/content-messages';
import { site } from '@/lib/render/site';
import type { AdmonitionProps } from './admonition';
import { Admonition } from './admonition';

const titles = contentMessages(site.defaultLocale).admonitions;

function render(props: AdmonitionProps, ...children: unknown[]) {
  return renderToStaticMarkup(
    createElement(Admonition, props, ...(children as Parameters<typeof createElement>[2][])),
  );
}

const opening = (html: string) =>
  /^<div class="([^"]+)" role="note"><div class="admonition-title">(.*?)<\/div>/.exec(html);

describe('Admonition', () => {
  it('renders what a :::tip in Markdown renders', async () => {
    const markdown = await renderSingle('a.md', ':::tip[제목]\nSome **text**.\n:::\n');
    const component = render(
      { type: 'tip', title: '제목' },
      createElement('p', null, 'Some ', createElement('strong', null, 'text'), '.'),
    );
    expect(component).toBe(markdown);
  });

  it.each([
    ['note', 'admonition-note', titles.note],
    ['tip', 'admonition-tip', titles.tip],
    ['info', 'admonition-info', titles.info],
    ['warning', 'admonition-warning', titles.warning],
    ['danger', 'admonition-danger', titles.danger],
    ['caution', 'admonition-warning', titles.caution],
    ['secondary', 'admonition-note', titles.note],
    ['important', 'admonition-info', titles.info],
    ['success', 'admonition-tip', titles.tip],
    ['Tip', 'admonition-tip', titles.tip],
    ['mystery', 'admonition-info', titles.info],
    [undefined, 'admonition-info', titles.info],
  ])('type %s looks like %s, titled "%s" in the site’s language', (type, className, title) => {
    const match = opening(render(type === undefined ? {} : { type }, 'Body'));
    expect(match?.[1]).toBe(`admonition ${className}`);
    expect(match?.[2]).toBe(title);
  });

  it('takes a title with markup, an icon in place of the type’s, and a className', () => {
    const html = render(
      { type: 'danger', title: createElement('code', null, 'rm -rf'), icon: '🔥', className: 'x' },
      createElement('p', null, 'Careful.'),
    );
    expect(html).toBe(
      '<div class="admonition admonition-danger x" role="note"><div class="admonition-title"><span class="admonition-icon" aria-hidden="true">🔥</span><code>rm -rf</code></div><p>Careful.</p></div>',
    );
  });
});
