import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileWarnings } from '@/lib/testing/single-post';

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

  it('warn about an unknown type, naming the file and line, and keep its text', async () => {
    expect(await compileWarnings('a.mdx', 'Intro\n\n:::success\nText\n:::\n')).toEqual([
      'posts/a.mdx:7:1: unknown admonition ":::success", shown as plain text (use one of :::note, :::tip, :::info, :::warning, :::danger, :::caution)',
    ]);
    expect(await renderSingle('a.mdx', 'Intro\n\n:::success\nText\n:::\n')).toContain(
      '<div><p>Text</p></div>',
    );
  });

  it('take a title the old way, after the type on the same line (Docusaurus 2)', async () => {
    const html = await renderSingle('a.md', ':::info Before you start\n\nText\n\n:::\n');
    expect(html).toContain('<div class="admonition-title">Before you start</div>');
    const mdx = await renderSingle(
      'a.mdx',
      '::::tip 큰 제목\n\n:::note[안쪽]\nInner\n:::\n\n::::\n',
    );
    expect(mdx).toContain('<div class="admonition-title">큰 제목</div>');
    expect(mdx).toContain('<div class="admonition-title">안쪽</div>');
  });

  it("are also what GitHub's alerts become", async () => {
    const html = await renderSingle(
      'a.md',
      '> [!WARNING]\n> Mind the gap.\n\n> [!TIP] Short\n\n> Plain quote\n',
    );
    expect(html).toMatch(
      /admonition-warning[^]*<div class="admonition-title">경고<\/div><p>Mind the gap.<\/p>/,
    );
    expect(html).toMatch(/admonition-tip[^]*<p>Short<\/p>/);
    expect(html).toContain('<blockquote>\n<p>Plain quote</p>\n</blockquote>');
  });
});
