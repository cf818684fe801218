#!/usr/bin/env node
// `npm run dev`: `next dev` (arguments go to it: `npm run dev -- -p 3001`), and, as soon as it
// listens, one request to the home page and one to the live-reload stream. Turbopack compiles a
// route on its first request (~15 s at 1,000 posts on a 2-core machine, bench/RESULTS.md): made
// at start, those compiles run while the writer opens the browser, and the line
// `✓ Pages ready in …` says when the first page they open will come at once. A page requested
// earlier waits for the compile already under way, as it would have anyway.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const jiti = createJiti(import.meta.url);
const { nextSupport } = await jiti.import('../lib/build/next-support.ts');

// With a Next.js it was verified with, the dev server asks a route's static paths again only
// when the content changed (lib/build/dev-static-paths.mjs).
const preload = path.join(root, 'lib', 'build', 'dev-static-paths-preload.mjs');
const workaround = process.env.NEXT_WORKAROUNDS !== 'off' && nextSupport(root).supported;
const nodeOptions = [
  process.env.NODE_OPTIONS,
  workaround ? `--import ${JSON.stringify(pathToFileURL(preload).href)}` : '',
]
  .filter(Boolean)
  .join(' ');

const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions },
  },
);
// The site's base path, read while Next starts.
const basePath = (async () => {
  const { resolveSiteConfig } = await jiti.import('../lib/config/resolve.ts');
  const { default: siteConfig } = await jiti.import(path.join(root, 'site.config.ts'));
  return resolveSiteConfig(siteConfig, process.env).basePath;
})();

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let output = '';
let warming = false;
child.stdout.on('data', (data) => {
  process.stdout.write(data);
  if (warming) return;
  output += data;
  // Next prints its address (`- Local: http://localhost:3000`), then `✓ Ready in …`.
  const local = /Local:\s+(https?:\/\/\S+)/.exec(output)?.[1];
  if (local && /Ready in/.test(output)) {
    warming = true;
    output = '';
    void warmUp(new URL(local).origin);
  }
});

/** Requests `url` and reads the response to its end; for a stream, only until its headers. */
async function request(url, { stream = false } = {}) {
  const aborter = new AbortController();
  const response = await fetch(url, { signal: aborter.signal });
  if (stream) aborter.abort();
  else await response.arrayBuffer();
}

async function warmUp(origin) {
  let home = `${origin}/`;
  try {
    const base = `${origin}${await basePath}`;
    home = `${base}/`;
    // Both routes compile at once (Turbopack uses every core); the page takes longer.
    await Promise.all([request(home), request(`${base}/live-reload/events/`, { stream: true })]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(` ✓ Pages ready in ${seconds}s: ${home}`);
  } catch (error) {
    // The server answers every request itself; this only says why the warm-up did not finish.
    if (child.exitCode === null) console.log(` ⚠ Could not request ${home}: ${error.message}`);
  }
}
