import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * An export beside a sibling folder whose name starts the same (`out` and `out-secret`), with
 * symlinks: one to a file outside the export, one to a folder outside, one to a file inside.
 */
function writeExport(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-serve-'));
  const files: Record<string, string> = {
    'out/index.html': 'home',
    'out/404.html': 'not found page',
    'out/a/index.html': 'page a',
    'out/en/index.html': 'english home',
    'out/en/404.html': 'english not found page',
    'out/about.html': 'about page',
    'out/tags/오픈소스/index.html': 'korean tag',
    'out/rss.xml': '<rss/>',
    'out-secret/key.txt': 'secret',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(parent, name)), { recursive: true });
    fs.writeFileSync(path.join(parent, name), text);
  }
  fs.symlinkSync(path.join(parent, 'out-secret/key.txt'), path.join(parent, 'out/outside.txt'));
  fs.symlinkSync('../out-secret', path.join(parent, 'out/linked'));
  fs.symlinkSync('rss.xml', path.join(parent, 'out/inside.xml'));
  return path.join(parent, 'out');
}

interface Served {
  /** The origin it serves, from the line it prints: `http://127.0.0.1:PORT`. */
  url: string;
  /** What it printed: `serving DIR/ at http://HOST:PORT/BASE_PATH/`. */
  line: string;
  port: number;
  child: ChildProcess;
  /** What it has written to stderr so far. */
  stderr: () => string;
}

async function serve(
  dir: string,
  basePath: string,
  env: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<Served> {
  const child = spawn(process.execPath, [...nodeOptions, 'scripts/serve.mjs', dir], {
    env: { ...process.env, HOST: '', PORT: '0', BASE_PATH: basePath, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (data: Buffer) => {
      out += data.toString();
      const match = /^.* at http:\/\/\S+$/m.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  const url = new URL(/ at (http:\/\/\S+)/.exec(line)![1]!);
  return { url: url.origin, line, port: Number(url.port), child, stderr: () => stderr };
}

const get = (url: string) => fetch(url, { redirect: 'manual' });

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Sends `request` as it is on a socket (fetch normalizes or refuses what these tests send) and
 * reads the answer until the server closes the connection. Rejects when there is no answer.
 */
function raw(port: number, request: string, host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const data = Buffer.concat(chunks);
      const end = data.indexOf('\r\n\r\n');
      if (end === -1) return reject(new Error(`no HTTP answer: ${JSON.stringify(String(data))}`));
      const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: data.subarray(end + 4) });
    });
    // Not end(): Node's server drops a request still in progress when the client half-closes.
    socket.write(Buffer.from(request, 'latin1'));
  });
}

/** A request line plus headers, the connection closed after the answer. */
const request = (target: string, method = 'GET', headers = 'Host: x\r\n') =>
  `${method} ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`;

