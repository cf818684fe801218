import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileError } from '@/lib/testing/single-post';

/** `markdown.trusted: false`, with `.md` read as Markdown and `.mdx` as MDX. */
const untrusted = { config: { markdown: { format: 'detect' as const, trusted: false } } };
const WHY = '(markdown.trusted is false: posts may not run code)';

describe('posts from strangers (markdown.trusted: false)', () => {
  it.each([
    [
      'an expression that reaches process',
      "Hi {[][`constructor`][`constructor`]('return process')().env.SECRET}\n",
      `posts/a.mdx:5:4: an MDX expression \`{…}\` ${WHY}`,
    ],
    [
      'an import',
      "import fs from 'node:fs'\n\nText\n",
      `posts/a.mdx:5:1: \`import\`/\`export\` ${WHY}`,
    ],
    ['an export', 'export const x = 1\n\nText\n', `posts/a.mdx:5:1: \`import\`/\`export\` ${WHY}`],
    [
      'an event handler',
      '<img src="/img/pic.png" alt="x" onError="alert(1)" />\n',
      `posts/a.mdx:5:1: <img>: the event handler "onError" ${WHY}`,
    ],
    [
      'a prop written as an expression',
      '<Gallery images={[]} />\n',
      `posts/a.mdx:5:1: <Gallery>: "images={…}", an expression ${WHY}`,
    ],
    [
      'a script element',
      '<script>alert(1)</script>\n',
      `posts/a.mdx:5:1: <script> is not allowed ${WHY}`,
    ],
    [
      'a javascript: link in JSX',
      '<a href="javascript:alert(1)">x</a>\n',
      `posts/a.mdx:5:1: <a href="javascript:alert(1)">: only http(s), mailto and relative URLs are allowed ${WHY}`,
    ],
    [
      'a component that is not the engine’s',
      '<Evil />\n',
      `posts/a.mdx:5:1: <Evil> is not one of the components a post may use ${WHY}`,
    ],
  ])('rejects %s in .mdx at the check, with its line', async (_, body, message) => {
    expect(await compileError('a.mdx', body, {}, untrusted)).toContain(message);
  });

  it('cleans raw HTML in .md to an allow-list that keeps details, tables, images and line breaks', async () => {
    const html = await renderSingle(
      'a.md',
      [
        '<script>alert(1)</script>',
        '',
        '<img src="/img/pic.png" alt="pic" onerror="alert(2)">',
        '',
        '<a href="javascript:alert(3)">click</a> <iframe src="https://evil.example"></iframe>',
        '<style>body{display:none}</style><form action="/x"><input name="q"></form>',
        '',
        '<details><summary>More</summary>',
        '',
        'Line one<br>line two',
        '',
        '<table><tr><td>cell</td></tr></table>',
        '',
        '</details>',
      ].join('\n'),
      untrusted,
    );
    for (const gone of [
      '<script',
      'alert(',
      'onerror',
      'javascript:',
      '<iframe',
      '<style',
      '<form',
    ])
      expect(html).not.toContain(gone);
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('Line one<br/>line two');
    expect(html).toContain('<td>cell</td>');
    expect(html).toContain('src="/img/pic.png"');
    expect(html).toContain('>click</a>');
  });
});

describe('javascript: URLs, trusted or not', () => {
  it('are a problem in a Markdown link, at its line', async () => {
    expect(await compileError('a.md', 'See [this](javascript:alert(1)).\n')).toContain(
      'posts/a.md:5:5: link to "javascript:alert(1)": links may not run code (javascript: and the like)',
    );
  });
});
