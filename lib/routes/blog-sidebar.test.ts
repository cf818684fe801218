import { describe, expect, it } from 'vitest';
import { fillSidebarSlot, sidebarContent } from './blog-sidebar';

const links =
  '<p>최근 글</p><ul><li><a href="/a/">A</a></li><li><a href="/a/b/$&amp;">B</a></li></ul>';
const source = `<body><nav aria-label="최근 글" class="x" data-blog-sidebar="source">${links}</nav><nav>main</nav></body>`;
const slot = (attributes: string) =>
  `<aside><nav aria-label="최근 글" class="x" data-blog-sidebar="slot"${attributes}></nav></aside><main><a href="/a/">A</a></main>`;

describe('the blog sidebar served from one page', () => {
  it('is read from the source page, up to its own end', () => {
    expect(sidebarContent(source)).toBe(links);
    expect(sidebarContent('<nav aria-label="x"><a href="/">x</a></nav>')).toBeUndefined();
  });

  it("fills a slot and marks the page's own post, and no other link", () => {
    const page = fillSidebarSlot(slot(' data-current="/a/b/$&amp;"'), links);
    expect(page).toBe(
      '<aside><nav aria-label="최근 글" class="x" data-blog-sidebar="slot" data-current="/a/b/$&amp;">' +
        '<p>최근 글</p><ul><li><a href="/a/">A</a></li>' +
        '<li><a href="/a/b/$&amp;" aria-current="page">B</a></li></ul></nav></aside>' +
        '<main><a href="/a/">A</a></main>',
    );
  });

  it('fills a slot of a page that is no post without marking anything', () => {
    expect(fillSidebarSlot(slot(''), links)).not.toContain('aria-current');
    expect(fillSidebarSlot(slot(''), links)).toContain(`data-blog-sidebar="slot">${links}</nav>`);
  });

  it('leaves a page without a slot (and the source page) alone', () => {
    expect(fillSidebarSlot('<main>no sidebar</main>', links)).toBeUndefined();
    expect(fillSidebarSlot(source, links)).toBeUndefined();
  });
});
