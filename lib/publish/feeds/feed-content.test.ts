import { describe, expect, it } from 'vitest';
import { feedContent } from './feed-content';

const PAGE_URL = 'https://example.com/blog/2026/01/01/links/';

/** A post page as the export has it: the layout around the content the feed takes. */
const page = (content: string) =>
  `<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href="/blog/">Home</a></nav>` +
  `<main><article><h1>Links</h1><div class="prose" data-post-content="">${content}</div>` +
  `<footer><a href="/blog/tags/x/">x</a></footer></article></main></body></html>`;

describe('feedContent', () => {
  it('takes the post content only, not the layout around it', () => {
    const html = feedContent(page('<p>Body</p>'), PAGE_URL);
    expect(html).toBe('<p>Body</p>');
  });

  it('makes links and images absolute against the post and drops heading self-links', () => {
    const html =
      feedContent(
        page(
          '<h2 id="section">Section<a class="hash-link" href="#section" aria-label="link">#</a></h2>' +
            '<p><a href="/blog/">home</a> <a href="#section">section</a> <a href="/blog/tags/">other</a> ' +
            '<a href="https://example.org/x" rel="noopener noreferrer" target="_blank">away</a></p>' +
            '<p><img src="/blog/img/pic.png" alt="pic"></p>' +
            '<img src="/blog/img/pic.png" srcset="/blog/img/pic.png 1x, /blog/img/pic.png 2x" alt="">',
        ),
        PAGE_URL,
      ) ?? '';
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

  it('leaves out what only works on the page: buttons, scripts, dialogs and marked controls', () => {
    const html =
      feedContent(
        page(
          '<pre><code>x</code></pre><button type="button">Copy</button>' +
            '<script>alert(1)</script><dialog><p>zoom</p></dialog><template><p>t</p></template>' +
            '<div data-feed-skip=""><input type="search"><p>Filter</p></div><!-- note -->' +
            '<div class="controls js-only"><p role="status">20 of 20</p></div>' +
            '<p hidden>hidden</p><details><summary>More</summary><p>Kept</p></details>',
        ),
        PAGE_URL,
      ) ?? '';
    expect(html).toBe(
      '<pre><code>x</code></pre><details><summary>More</summary><p>Kept</p></details>',
    );
  });

  it('gives an image that links to itself (the zoom) as the image alone', () => {
    const html = feedContent(
      page(
        '<p><a href="/blog/img/a.png" class="lightbox-link" aria-label="zoom"><img src="/blog/img/a.png" alt="A"></a>' +
          '<a href="/blog/other/"><img src="/blog/img/a.png" alt="B"></a></p>',
      ),
      PAGE_URL,
    );
    expect(html).toBe(
      '<p><img src="https://example.com/blog/img/a.png" alt="A">' +
        '<a href="https://example.com/blog/other/"><img src="https://example.com/blog/img/a.png" alt="B"></a></p>',
    );
  });

  it('is undefined for a page without post content', () => {
    expect(feedContent('<html><body><p>x</p></body></html>', PAGE_URL)).toBeUndefined();
  });
});