describe.each([
  ['at the root', ''],
  ['under BASE_PATH', '/blog'],
])('scripts/serve.mjs %s', (_name, basePath) => {
  let server: Served;
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
    expect(await (await get(`${base}/about`)).text()).toBe('about page');
    expect(await (await get(`${base}/tags/${encodeURIComponent('오픈소스')}/`)).text()).toBe(
      'korean tag',
    );
    const rss = await get(`${base}/rss.xml`);
    expect(rss.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(rss.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('compresses text with gzip when the client accepts it', async () => {
    const response = await raw(
      server.port,
      request(`${basePath}/`, 'GET', 'Host: x\r\nAccept-Encoding: gzip\r\n'),
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(zlib.gunzipSync(response.body).toString()).toBe('home');
  });

  it('adds the trailing slash and answers misses with 404.html', async () => {
    const redirect = await get(`${base}/a`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe(`${basePath}/a/`);
    expect(redirect.headers.get('x-content-type-options')).toBe('nosniff');
    const korean = await get(`${base}/tags/${encodeURIComponent('오픈소스')}`);
    expect(korean.headers.get('location')).toBe(
      `${basePath}/tags/${encodeURIComponent('오픈소스')}/`,
    );
    const missing = await get(`${base}/nope/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await missing.text()).toBe('not found page');
    // A locale's own 404.html answers the misses under it, as static hosts do.
    for (const probe of ['/en/nope/', '/en/a/b/c', '/en/x.html']) {
      const english = await get(`${base}${probe}`);
      expect(english.status, probe).toBe(404);
      expect(await english.text(), probe).toBe('english not found page');
    }
  });

  it('serves nothing outside the export', async () => {
    for (const probe of ['/..%2Fout-secret%2Fkey.txt', '/%2e%2e/out-secret/key.txt']) {
      const response = await get(`${base}${probe}`);
      expect(response.status, probe).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('follows symlinks inside the export only', async () => {
    for (const probe of ['/outside.txt', '/linked/key.txt', '/linked/']) {
      const response = await get(`${base}${probe}`);
      expect(response.status, probe).toBe(404);
      expect(await response.text(), probe).toBe('not found page');
    }
    const inside = await get(`${base}/inside.xml`);
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe('<rss/>');
  });

  if (basePath) {
    it('serves only under the base path, and the base path itself gets its slash', async () => {
      expect((await get(`${server.url}/a/`)).status).toBe(404);
      const bare = await get(`${server.url}${basePath}`);
      expect(bare.status).toBe(308);
      expect(bare.headers.get('location')).toBe(`${basePath}/`);
    });
  }

  // Each answered, with its status and nosniff, by a server that keeps running (the last test).
  const P = basePath;
  const hostile: [name: string, request: string, status: number, location?: string][] = [
    ['%00', request(`${P}/%00`), 400],
    ['%00 inside a segment', request(`${P}/a%00b/`), 400],
    ['a raw NUL', request(`${P}/a\0b`), 400],
    ['a lone %', request(`${P}/%`), 400],
    ['%ZZ', request(`${P}/%ZZ/`), 400],
    ['truncated UTF-8', request(`${P}/%E0%A4%A`), 400],
    ['overlong UTF-8 dots', request(`${P}/%C0%AE%C0%AE/out-secret/key.txt`), 400],
    ['a trailing slash after a file', request(`${P}/index.html/`), 404],
    ['a path under a file', request(`${P}/rss.xml/x`), 404],
    ['a deeper path under a file', request(`${P}/index.html/x/y`), 404],
    ['raw ..', request(`${P}/../out-secret/key.txt`), 404],
    ['raw .. before the base path', request(`/../out-secret/key.txt`), 404],
    ['%2e%2e', request(`${P}/%2e%2e/out-secret/key.txt`), 404],
    ['%2E%2E%2F', request(`${P}/%2E%2E%2Fout-secret%2Fkey.txt`), 404],
    ['.. past a folder', request(`${P}/a/../../out-secret/key.txt`), 404],
    ['a raw backslash', request(`${P}/..\\out-secret\\key.txt`), 400],
    ['%5C', request(`${P}/..%5Cout-secret%5Ckey.txt`), 400],
    ['a 5,000-character name', request(`${P}/${'a'.repeat(5000)}`), 404],
    ['3,000 folders', request(`${P}/${'a/'.repeat(3000)}`), 404],
    ['a 20,000-character target', request(`${P}/${'a'.repeat(20_000)}`), 431],
    ['a query and a fragment', request(`${P}/?x=1&y=../..#frag/../..`), 200],
    ['a query kept on redirect', request(`${P}/a?x=%00&y=..`), 308, `${P}/a/?x=%00&y=..`],
    ['// before a folder', request(`${P}/.//a`), 404],
    ['an empty first segment', request(`//a/`), 404],
    ['an empty segment', request(`${P}//a/`), 404],
    ['POST', request(`${P}/`, 'POST'), 405],
    ['PUT', request(`${P}/index.html`, 'PUT', 'Host: x\r\nContent-Length: 1\r\n'), 405],
    ['DELETE', request(`${P}/index.html`, 'DELETE'), 405],
    ['OPTIONS *', request('*', 'OPTIONS'), 405],
    ['CONNECT', request('example.com:443', 'CONNECT'), 405],
    ['GET *', request('*'), 400],
    ['an authority-form target', request('example.com:80'), 400],
    ['an absolute-form target', request(`http://example.com${P}/`), 200],
    ['an absolute-form folder', request(`http://example.com${P}/a`), 308, `${P}/a/`],
    ['no Host header', request(`${P}/`, 'GET', ''), 400],
    ['an unknown Expect', request(`${P}/`, 'GET', 'Host: x\r\nExpect: nonsense\r\n'), 417],
    ['a symlink out of the export', request(`${P}/outside.txt`), 404],
    ['a symlinked folder out of the export', request(`${P}/linked/key.txt`), 404],
    ['HEAD', request(`${P}/`, 'HEAD'), 200],
  ];

  it.each(hostile)('answers %s', async (name, text, status, location) => {
    const response = await raw(server.port, text);
    expect(response.status, name).toBe(status);
    expect(response.headers['x-content-type-options'], name).toBe('nosniff');
    expect(response.body.toString(), name).not.toContain('secret');
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD');
    if (status === 404) expect(response.body.toString()).toBe('not found page');
    if (status === 200) {
      expect(response.body.toString()).toBe(text.startsWith('HEAD') ? '' : 'home');
    }
    expect(response.headers.location).toBe(location);
  });

  it('is still up after all of them', async () => {
    const response = await get(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('home');
  });
});

describe('scripts/serve.mjs binds', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeAll(() => {
    dir = writeExport();
  });
  afterAll(() => {
    for (const child of children) child.kill();
  });

  // On Linux all of 127.0.0.0/8 reaches the loopback: 127.0.0.2 gets to a server on 0.0.0.0 (or
  // `::`, Node's default) but not to one on 127.0.0.1.
  const linux = process.platform === 'linux';

  it('to 127.0.0.1 by default and prints the URL it serves', async () => {
    const server = await serve(dir, '/blog');
    children.push(server.child);
    expect(server.line).toBe(
      `serving ${path.relative(process.cwd(), dir)}/ at http://127.0.0.1:${server.port}/blog/`,
    );
    // Playwright waits for http://localhost:PORT/: Node's fetch tries each address of
    // localhost (::1 first on some systems), so it reaches 127.0.0.1.
    expect((await get(`http://localhost:${server.port}/blog/`)).status).toBe(200);
    if (linux) {
      await expect(raw(server.port, request('/blog/'), '127.0.0.2')).rejects.toThrow(
        /ECONNREFUSED/,
      );
    }
  });

  it('to HOST when it is set', async () => {
    const server = await serve(dir, '', { HOST: '0.0.0.0' });
    children.push(server.child);
    expect(server.line).toMatch(/ at http:\/\/0\.0\.0\.0:\d+\/$/);
    if (linux) expect((await raw(server.port, request('/'), '127.0.0.2')).status).toBe(200);
  });
});

describe('scripts/serve.mjs on an unexpected error', () => {
  let server: Served;
  beforeAll(async () => {
    const dir = writeExport();
    fs.writeFileSync(path.join(dir, 'boom.html'), 'boom');
    // A bug stand-in: path.extname, which serve.mjs calls to pick the content type, throws for
    // boom.html.
    const bug = `import path from 'node:path';
      const extname = path.extname;
      path.extname = (name) => {
        if (name.endsWith('boom.html')) throw new Error('a bug');
        return extname(name);
      };`;
    server = await serve(dir, '', {}, [
      '--import',
      `data:text/javascript,${encodeURIComponent(bug)}`,
    ]);
  });
  afterAll(() => {
    server.child.kill();
  });

  it('answers 500, logs it and keeps serving', async () => {
    const response = await get(`${server.url}/boom.html`);
    expect(response.status).toBe(500);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(server.stderr()).toMatch(/GET "\/boom.html" failed:.*a bug/s);
    expect(await (await get(`${server.url}/`)).text()).toBe('home');
  });
});
