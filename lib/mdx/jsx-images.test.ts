import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, postAt, renderPost, storeFor, writeSite } from '../testing/sites';
import { compileError, renderSingle } from '../testing/single-post';

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

  it('leaves an <img> whose attributes are computed to its author', async () => {
    const html = await renderSingle('a.mdx', '<img src={"/img/" + "pic.png"} alt="computed" />\n');
    expect(html).toContain('<img src="/img/pic.png" alt="computed"/>');
  });

  it('gets the base path under a sub-path', async () => {
    const dir = writeSite({
      'posts/a.mdx':
        '---\ntitle: A post\ndate: 2026-01-01\n---\n<img src="/img/pic.png" alt="x" />\n',
    });
    fs.cpSync(path.join(FIXTURES, 'site', 'public'), path.join(dir, 'public'), { recursive: true });
    const store = storeFor(dir, { basePath: '/blog' });
    const html = await renderPost(store, postAt(store, 'a.mdx'));
    expect(html).toContain('<img src="/blog/img/pic.png" alt="x" width="40" height="30"');
  });
});
