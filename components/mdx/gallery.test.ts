import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileError } from '@/lib/testing/single-post';

const PAIR = '![first](/img/pic.png)\n![second](/img/blog/2026-02-20/bug.png)\n';

const galleryLinks = (html: string) =>
  [
    ...html.matchAll(/<li class="gallery-item"><figure><a href="([^"]+)" class="lightbox-link">/g),
  ].map((match) => match[1]);

describe('automatic galleries', () => {
  it.each(['a.md', 'a.mdx'])(
    'turn a paragraph of two images into a gallery in %s',
    async (name) => {
      const html = await renderSingle(name, `Before.\n\n${PAIR}\nAfter.\n`);
      expect(html).toContain(
        '<ul class="gallery not-prose" data-columns="2" aria-label="이미지 2장" role="list">',
      );
      expect(galleryLinks(html)).toEqual(['/img/pic.png', '/img/blog/2026-02-20/bug.png']);
      // Sizes come from the files, so the grid does not jump as images load.
      expect(html).toContain(
        '<img src="/img/pic.png" alt="first" width="40" height="30" loading="lazy"',
      );
      expect(html).toContain('<p>Before.</p>');
    },
  );

  it('leave a paragraph with one image, or images and text, alone', async () => {
    const html = await renderSingle(
      'a.md',
      'Look: ![first](/img/pic.png) ![second](/img/pic.png)\n\n![only](/img/pic.png)\n',
    );
    expect(html).not.toContain('gallery');
    expect(html).toContain('<p>Look: <a href="/img/pic.png" class="lightbox-link">');
    expect(html).toContain(
      '<p><a href="/img/pic.png" class="lightbox-link"><img src="/img/pic.png" alt="only" width="40" height="30"',
    );
  });

  it('use raw HTML images in .md too', async () => {
    const html = await renderSingle(
      'a.md',
      '<p><img src="/img/pic.png" alt="one"> <img src="/img/pic.png" alt="two"></p>\n',
    );
    expect(galleryLinks(html)).toEqual(['/img/pic.png', '/img/pic.png']);
  });
});

describe('<Gallery>', () => {
  it('takes Markdown or <img> children', async () => {
    const html = await renderSingle(
      'a.mdx',
      '<Gallery>\n![first](/img/pic.png)\n<img src="/img/blog/2026-02-20/bug.png" alt="second" />\n![third](/img/pic.png "Third, captioned")\n</Gallery>\n',
    );
    expect(html).toContain('data-columns="3" aria-label="이미지 3장"');
    expect(galleryLinks(html)).toEqual([
      '/img/pic.png',
      '/img/blog/2026-02-20/bug.png',
      '/img/pic.png',
    ]);
    expect(html).toContain('alt="second" width="12" height="8"');
    expect(html).toContain('<figcaption>Third, captioned</figcaption>');
  });

  it('takes an images prop with captions', async () => {
    const html = await renderSingle(
      'a.mdx',
      "<Gallery images={[{ src: '/img/pic.png', alt: 'A picture', caption: '그림 1' }, { src: '/img/pic.png', alt: 'Again' }]} />\n",
    );
    expect(galleryLinks(html)).toEqual(['/img/pic.png', '/img/pic.png']);
    expect(html).toContain('<img src="/img/pic.png" alt="A picture" width="40" height="30"');
    expect(html.match(/<figcaption>/g)).toHaveLength(1);
    expect(html).toContain('<figcaption>그림 1</figcaption>');
  });

  it('shows plain images in excerpts, where nothing zooms', async () => {
    const html = await renderSingle(
      'a.mdx',
      `<Gallery>\n${PAIR}</Gallery>\n\n![alone](/img/pic.png)\n`,
      {
        excerpt: true,
      },
    );
    expect(html).toContain('<ul class="gallery not-prose"');
    expect(html).not.toContain('lightbox-link');
    expect(html).toContain('<img src="/img/pic.png" alt="alone"');
  });

  it('rejects what is not an image, naming the file and line', async () => {
    await expect(
      compileError('a.mdx', 'Intro\n\n<Gallery>\n![one](/img/pic.png)\n\nSome words\n</Gallery>\n'),
    ).resolves.toContain(
      'posts/a.mdx:10:1: <Gallery> may only hold images (found text "Some words")',
    );
  });

  it('rejects a bad images prop, naming the field', async () => {
    const message = await compileError(
      'a.mdx',
      "<Gallery images={[{ src: '/img/pic.png', alt: 'ok' }, { src: '/img/pic.png', title: 'x' }]} />\n",
    );
    expect(message).toContain('posts/a.mdx:5:1: <Gallery> "images[1].alt" must be a string');
    expect(message).toContain('posts/a.mdx:5:1: <Gallery> "images[1]" has unknown keys "title"');
  });

  it('rejects images known only at run time, and images that do not exist', async () => {
    await expect(
      compileError('a.mdx', 'export const list = [];\n\n<Gallery images={list} />\n'),
    ).resolves.toContain(
      'posts/a.mdx:7:1: <Gallery> takes images as children or as a plain "images={[{ src, alt, caption }]}" list, not "images"',
    );
    await expect(
      compileError('a.md', '![a](/img/pic.png)\n![b](/img/nope.png)\n'),
    ).resolves.toContain('posts/a.md:6:1: image "/img/nope.png" is not a file in public/');
  });

  it('asks for alt text on an <img> child', async () => {
    await expect(
      compileError('a.mdx', '<Gallery>\n<img src="/img/pic.png" />\n</Gallery>\n'),
    ).resolves.toContain(
      'posts/a.mdx:6:1: <img> in <Gallery> needs plain text "src" and "alt" attributes',
    );
  });

  it('needs at least one image', async () => {
    await expect(compileError('a.mdx', '<Gallery></Gallery>\n')).resolves.toContain(
      'posts/a.mdx:5:1: <Gallery> needs at least one image',
    );
  });
});

describe('standalone images', () => {
  it('link to their full-size file (the lightbox without JavaScript)', async () => {
    const html = await renderSingle(
      'a.md',
      'Two images.\n\n![A chart](/img/pic.png "Weekly")\n\n![](/img/pic.png)\n',
    );
    expect(html).toContain(
      '<a href="/img/pic.png" class="lightbox-link"><img src="/img/pic.png" alt="A chart" width="40" height="30" title="Weekly" loading="lazy" decoding="async"/></a>',
    );
    // An image without alt text still gives its link a name.
    expect(html).toContain(
      '<a href="/img/pic.png" class="lightbox-link" aria-label="이미지 크게 보기">',
    );
  });

  it('stay plain inside links, where a second link cannot go', async () => {
    const html = await renderSingle('a.md', '[![Badge](/img/pic.png)](https://example.com)\n');
    expect(html).not.toContain('lightbox-link');
    expect(html).toContain(
      '<a href="https://example.com" rel="noopener noreferrer" target="_blank"><img src="/img/pic.png" alt="Badge"',
    );
  });
});
