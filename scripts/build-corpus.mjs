#!/usr/bin/env node
// Builds the shared benchmark corpus (bench/gen-corpus.mjs, seed 42) as a site of its own:
//   node scripts/build-corpus.mjs [N=200] [EXPORT_DIR=.cache/exports/corpus-N]
// The corpus goes to .cache/corpus-N/posts, its images to public/img/bench/ (ignored by git).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exportSite } from './export-site.mjs';

const n = Number(process.argv[2] ?? 200);
const exportDir = process.argv[3] ?? `.cache/exports/corpus-${n}`;
const corpus = path.join('.cache', `corpus-${n}`);
const postsDir = path.join(corpus, 'posts');

if (!fs.existsSync(postsDir)) {
  execFileSync(process.execPath, ['bench/gen-corpus.mjs', postsDir, String(n)], {
    stdio: 'inherit',
  });
}
fs.mkdirSync('public/img/bench', { recursive: true });
for (const file of fs.readdirSync(path.join(postsDir, 'static-img'))) {
  fs.copyFileSync(path.join(postsDir, 'static-img', file), path.join('public/img/bench', file));
}
// The same steps as `npm run build`, search index and broken-site check included.
const { status } = exportSite({ POSTS_DIR: postsDir, EXPORT_DIR: exportDir });
if (status !== 0) process.exit(status);
console.log(`corpus of ${n} posts exported to ${exportDir}`);
