/**
 * A page's key changes exactly when the page would: a post's text counts on the pages that show
 * the post, its front matter and the compiled app on every page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlog } from '../blog/create-blog';
import { testConfig, writeSite } from '../testing/sites';
import { codeFingerprint, pageKeys } from './page-keys';

// The first paragraph is the post's description (shown elsewhere); the edits are below it.
const post = (title: string, tag: string, text = 'More words.') =>
  `---\ntitle: ${title}\ntags: [${tag}]\nauthors: jane\n---\n\nSome words here.\n\n${text}\n`;

function site() {
  return writeSite({
    'posts/authors.yml': 'jane:\n  name: Jane Kim\n  page: true\n',
    'posts/2026-01-01-a.md': post('A', 'x'),
    'posts/2026-01-02-b.md': post('B', 'y'),
    'posts/2026-01-03-c.md': post('C', 'x'),
    'posts/2026-01-04-d.md': post('D', 'x'),
  });
}

async function keysOf(dir: string) {
  const blog = createBlog({ rootDir: dir, config: testConfig(), mode: 'production' });
  return pageKeys([blog]);
}

function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);
}

describe('page keys', () => {
  it('are the same for the same site', async () => {
    const dir = site();
    const first = await keysOf(dir);
    expect(first.size).toBeGreaterThan(8);
    expect(await keysOf(dir)).toEqual(first);
  });

  it('change, for an edit of a post’s text, on the pages that show the post', async () => {
    const dir = site();
    const before = await keysOf(dir);
    fs.writeFileSync(path.join(dir, 'posts/2026-01-02-b.md'), post('B', 'y', 'Other words.'));
    expect(changedPaths(before, await keysOf(dir)).sort()).toEqual([
      // The post, its neighbours (whose links name it), the list, its tag's and author's pages.
      '/',
      '/2026/01/01/a/',
      '/2026/01/02/b/',
      '/2026/01/03/c/',
      '/authors/jane/',
      '/tags/y/',
    ]);
  });

  it('all change for an edit of a post’s front matter', async () => {
    const dir = site();
    const before = await keysOf(dir);
    fs.writeFileSync(path.join(dir, 'posts/2026-01-02-b.md'), post('B, renamed', 'y'));
    expect(changedPaths(before, await keysOf(dir))).toEqual([...before.keys()]);
  });
});

describe('the compiled app’s fingerprint', () => {
  function nextDir(buildId: string, chunk: string, secret: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-dir-'));
    const files: Record<string, string> = {
      BUILD_ID: buildId,
      'server/chunks/page.js': chunk,
      'server/middleware-build-manifest.js': `self.__BUILD_MANIFEST={"buildId":"${buildId}"}`,
      'server/preview-props.json': `{"previewModeId":"${secret}"}`,
      'server/server-reference-manifest.json': `{"node":{},"encryptionKey":"${secret}"}`,
      'server/server-reference-manifest.js': `self.__RSC_SERVER_MANIFEST="{\\"encryptionKey\\": \\"${secret}\\"}"`,
      'server/app/index.html': `<p>${secret}</p>`,
      [`static/${buildId}/_buildManifest.js`]: 'self.__BUILD_MANIFEST={}',
      'static/chunks/abc.js': 'client()',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('leaves out the build id, the secrets and the prerendered pages', () => {
    expect(codeFingerprint(nextDir('id1', 'render()', 'k1'))).toBe(
      codeFingerprint(nextDir('id2', 'render()', 'k2')),
    );
  });

  it('does not depend on where the build id sorts among the folders named after it', () => {
    // `static/<build id>/` comes before `static/chunks/` in one build and after it in the next.
    expect(codeFingerprint(nextDir('Aa1', 'render()', 'k1'))).toBe(
      codeFingerprint(nextDir('zz9', 'render()', 'k2')),
    );
  });

  it('changes with the code', () => {
    expect(codeFingerprint(nextDir('id1', 'render()', 'k1'))).not.toBe(
      codeFingerprint(nextDir('id1', 'render(2)', 'k1')),
    );
  });
});
