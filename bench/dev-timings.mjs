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
import { corpusPosts, postPath } from './corpus-posts.mjs';
import { seconds, timeSaves } from './timed-saves.mjs';

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

const posts = corpusPosts(postsDir);
const permalink = (file) => `${postPath(file)}/`;

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
try {
  // The page listens for changes (/live-reload/events/) once it has hydrated.
  const listening = page.waitForResponse((response) => response.url().includes('/live-reload'));
  await page.goto(origin + permalink(posts[5]));
  await listening;
  results.editToRefresh = await timeSaves(page, path.join(postsDir, posts[5]), edits);
} finally {
  await browser.close();
  stop();
}
if (process.env.DEV_LOG) console.log(log);
console.log(JSON.stringify(results));
