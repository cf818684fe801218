import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileWarnings } from '@/lib/testing/single-post';

const FENCE =
  '```ts title="lib/posts.ts" {1,3-4}\nconst a = 1;\nconst b = 2;\n\nconst d = 4;\n```\n';

const lineClasses = (html: string) =>
  [...html.matchAll(/<span class="(line[^"]*)">/g)].map((match) => match[1]);

describe('code blocks', () => {
  it.each(['a.md', 'a.mdx'])('show a title and highlighted lines in %s', async (name) => {
    const html = await renderSingle(name, FENCE);
    expect(html).toContain(
      '<figure class="code-block"><figcaption class="code-block-title">lib/posts.ts</figcaption><div class="code-block-body"><pre class="shiki',
    );
    expect(lineClasses(html)).toEqual([
      'line highlighted',
      'line',
      'line highlighted',
      'line highlighted',
    ]);
  });

  it('get a copy button beside the highlighted code, hidden without JavaScript', async () => {
    const html = await renderSingle('a.md', '```rust\nfn main() {}\n```\n');
    expect(html).toMatch(
      /^<div class="code-block"><div class="code-block-body"><pre class="shiki [^]*<\/pre><button type="button" class="code-copy js-only">[^]*<span aria-live="polite">복사<\/span><\/button><\/div><\/div>$/,
    );
    expect(lineClasses(html)).toEqual(['line']);
  });

  it('warn about highlighted lines they cannot read, naming the file and line, as Docusaurus', async () => {
    expect(await compileWarnings('a.md', 'Text\n\n```ts {2,9}\none\ntwo\nthree\n```\n')).toEqual([
      'posts/a.md:7:1: code block: highlights line 9, but the block has 3 lines',
    ]);
    expect(await compileWarnings('a.mdx', '```ts {4-2}\none\n```\n')).toEqual([
      'posts/a.mdx:5:1: code block: "{4-2}": the range 4-2 runs backwards; no lines are highlighted',
    ]);
    expect(await compileWarnings('a.md', '```ts {first}\none\n```\n')).toEqual([
      'posts/a.md:5:1: code block: "{first}" must list lines and ranges, such as {1,3-4}; no lines are highlighted',
    ]);
    // A full-width comma, as a real post had it: the block is there, without highlights.
    const html = await renderSingle('a.md', '```ts {1，3-7}\none\n```\n');
    expect(lineClasses(html)).toEqual(['line']);
  });

  it.each(['a.md', 'a.mdx'])(
    'highlight the lines magic comments name, and leave the comments out, in %s',
    async (name) => {
      const fence = [
        '```js',
        'const a = 1;',
        '// highlight-next-line',
        'const b = 2;',
        '// highlight-start',
        'const c = 3;',
        'const d = 4;',
        '// highlight-end',
        'const e = 5;',
        '```',
        '',
      ].join('\n');
      const html = await renderSingle(name, fence);
      expect(html).not.toContain('highlight-');
      expect(lineClasses(html)).toEqual([
        'line',
        'line highlighted',
        'line highlighted',
        'line highlighted',
        'line',
      ]);
    },
  );

  it('leave magic comments as code where Docusaurus does', async () => {
    // A fence that names its lines, and a block without a language.
    const named = await renderSingle('a.md', '```js {1}\n// highlight-next-line\nrun();\n```\n');
    expect(named).toContain('highlight-next-line');
    expect(lineClasses(named)).toEqual(['line highlighted', 'line']);
    const plain = await renderSingle('a.md', '```\n# highlight-next-line\nrun\n```\n');
    expect(plain).toContain('highlight-next-line');
  });
});
