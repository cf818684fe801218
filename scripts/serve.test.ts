import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** An export beside a sibling folder whose name starts the same (`out` and `out-secret`). */
function writeExport(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-serve-'));
  const files: Record<string, string> = {
    'out/index.html': 'home',
    'out/404.html': 'not found page',
    'out/a/index.html': 'page a',
    'out/tags/오픈소스/index.html': 'korean tag',
    'out/rss.xml': '<rss/>',
    'out-secret/key.txt': 'secret',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(parent, name)), { recursive: true });
    fs.writeFileSync(path.join(parent, name), text);
  }
  return path.join(parent, 'out');
}

async function serve(dir: string, basePath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir], {
    env: { ...process.env, PORT: '0', BASE_PATH: basePath },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => {
      const match = /at (http:\/\/localhost:\d+)/.exec(data.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url, child };
}

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe.each([
  ['at the root', ''],
  ['under BASE_PATH', '/blog'],
])('scripts/serve.mjs %s', (_name, basePath) => {
  let server: { url: string; child: ChildProcess };
  let base: string;
  beforeAll(async () => {
    server = await serve(writeExport(), basePath);
    base = `${server.url}${basePath}`;
  });
  afterAll(() => {
    server.child.kill();
  });

  it('serves pages, files and Korean paths', async () => {
    expect(await (await get(`${base}/`)).text()).toBe('home');
    expect(await (await get(`${base}/a/`)).text()).toBe('page a');
    expect(await (await get(`${base}/tags/${encodeURIComponent('오픈소스')}/`)).text()).toBe(
      'korean tag',
    );
    const rss = await get(`${base}/rss.xml`);
    expect(rss.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  });

  it('adds the trailing slash and answers misses with 404.html', async () => {
    const redirect = await get(`${base}/a`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe(`${basePath}/a/`);
    const missing = await get(`${base}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not found page');
  });

  it('serves nothing outside the export', async () => {
    for (const probe of ['/..%2Fout-secret%2Fkey.txt', '/%2e%2e/out-secret/key.txt']) {
      const response = await get(`${base}${probe}`);
      expect(response.status, probe).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  if (basePath) {
    it('serves only under the base path, and the base path itself gets its slash', async () => {
      expect((await get(`${server.url}/a/`)).status).toBe(404);
      const bare = await get(`${server.url}${basePath}`);
      expect(bare.status).toBe(308);
      expect(bare.headers.get('location')).toBe(`${basePath}/`);
    });
  }
});
