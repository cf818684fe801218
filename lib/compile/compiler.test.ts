/**
 * In Next's production build (ENGINE_PRECOMPILED, set by next.config.ts) pages only read posts
 * the check compiled: a post missing from the cache is an error naming it, not a compile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postAt, storeFor, writeSite } from '../testing/sites';

const site = () =>
  writeSite({
    'posts/2026-01-01-a.md': '---\ntitle: A\n---\n\nSome **words**.\n',
    'posts/2026-01-02-b.md': '---\ntitle: B\n---\n\nMore words.\n',
  });

describe('compiling in a production build', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads the posts the check compiled', async () => {
    const dir = site();
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-'));
    const check = storeFor(dir, { cacheDir });
    const compiled = await check.getCompiledPost(postAt(check, 'a.md'));

    vi.stubEnv('ENGINE_PRECOMPILED', '1');
    const build = storeFor(dir, { cacheDir });
    expect(await build.getCompiledPost(postAt(build, 'a.md'))).toEqual(compiled);
  });

  it('names each post the check did not compile', async () => {
    vi.stubEnv('ENGINE_PRECOMPILED', '1');
    const build = storeFor(site(), {
      cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-')),
    });
    for (const file of ['posts/2026-01-01-a.md', 'posts/2026-01-02-b.md']) {
      await expect(build.getCompiledPost(postAt(build, file.slice(17)))).rejects.toThrow(
        `${file}: was not compiled before \`next build\`: build with \`npm run build\`, whose check compiles every post first`,
      );
    }
  });
});
