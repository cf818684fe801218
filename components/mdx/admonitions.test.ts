import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileError } from '@/lib/testing/single-post';

describe('admonitions', () => {
  it.each(['a.md', 'a.mdx'])('render :::type[title] with Markdown inside in %s', async (name) => {
    const html = await renderSingle(
      name,
      ':::tip[제목과 `code`]\nSome **text**.\n\n- one\n- two\n:::\n',
    );
    expect(html).toContain(
      '<div class="admonition admonition-tip" role="note"><div class="admonition-title">제목과 <code>code</code></div><p>Some <strong>text</strong>.</p><ul>',
    );
    expect(html).toContain('<li>two</li>');
  });

  it('title each type in the site language unless a title is given', async () => {
    const body = ['note', 'tip', 'info', 'warning', 'danger', 'caution']
      .map((type) => `:::${type}\nBody of ${type}.\n:::\n`)
      .join('\n');
    const html = await renderSingle('a.md', body);
    const titles = [
      ...html.matchAll(
        /<div class="admonition (admonition-\w+)" role="note"><div class="admonition-title">([^<]+)</g,
      ),
    ];
    expect(titles.map((match) => [match[1], match[2]])).toEqual([
      ['admonition-note', '노트'],
      ['admonition-tip', '팁'],
      ['admonition-info', '정보'],
      ['admonition-warning', '경고'],
      ['admonition-danger', '위험'],
      ['admonition-warning', '주의'],
    ]);
  });

  it('nest with longer fences', async () => {
    const html = await renderSingle('a.mdx', '::::info\nOuter\n\n:::danger\nInner\n:::\n::::\n');
    expect(html).toMatch(
      /admonition-info[^]*<p>Outer<\/p><div class="admonition admonition-danger"[^]*<p>Inner<\/p><\/div><\/div>/,
    );
  });

  it('leave other colons as the author wrote them', async () => {
    const html = await renderSingle('a.md', 'ratio:high at 10:30, see :abbr[x]{y=z}\n\n::leaf\n');
    expect(html).toContain('<p>ratio:high at 10:30, see :abbr[x]{y=z}</p>');
    expect(html).toContain('<p>::leaf</p>');
  });

  it('reject an unknown type, naming the file and line', async () => {
    await expect(compileError('a.mdx', 'Intro\n\n:::important\nText\n:::\n')).resolves.toContain(
      'posts/a.mdx:7:1: unknown admonition ":::important" (use one of :::note, :::tip, :::info, :::warning, :::danger, :::caution)',
    );
  });
});
