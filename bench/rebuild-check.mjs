#!/usr/bin/env node
// The warm rebuild, as a user's laptop or CI cache runs it: after `npm run build:corpus` (a cold
// build of the N-post corpus into .cache/exports/corpus-N), edit one post and build again with
// every cache kept, then undo the edit and build once more.
//   node bench/rebuild-check.mjs N
// Fails unless the edited build shows the edit, and the build after undoing it is the same
// export as the cold one (scripts/compare-exports.mjs): no cache may serve a stale page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const n = Number(process.argv[2] ?? 200);
const root = path.resolve(import.meta.dirname, '..');
const postsDir = path.join(root, '.cache', `corpus-${n}`, 'posts');
const coldExport = path.join('.cache', 'exports', `corpus-${n}`);
const warmExport = path.join('.cache', 'exports', `corpus-${n}-warm`);
if (!fs.existsSync(path.join(root, coldExport))) {
  console.error(`rebuild-check: ${coldExport} is missing; run node bench/run.mjs ${n} first`);
  process.exit(1);
}

const post = fs
  .readdirSync(postsDir)
  .filter((file) => /^\d{4}-\d\d-\d\d-.*\.mdx?$/.test(file))
  .sort()[0];
if (!post) throw new Error(`rebuild-check: no post in ${postsDir}`);
const [, y, m, d, name] = /^(\d{4})-(\d\d)-(\d\d)-(.*)\.mdx?$/.exec(post) ?? [];
const postFile = path.join(postsDir, post);
const original = fs.readFileSync(postFile, 'utf8');
const EDIT = 'A sentence added for the warm rebuild check.';

/** `npm run build` into `exportDir` with the caches of the last build; its wall time. */
function build(exportDir) {
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
  return ((performance.now() - started) / 1000).toFixed(1);
}

let failed = false;
try {
  fs.writeFileSync(postFile, `${original.trimEnd()}\n\n${EDIT}\n`);
  const editedSeconds = build(warmExport);
  const page = path.join(root, warmExport, y, m, d, name, 'index.html');
  if (!fs.readFileSync(page, 'utf8').includes(EDIT)) {
    console.error(`rebuild-check: the warm build after editing ${post} does not show the edit`);
    failed = true;
  }
  fs.writeFileSync(postFile, original);
  const undoneSeconds = build(warmExport);
  const compared = spawnSync(
    process.execPath,
    ['scripts/compare-exports.mjs', coldExport, warmExport],
    { cwd: root, encoding: 'utf8' },
  );
  if (compared.status !== 0) {
    console.error(compared.stdout, compared.stderr);
    console.error('rebuild-check: the warm build after undoing the edit differs from the cold one');
    failed = true;
  }
  console.log(
    `rebuild-check N=${n}: warm builds ${editedSeconds} s (one post edited) and ${undoneSeconds} s (edit undone); ` +
      (failed ? 'FAILED' : 'the edit shows, and undoing it gives the cold export again'),
  );
} finally {
  fs.writeFileSync(postFile, original);
  fs.rmSync(path.join(root, warmExport), { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
