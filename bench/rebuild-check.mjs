#!/usr/bin/env node
// The warm rebuild, as a user's laptop or CI cache runs it: after `npm run build:corpus` (a cold
// build of the N-post corpus into .cache/exports/corpus-N), edit one post and build again into
// the same folder with every cache kept, then undo the edit and build once more.
//   node bench/rebuild-check.mjs N
// Fails unless the edited build shows the edit, both builds skipped Next's compile step (the app
// did not change), rendered only a few pages (the others copied from the last build) and kept
// the search index's bundles whose pages did not change (two bundles of 120 posts), and the
// build after undoing the edit is the same export as the cold one (scripts/compare-exports.mjs):
// no cache may serve a stale page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { corpusPosts, postPath } from './corpus-posts.mjs';

const n = Number(process.argv[2] ?? 200);
const root = path.resolve(import.meta.dirname, '..');
const postsDir = path.join(root, '.cache', `corpus-${n}`, 'posts');
const exportDir = path.join('.cache', 'exports', `corpus-${n}`);
// The cold export, moved aside: the warm builds write where it was.
const coldExport = path.join('.cache', 'exports', `corpus-${n}-cold`);
if (!fs.existsSync(path.join(root, exportDir))) {
  console.error(`rebuild-check: ${exportDir} is missing; run node bench/run.mjs ${n} first`);
  process.exit(1);
}
fs.rmSync(path.join(root, coldExport), { recursive: true, force: true });
fs.renameSync(path.join(root, exportDir), path.join(root, coldExport));

const [post] = corpusPosts(postsDir);
if (!post) throw new Error(`rebuild-check: no post in ${postsDir}`);
const postFile = path.join(postsDir, post);
const original = fs.readFileSync(postFile, 'utf8');
const EDIT = 'A sentence added for the warm rebuild check.';

let failed = false;

/** `npm run build` with the caches of the last build: its wall time and what it rendered. */
function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    // As build:corpus built the cold export, so that only the edit can differ.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      SEARCH_BUNDLE_POSTS: '120',
      POSTS_DIR: postsDir,
      // One language: the sample site's translations are of posts the corpus does not have.
      LOCALES: 'default',
      EXPORT_DIR: exportDir,
    },
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`rebuild-check: the build into ${exportDir} failed`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const [, rendered = '?', kept = '?'] =
    /pages: (\d+) to render, (\d+) unchanged/.exec(result.stdout) ?? [];
  const compiled = !result.stdout.includes('compile step skipped');
  // Bundles of the search index whose pages did not change are the last build's.
  const [, bundlesKept = '0'] =
    /\((\d+) of \d+ as the last build made them\)/.exec(result.stdout) ?? [];
  return {
    seconds,
    rendered: Number(rendered),
    total: Number(rendered) + Number(kept),
    compiled,
    bundlesKept: Number(bundlesKept),
  };
}

/** A warm build that compiled the app again, or rendered more than the edit needs, is a regression. */
function expectIncremental(name, built) {
  const what =
    `${built.rendered} of ${built.total} pages rendered${built.compiled ? ', app compiled' : ''}, ` +
    `${built.bundlesKept} search bundle${built.bundlesKept === 1 ? '' : 's'} kept`;
  if (built.compiled || !(built.rendered <= 20) || built.bundlesKept < 1) {
    console.error(`rebuild-check: the ${name} build did more than the edit needs: ${what}`);
    failed = true;
  }
  return `${built.seconds} s (${name}; ${what})`;
}

try {
  fs.writeFileSync(postFile, `${original.trimEnd()}\n\n${EDIT}\n`);
  const edited = expectIncremental('one post edited', build());
  const page = path.join(root, exportDir, postPath(post), 'index.html');
  if (!fs.readFileSync(page, 'utf8').includes(EDIT)) {
    console.error(`rebuild-check: the warm build after editing ${post} does not show the edit`);
    failed = true;
  }
  fs.writeFileSync(postFile, original);
  const undone = expectIncremental('edit undone', build());
  const compared = spawnSync(
    process.execPath,
    ['scripts/compare-exports.mjs', coldExport, exportDir],
    { cwd: root, encoding: 'utf8' },
  );
  if (compared.status !== 0) {
    console.error(compared.stdout, compared.stderr);
    console.error('rebuild-check: the warm build after undoing the edit differs from the cold one');
    failed = true;
  }
  console.log(
    `rebuild-check N=${n}: warm builds ${edited} and ${undone}; ` +
      (failed ? 'FAILED' : 'the edit shows, and undoing it gives the cold export again'),
  );
} finally {
  fs.writeFileSync(postFile, original);
  fs.rmSync(path.join(root, exportDir), { recursive: true, force: true });
  fs.renameSync(path.join(root, coldExport), path.join(root, exportDir));
}
process.exit(failed ? 1 : 0);
