import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEV_SERVER, deferStaticPathsRefresh, install } from './dev-static-paths.mjs';
import { nextSupport } from './next-support';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NEXT_SERVER = path.join(ROOT, 'node_modules', 'next', 'dist', 'server');

type Options = { pathname: string };
type Paths = { staticPaths: string[] };

/** Next's dev server as far as the wrapper sees it: a cache, and a method that fills it. */
function devServer() {
  const calls: Options[] = [];
  class Server {
    staticPathsCache = new Map<string, Paths>();
    async getStaticPaths(options: Options): Promise<Paths> {
      calls.push(options);
      const paths = { staticPaths: [`${options.pathname}:${calls.length}`] };
      this.staticPathsCache.set(options.pathname, paths);
      return paths;
    }
  }
  return { Server, calls };
}

describe('the dev server’s static paths, asked again only after the content changed', () => {
  it('is for the installed Next.js: its dev server keeps the paths it serves while it asks', () => {
    expect(nextSupport(ROOT)).toMatchObject({ supported: true });
    const next = fs.readFileSync(path.join(NEXT_SERVER, 'next.js'), 'utf8');
    const request = /require\('(\.\/dev\/next-dev-server)'\)/.exec(next)?.[1];
    expect(request).toBeDefined();
    expect(DEV_SERVER.test(request ?? '')).toBe(true);
    const dev = fs.readFileSync(path.join(NEXT_SERVER, 'dev', 'next-dev-server.js'), 'utf8');
    expect(dev).toContain('async getStaticPaths({ pathname,');
    expect(dev).toContain('const result = this.staticPathsCache.get(pathname);');
    expect(dev).toMatch(/if \(result\) \{\s*return result;\s*\}\s*return nextInvoke;/);
  });

  let version = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    version = 0;
  });
  afterEach(() => vi.useRealTimers());

  function wrapped(versionOf: () => number | undefined = () => version) {
    const { Server, calls } = devServer();
    expect(deferStaticPathsRefresh(Server.prototype, { delay: 1000, version: versionOf })).toBe(
      true,
    );
    return { server: new Server(), calls };
  }

  it('asks Next the first time, then serves the cached paths while the content is the same', async () => {
    const { server, calls } = wrapped();
    const first = await server.getStaticPaths({ pathname: '/[[...path]]' });
    expect(first).toEqual({ staticPaths: ['/[[...path]]:1'] });
    for (let i = 0; i < 3; i++) {
      expect(await server.getStaticPaths({ pathname: '/[[...path]]' })).toBe(first);
    }
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
  });

  it('after a change, serves the cached paths and asks once, a second after the first request', async () => {
    const { server, calls } = wrapped();
    const first = await server.getStaticPaths({ pathname: '/[[...path]]' });
    version = 1;
    expect(await server.getStaticPaths({ pathname: '/[[...path]]' })).toBe(first);
    await vi.advanceTimersByTimeAsync(600);
    // More requests at the same version do not put the question off.
    expect(await server.getStaticPaths({ pathname: '/[[...path]]' })).toBe(first);
    await vi.advanceTimersByTimeAsync(399);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(await server.getStaticPaths({ pathname: '/[[...path]]' })).toEqual({
      staticPaths: ['/[[...path]]:2'],
    });
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
  });

  it('puts the question off when the content changes again before it is asked', async () => {
    const { server, calls } = wrapped();
    await server.getStaticPaths({ pathname: '/[[...path]]' });
    version = 1;
    await server.getStaticPaths({ pathname: '/[[...path]]' });
    await vi.advanceTimersByTimeAsync(600);
    version = 2;
    await server.getStaticPaths({ pathname: '/[[...path]]' });
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await server.getStaticPaths({ pathname: '/[[...path]]' });
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
  });

  it('asks Next at once when it has nothing cached (a failure made it forget) or no version yet', async () => {
    const { server, calls } = wrapped();
    await server.getStaticPaths({ pathname: '/a/[slug]' });
    server.staticPathsCache.delete('/a/[slug]');
    await server.getStaticPaths({ pathname: '/a/[slug]' });
    expect(calls).toHaveLength(2);
    const early = wrapped(() => undefined);
    await early.server.getStaticPaths({ pathname: '/b/[slug]' });
    await early.server.getStaticPaths({ pathname: '/b/[slug]' });
    expect(early.calls).toHaveLength(2);
  });

  it('leaves a dev server without getStaticPaths alone', () => {
    class Other {}
    expect(deferStaticPathsRefresh(Other.prototype)).toBe(false);
    expect('getStaticPaths' in Other.prototype).toBe(false);
  });

  it('wraps the class when Node loads next-dev-server', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-static-paths-'));
    const file = path.join(dir, 'next-dev-server.js');
    fs.writeFileSync(
      file,
      'class S { async getStaticPaths() { return "next"; } }\nexports.default = S;\n',
    );
    install();
    const loaded = createRequire(path.join(dir, 'x.js'))('./next-dev-server') as {
      default: { prototype: { getStaticPaths: () => unknown } };
    };
    expect(String(loaded.default.prototype.getStaticPaths)).toContain('staticPathsCache');
  });
});
