#!/usr/bin/env node
// `npm run dev` against Docusaurus Faster's `docusaurus start`, side by side on one corpus of N
// posts, alternating (ours, theirs, ours, theirs…), both started with nothing compiled:
//   node bench/dev-peer.mjs [N] [--runs K] [--edits E] [--restart]
// For each run, in Chromium: the seconds from the command until a post page shows its title (the
// page asked for again until it does), then E saves of another open post, each timed from the
// write until its new sentence shows (our page refreshes itself; Docusaurus's hot reloads).
// With --restart, each keeps what it compiled in the run before (ours: Turbopack's cache in
// .next/dev/, .cache/mdx/ and .cache/content/; Docusaurus: .docusaurus/ and node_modules/.cache/),
// as after stopping the dev server and starting it again.
// Docusaurus's site is the one ../shared/bench/peer-docusaurus.sh sets up (`node bench/run.mjs N
// --peer --runs 1` makes it); $SITE as there (default /tmp/peer-docusaurus).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { corpusPosts, postPath } from './corpus-posts.mjs';
import { seconds, timeSaves } from './timed-saves.mjs';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const option = (name, fallback) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback;
const runs = option('--runs', 3);
const restart = args.includes('--restart');
const edits = option('--edits', 3);
const root = path.resolve(import.meta.dirname, '..');
const postsDir = path.join(root, '.cache', `corpus-${n}`, 'posts');
const site = process.env.SITE ?? '/tmp/peer-docusaurus';

for (const [what, file] of [
  ['the corpus', postsDir],
  ["Docusaurus's site", path.join(site, 'docusaurus.config.js')],
]) {
  if (!fs.existsSync(file)) {
    console.error(
      `dev-peer: no ${what} at ${file}; run \`node bench/run.mjs ${n} --peer --runs 1\``,
    );
    process.exit(1);
  }
}

const posts = corpusPosts(postsDir);
const titleOf = (file) =>
  /^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(path.join(postsDir, file), 'utf8'))[1];

/** Removes what an earlier run compiled, unless --restart. */
function cold(dirs) {
  if (restart) return;
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}

const engines = {
  ours: {
    port: 3400,
    trailingSlash: '/',
    start(port) {
      cold(['.next/dev', '.cache/mdx', '.cache/content'].map((dir) => path.join(root, dir)));
      return spawn(process.execPath, ['scripts/dev.mjs', '-p', String(port)], {
        cwd: root,
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          POSTS_DIR: postsDir,
          LOCALES: 'default',
        },
        stdio: 'ignore',
        detached: true,
      });
    },
  },
  docusaurus: {
    port: 3401,
    trailingSlash: '',
    start(port) {
      cold(['.docusaurus', 'node_modules/.cache'].map((dir) => path.join(site, dir)));
      const bin = path.join(site, 'node_modules', '.bin', 'docusaurus');
      return spawn(bin, ['start', '--port', String(port), '--host', 'localhost', '--no-open'], {
        cwd: site,
        env: { ...process.env, FASTER: '1', BLOG_PATH: postsDir, NO_UPDATE_NOTIFIER: '1' },
        stdio: 'ignore',
        detached: true,
      });
    },
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

/** Opens `url` until the page shows `title`; seconds since `since`. */
async function firstShown(page, url, title, since) {
  for (;;) {
    if (seconds(since) > 300) throw new Error(`${url}: no "${title}" after 300 s`);
    try {
      await page.goto(url, { timeout: 120_000 });
      await page.getByRole('heading', { name: title }).first().waitFor({ timeout: 10_000 });
      return seconds(since);
    } catch {
      await sleep(200);
    }
  }
}

async function measure(name) {
  const engine = engines[name];
  const origin = `http://localhost:${engine.port}`;
  const url = (file) => origin + postPath(file) + engine.trailingSlash;
  const since = performance.now();
  const server = engine.start(engine.port);
  const page = await browser.newPage();
  const result = { engine: name, firstPostPage: 0, editToRefresh: [] };
  try {
    result.firstPostPage = await firstShown(page, url(posts[0]), titleOf(posts[0]), since);
    await page.goto(url(posts[5]));
    await page
      .getByRole('heading', { name: titleOf(posts[5]) })
      .first()
      .waitFor();
    // Both pages connect to their dev server for changes once loaded.
    await sleep(2000);
    const file = path.join(postsDir, posts[5]);
    result.editToRefresh = await timeSaves(page, file, edits, { timeout: 60_000 });
  } finally {
    await page.close();
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await sleep(2000);
  }
  console.log(JSON.stringify(result));
  return result;
}

const results = [];
try {
  for (let i = 0; i < runs; i++) {
    results.push(await measure('ours'), await measure('docusaurus'));
  }
} finally {
  await browser.close();
}
const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;
const of = (name, pick) => results.filter((r) => r.engine === name).flatMap(pick);
for (const [label, pick] of [
  ['first post page', (r) => [r.firstPostPage]],
  ['save → page shows it', (r) => r.editToRefresh],
]) {
  const ours = of('ours', pick);
  const theirs = of('docusaurus', pick);
  console.log(
    `${label}: this engine ${ours.join(', ')} s; Docusaurus Faster ${theirs.join(', ')} s; ` +
      `ratio of means ${(mean(ours) / mean(theirs)).toFixed(2)}`,
  );
}
