import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileError } from '@/lib/testing/single-post';

describe('JSX <img> in .mdx', () => {
  it('is checked, sized and opens in the lightbox like a Markdown image', async () => {
    const html = await renderSingle(
      'a.mdx',
      'Text.\n\n<img src="/img/pic.png" alt="A picture" />\n',
    );
    expect(html).toContain(
      '<a href="/img/pic.png" class="lightbox-link"><img src="/img/pic.png" alt="A picture" width="40" height="30" loading="lazy" decoding="async"/></a>',
    );
  });

  it('keeps its class (and then stays a plain image, as raw HTML ones do)', async () => {
    const html = await renderSingle(
      'a.mdx',
      '<img src="/img/pic.png" alt="" className="wide" />\n',
    );
    expect(html).toContain(
      '<img src="/img/pic.png" alt="" class="wide" loading="lazy" decoding="async" width="40" height="30"/>',
    );
  });

  it('keeps the sizes its author gave', async () => {
    const html = await renderSingle('a.mdx', '<img src="/img/pic.png" alt="" width="20" />\n');
    expect(html).toContain('<img src="/img/pic.png" alt="" width="20" loading="lazy"');
    expect(html).not.toContain('height="30"');
  });

  it('fails on a file that does not exist, naming the line', async () => {
    await expect(
      compileError('a.mdx', 'Text.\n\n<img src="/img/nope.png" alt="gone" />\n'),
    ).resolves.toContain('posts/a.mdx:7:1: image "/img/nope.png" is not a file in public/');
  });

  it('fails on a srcset candidate that does not exist (raw HTML in .md)', async () => {
    await expect(
      compileError('a.md', '<img src="/img/pic.png" srcset="/img/nope@2x.png 2x" alt="x">\n'),
    ).resolves.toContain('posts/a.md:5:1: image "/img/nope@2x.png" is not a file in public/');
  });

  it('leaves an <img> whose attributes are computed to its author', async () => {
    const html = await renderSingle('a.mdx', '<img src={"/img/" + "pic.png"} alt="computed" />\n');
    expect(html).toContain('<img src="/img/pic.png" alt="computed"/>');
  });
});

describe('images under a sub-path', () => {
  const blog = { basePath: '/blog' };

  it('get the base path in a JSX <img>', async () => {
    const html = await renderSingle('a.mdx', '<img src="/img/pic.png" alt="x" />\n', blog);
    expect(html).toContain('<img src="/blog/img/pic.png" alt="x" width="40" height="30"');
  });

  it('get the base path in every srcset candidate of raw HTML, and <picture> sources', async () => {
    const html = await renderSingle(
      'a.md',
      '<picture><source srcset="/img/pic.png 1x, /img/pic.png 2x" media="(min-width: 800px)"><img src="/img/pic.png" srcset="/img/pic.png 2x, https://example.com/x.png 3x" alt="x"></picture>\n',
      blog,
    );
    expect(html).toContain('<source srcSet="/blog/img/pic.png 1x, /blog/img/pic.png 2x"');
    expect(html).toContain('srcSet="/blog/img/pic.png 2x, https://example.com/x.png 3x"');
  });
});

describe('a remote image', () => {
  it('of unknown size stays a plain image, not an empty link for the keyboard', async () => {
    const html = await renderSingle('a.md', '![A remote picture](https://example.com/a.png)\n');
    expect(html).toContain(
      '<img src="https://example.com/a.png" alt="A remote picture" loading="lazy" decoding="async"/>',
    );
    expect(html).not.toContain('lightbox-link');
  });
});

describe('the image a post opens with', () => {
  const body = '![Cover](/img/pic.png)\n\nFirst words.\n\n![Later](/img/pic.png)\n';
  const loading = (html: string, alt: string) =>
    new RegExp(`<img [^>]*alt="${alt}"[^>]*>`).exec(html)?.[0];

  it.each(['a.md', 'a.mdx'])(
    'loads first on its page, and the others lazily, in %s',
    async (name) => {
      const html = await renderSingle(name, body);
      expect(loading(html, 'Cover')).toContain('loading="eager" fetchPriority="high"');
      expect(loading(html, 'Later')).toContain('loading="lazy"');
      expect(loading(html, 'Later')).not.toContain('fetchPriority');
    },
  );

  it('loads lazily in lists, and when words come before it', async () => {
    const excerpt = await renderSingle('a.md', body, { excerpt: true });
    expect(loading(excerpt, 'Cover')).toContain('loading="lazy"');
    const later = await renderSingle('a.md', `Words first.\n\n${body}`);
    expect(loading(later, 'Cover')).toContain('loading="lazy"');
  });
});
