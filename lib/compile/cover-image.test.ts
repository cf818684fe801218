import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverImage } from './context';
import { postAt, storeFor, writeSite } from '../testing/sites';

/** A site whose one post has `image: <image>` on line 3 of its front matter. */
function siteWithCover(image: string, files: Record<string, string> = {}) {
  const store = storeFor(
    writeSite({
      'posts/2026-01-01-a.md': `---\ntitle: A\nimage: ${image}\n---\nText.\n`,
      ...files,
    }),
  );
  return { store, post: postAt(store, '2026-01-01-a.md') };
}

describe('a post cover (front matter image)', () => {
  it('beside the post is published as an asset, and link previews use its path', async () => {
    const { store, post } = siteWithCover('./cover.png', { 'posts/cover.png': 'PNG' });
    const { facts } = await store.getCompiledPost(post);
    expect(facts.image).toMatch(/^\/_assets\/[0-9a-f]{12}\/cover\.png$/);
    expect(facts.assets.map((asset) => asset.url)).toEqual([facts.image]);
    expect(coverImage(post, facts)).toBe(facts.image);
  });

  it("in Docusaurus's static/ folder is the public/ file", async () => {
    const { store, post } = siteWithCover('../static/img/card.png', {
      'public/img/card.png': 'PNG',
    });
    const { facts } = await store.getCompiledPost(post);
    expect(coverImage(post, facts)).toBe('/img/card.png');
    expect(facts.assets).toEqual([]);
  });

  it('as a URL or a public/ path is used as written', async () => {
    for (const image of ['https://example.com/a.png', '/img/none-checked.png']) {
      const { store, post } = siteWithCover(image);
      const { facts } = await store.getCompiledPost(post);
      expect(facts.image).toBeUndefined();
      expect(coverImage(post, facts)).toBe(image);
    }
  });

  it('that does not exist fails, naming the file and the line of "image"', async () => {
    const { store, post } = siteWithCover('./missing.png');
    await expect(store.getCompiledPost(post)).rejects.toThrow(
      'posts/2026-01-01-a.md:3: front matter "image": "./missing.png" does not exist next to the post',
    );
  });

  it('is compiled again when the front matter names another file', async () => {
    const dir = writeSite({
      'posts/2026-01-01-a.md': '---\ntitle: A\nimage: ./one.png\n---\nText.\n',
      'posts/one.png': 'ONE',
      'posts/two.png': 'TWO',
    });
    const cacheDir = `${dir}/.cache/mdx`;
    const first = storeFor(dir, { cacheDir });
    const before = (await first.getCompiledPost(postAt(first, '2026-01-01-a.md'))).facts.image;
    fs.writeFileSync(
      `${dir}/posts/2026-01-01-a.md`,
      '---\ntitle: A\nimage: ./two.png\n---\nText.\n',
    );
    const second = storeFor(dir, { cacheDir });
    const after = (await second.getCompiledPost(postAt(second, '2026-01-01-a.md'))).facts.image;
    expect(before).toMatch(/\/one\.png$/);
    expect(after).toMatch(/\/two\.png$/);
  });
});
