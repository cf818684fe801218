#!/usr/bin/env node
// A real build that must fail: e2e/fixtures/broken-posts/ has one post with a link to a page
// that does not exist, a link to a missing #fragment and a missing image. The broken-site check
// must fail the build and name the post and each target, once.
//   node scripts/check-broken-build.mjs
import { exportSite } from './export-site.mjs';

const postsDir = 'e2e/fixtures/broken-posts';
const exportDir = '.cache/exports/broken';
const page = `${exportDir}/2026/04/01/broken-links/index.html`;
const from = `(from ${postsDir}/2026-04-01-broken-links.mdx)`;
const expected = [
  `${page}: link to "/nope/" — no such page ${from}`,
  `${page}: link to "#nowhere" — no element with id "nowhere" on /2026/04/01/broken-links/ ${from}`,
  `${page}: image "/img/missing.png" — no such file ${from}`,
];

const { status, output } = exportSite(
  // One language: the sample site's translations are of posts these are not.
  { POSTS_DIR: postsDir, EXPORT_DIR: exportDir, ON_BROKEN_LINKS: 'throw', LOCALES: 'default' },
  { capture: true },
);
const lines = output.split('\n');
const failures = [
  ...(status === 0 ? ['the build passed'] : []),
  ...expected
    .filter((line) => lines.filter((l) => l === line).length !== 1)
    .map((line) => `expected once: ${line}`),
  ...(lines.some((l) => l.includes('#links')) ? ['reported the existing #links heading'] : []),
];
if (failures.length > 0) {
  console.error(output);
  console.error(`check-broken-build: ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('check-broken-build: the build failed as it should, naming the post and targets:');
for (const line of expected) console.log(`  ${line}`);
