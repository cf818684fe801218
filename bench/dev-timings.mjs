#!/usr/bin/env node
// `npm run dev` at N posts (the shared corpus, as bench/run.mjs generates it), timed as a writer
// meets it: nothing compiled yet (no .next/dev, no .cache/mdx), then
//   node bench/dev-timings.mjs [N] [--edits K]
// prints the seconds from the start until Next listens and until `npm run dev` says the pages
// are ready (scripts/dev.mjs compiles the route at start), the time of the first post page
// requested then, of later pages, and of K edits: from saving a post to its new sentence
// showing in the open browser tab (the page refreshes itself), in Chromium.
// The edited post is restored with its times, so a second run finds the content snapshot
// (.cache/content/) of the first, as `npm run dev` does after a restart with no post changed.
// With --restart, what the last `next dev` compiled is kept (Turbopack's cache in .next/dev/,
// compiled posts in .cache/mdx/): `npm run dev` again on the same machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const edits = Number(args[args.indexOf('--edits') + 1]) || 3;
const root = path.resolve(import.meta.dirname, '..');
const postsDir = path.join(root, '.cache', `corpus-${n}`, 'posts');
const port = 3400;
const origin = `http://localhost:${port}`;

if (!fs.existsSync(postsDir)) {
  console.error(`dev-timings: no corpus at ${postsDir}; run \`node bench/run.mjs ${n}\` first`);
  process.exit(1);
}
if (!args.includes('--restart')) {
  fs.rmSync(path.join(root, '.next', 'dev'), { recursive: true, force: true });
  fs.rmSync(path.join(root, '.cache', 'mdx'), { recursive: true, force: true });
}

const posts = fs
  .readdirSync(postsDir)
  .filter((f) => /^\d{4}-\d\d-\d\d-.*\.mdx?$/.test(f))
  .sort();
const permalink = (file) => {
  const [, y, m, d, name] = /^(\d{4})-(\d\d)-(\d\d)-(.*)\.mdx?$/.exec(file);
  return `/${y}/${m}/${d}/${name}/`;
};

const spawned = performance.now();
const dev = spawn(process.execPath, ['scripts/dev.mjs', '-p', String(port)], {
  cwd: root,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', POSTS_DIR: postsDir, LOCALES: 'default' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
dev.stdout.on('data', (d) => (log += d));
dev.stderr.on('data', (d) => (log += d));
const stop = () => {
  try {
    process.kill(-dev.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stop);

const seconds = (since) => Number(((performance.now() - since) / 1000).toFixed(2));

/** Seconds from the start until the dev server prints `line`. */
async function printed(line) {
  while (!line.test(log)) {
    if (dev.exitCode !== null) throw new Error(`npm run dev ended:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return seconds(spawned);
}
const listening = await printed(/Ready in/);
const pagesReady = await printed(/Pages ready in/);
async function timed(sitePath) {
  const since = performance.now();
  const response = await fetch(origin + sitePath);
  await response.text();
  if (!response.ok) throw new Error(`${sitePath}: ${response.status}`);
  return seconds(since);
}

const results = {
  posts: n,
  listening,
  pagesReady,
  firstPostPage: await timed(permalink(posts[0])),
  secondAndThirdPostPages: [await timed(permalink(posts[1])), await timed(permalink(posts[2]))],
  home: await timed('/'),
  tags: await timed('/tags/'),
  firstPostAgain: await timed(permalink(posts[0])),
  editToRefresh: [],
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
const file = path.join(postsDir, posts[5]);
const original = fs.readFileSync(file, 'utf8');
const { atime, mtime } = fs.statSync(file);
try {
  // The page listens for changes (/live-reload/events/) once it has hydrated.
  const listening = page.waitForResponse((response) => response.url().includes('/live-reload'));
  await page.goto(origin + permalink(posts[5]));
  await listening;
  for (let i = 1; i <= edits; i++) {
    const marker = `Edited while open, number ${i}.`;
    const since = performance.now();
    fs.writeFileSync(file, `${original}\n\n${marker}\n`);
    await page.getByText(marker).waitFor({ timeout: 30_000 });
    results.editToRefresh.push(seconds(since));
    await new Promise((r) => setTimeout(r, 1500));
  }
} finally {
  // As it was, times too: the next run starts from the same content (and content snapshot).
  fs.writeFileSync(file, original);
  fs.utimesSync(file, atime, mtime);
  await browser.close();
  stop();
}
if (process.env.DEV_LOG) console.log(log);
console.log(JSON.stringify(results));
