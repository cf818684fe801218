import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { CONTENT_SIZES, GALLERY_SIZES, variantWidths } from '@/lib/compile/responsive-images';
import { publishAssets } from '@/lib/publish/assets';
import { postAt } from '@/lib/testing/sites';
import { singlePostSite } from '@/lib/testing/single-post';

const VARIANT = /\/_assets\/[0-9a-f]{12}\/wide-(\d+)w\.webp/g;

/** The `srcset` and `sizes` of the first `<img>` in some HTML. */
function imageAttributes(html: string): { srcset?: string; sizes?: string } {
  const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
  return {
    srcset: /srcSet="([^"]*)"|srcset="([^"]*)"/i.exec(img)?.slice(1).find(Boolean),
    sizes: /sizes="([^"]*)"/.exec(img)?.[1],
  };
}

describe('smaller copies of local images', () => {
  it('are offered in srcset at standard widths below the image’s own, with its column’s sizes', async () => {
    const html = await renderSingle('a.md', '![A wide picture](/img/wide.png)\n');
    const { srcset, sizes } = imageAttributes(html);
    expect([...(srcset ?? '').matchAll(VARIANT)].map((m) => Number(m[1]))).toEqual([
      480, 800, 1000,
    ]);
    expect(srcset).toMatch(/wide-480w\.webp 480w, .*wide-1000w\.webp 1000w$/);
    expect(sizes).toBe(CONTENT_SIZES);
    // The original stays the image's src and what the lightbox link opens.
    expect(html).toContain(
      '<a href="/img/wide.png" class="lightbox-link"><img src="/img/wide.png"',
    );
    expect(html).toContain('width="1000" height="500"');
  });

  it('take the space of a gallery column in a gallery, and the whole column when all are wide', async () => {
    const html = await renderSingle('a.md', '![one](/img/photo.png)\n![two](/img/photo.png)\n');
    expect(html).toContain('data-columns="2"');
    expect(imageAttributes(html).sizes).toBe(GALLERY_SIZES);
    // Screenshots twice as wide as tall or more: one under the other, at the text's width.
    const wide = await renderSingle('a.md', '![one](/img/wide.png)\n![two](/img/wide.png)\n');
    expect(wide).toContain('data-columns="1"');
    expect(imageAttributes(wide).sizes).toBe(CONTENT_SIZES);
    const mixed = await renderSingle('a.md', '![one](/img/wide.png)\n![two](/img/photo.png)\n');
    expect(mixed).toContain('data-columns="2"');
  });

  it('are under the base path, and not made for small images, sized ones or an author’s srcset', async () => {
    const based = await renderSingle('a.md', '![x](/img/wide.png)\n', { basePath: '/blog' });
    expect(imageAttributes(based).srcset).toMatch(/^\/blog\/_assets\//);
    const small = await renderSingle('a.md', '![x](/img/pic.png)\n');
    expect(imageAttributes(small).srcset).toBeUndefined();
    const sized = await renderSingle('a.mdx', '<img src="/img/wide.png" alt="" width="300" />\n');
    expect(imageAttributes(sized).srcset).toBeUndefined();
    const own = await renderSingle(
      'a.md',
      '<img src="/img/wide.png" srcset="/img/pic.png 2x" alt="x">\n',
    );
    expect(imageAttributes(own).srcset).toBe('/img/pic.png 2x');
  });

  it('widths: none for images barely wider than the smallest, the image’s own width at the top', () => {
    expect(variantWidths(500)).toEqual([]);
    expect(variantWidths(1624)).toEqual([480, 800, 1200, 1624]);
    expect(variantWidths(4000)).toEqual([480, 800, 1200, 1600]);
  });

  it('are made by the publish step as WebP of their width, and reused from the cache', async () => {
    const store = singlePostSite('a.md', '![x](/img/wide.png)\n');
    const { facts } = await store.getCompiledPost(postAt(store, 'a.md'));
    const variants = facts.assets.filter((asset) => asset.resize);
    expect(variants.map((asset) => asset.resize?.width)).toEqual([480, 800, 1000]);
    const root = path.dirname(path.dirname(postAt(store, 'a.md').path));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    const cache = path.join(root, '.cache', 'images');
    expect(await publishAssets(out, root, facts.assets, cache)).toEqual([]);
    const first = variants[0];
    const made = await sharp(path.join(out, decodeURIComponent(first?.url ?? ''))).metadata();
    expect([made.format, made.width, made.height]).toEqual(['webp', 480, 240]);
    const cached = fs.readdirSync(cache);
    expect(cached).toHaveLength(3);
    const times = cached.map((file) => fs.statSync(path.join(cache, file)).mtimeMs);
    await publishAssets(
      fs.mkdtempSync(path.join(os.tmpdir(), 'export-')),
      root,
      facts.assets,
      cache,
    );
    expect(cached.map((file) => fs.statSync(path.join(cache, file)).mtimeMs)).toEqual(times);
  });
});
