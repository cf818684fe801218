import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { contentMessages } from '@/lib/i18n/content-messages';
import { site } from '@/lib/render/site';
import type { CodeBlockProps } from './code-block';
import { CodeBlock, firstLineNumber } from './code-block';

async function render(props: CodeBlockProps): Promise<string> {
  return renderToStaticMarkup(await CodeBlock(props));
}

const CODE = 'const a = 1;\nconst b = 2;\n\nconst d = 4;\n';

const lineClasses = (html: string) =>
  [...html.matchAll(/<span class="(line[^"]*)">/g)].map((match) => match[1]);

describe('CodeBlock', () => {
  it('renders what the same fence renders in Markdown: title, Shiki, highlighted lines, copy', async () => {
    const fence = await renderSingle(
      'a.md',
      '```ts title="lib/posts.ts" {1,3-4}\n' + CODE + '```\n',
    );
    const html = await render({
      language: 'ts',
      metastring: 'title="lib/posts.ts" {1,3-4}',
      children: CODE,
    });
    expect(html).toBe(fence);
    expect(html).toContain('<figcaption class="code-block-title">lib/posts.ts</figcaption>');
    expect(html).toMatch(
      /<span style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">const<\/span>/i,
    );
    expect(lineClasses(html)).toEqual([
      'line highlighted',
      'line',
      'line highlighted',
      'line highlighted',
    ]);
  });

  it('reads magic comments as the same fence does', async () => {
    const magic = 'a();\n// highlight-next-line\nb();\n';
    const fence = await renderSingle('a.md', '```js\n' + magic + '```\n');
    const html = await render({ language: 'js', children: magic });
    expect(html).toBe(fence);
    expect(html).not.toContain('highlight-next-line');
    expect(lineClasses(html)).toEqual(['line', 'line highlighted']);
  });

  it('takes the title prop over the metastring’s, and a language from className', async () => {
    const html = await render({
      className: 'language-rust',
      title: 'main.rs',
      metastring: 'title="other"',
      children: 'fn main() {}',
    });
    expect(html).toMatch(
      /^<figure class="code-block"><figcaption class="code-block-title">main\.rs<\/figcaption><div class="code-block-body"><pre class="shiki /,
    );
    expect(html).toContain('>fn</span>');
    expect(html).toContain('<button type="button" class="code-copy js-only">');
  });

  it('is a plain div without a title, and plain text for languages Shiki does not know', async () => {
    const html = await render({ language: 'klingon', children: '<b>Qapla’</b>' });
    expect(html).toMatch(
      /^<div class="code-block"><div class="code-block-body"><pre class="shiki /,
    );
    // The code is text, escaped, never markup.
    expect(html).toContain('<span>&#x3C;b>Qapla’&#x3C;/b></span>');
    expect(html).not.toContain('<b>');
    expect(lineClasses(html)).toEqual(['line']);
  });

  it('loads a language on first use', async () => {
    const html = await render({ language: 'python', children: 'def f():\n    return 1' });
    expect(html).toMatch(/<span style="[^"]+">def<\/span>/);
  });

  it('numbers lines when asked, from the first line given', async () => {
    const numbered = await render({ language: 'ts', showLineNumbers: true, children: CODE });
    expect(numbered).toMatch(/^<div class="code-block code-block-numbered">/);
    expect(numbered).toMatch(
      /<pre class="shiki [^"]*" style="[^"]*;counter-reset:code-line 0;--line-number-digits:1"/,
    );
    const fromTen = await render({
      language: 'ts',
      metastring: 'showLineNumbers=10',
      children: CODE,
    });
    expect(fromTen).toContain('counter-reset:code-line 9;--line-number-digits:2"');
    expect(await render({ language: 'ts', children: CODE })).not.toContain('numbered');
  });

  it('shows elements it is given as they are', async () => {
    const html = await render({ children: createElement('span', null, 'x') });
    expect(html).toBe(
      `<div class="code-block"><div class="code-block-body"><pre><code><span>x</span></code></pre><button type="button" class="code-copy js-only"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 9h10v10H9zM5 15V5h10"></path></svg><span aria-live="polite">${contentMessages(site.defaultLocale).code.copy}</span></button></div></div>`,
    );
  });
});

describe('firstLineNumber', () => {
  it('reads the prop, then the metastring', () => {
    expect(firstLineNumber(undefined, '')).toBeUndefined();
    expect(firstLineNumber(true, '')).toBe(1);
    expect(firstLineNumber(5, '')).toBe(5);
    expect(firstLineNumber(false, 'showLineNumbers')).toBeUndefined();
    expect(firstLineNumber(undefined, 'title="a" showLineNumbers')).toBe(1);
    expect(firstLineNumber(undefined, 'showLineNumbers=3 {1}')).toBe(3);
    expect(firstLineNumber(undefined, 'title="showLineNumbersX"')).toBeUndefined();
  });
});
