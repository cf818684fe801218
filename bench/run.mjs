#!/usr/bin/env node
// Benchmark: a cold build of the shared corpus (bench/gen-corpus.mjs, seed 42).
//   npm run bench -- N [--check] [--warm] [--peer [--runs K]] [--translations K]
// Prints wall time, peak memory of the whole process tree, pages written, output size and the
// JavaScript a first visit to a post page downloads (gzip, bench/page-js.mjs). --check fails on a
// gross regression: twice the budget (1,000 posts: 45 s, 1.5 GB) scaled to N, plus a
// fixed allowance for Next's start-up.
// --peer alternates K (default 3) of these builds with Docusaurus Faster's on the same corpus
// (../shared/bench/peer-docusaurus.sh with FASTER=1, WARM=1 with --warm), in this session, and
// prints every run and the ratios: figures from another machine are no comparison.
// --translations K adds an English locale holding a translation of every K-th post (a copy at
// the same path in the corpus's i18n/en/docusaurus-plugin-content-blog/).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createJiti } from 'jiti';
import { calibrate } from './calibrate.mjs';
import { corpusPosts, postPath } from './corpus-posts.mjs';
import { pageScriptBytes } from './page-js.mjs';

const { cacheDirs } = await createJiti(import.meta.url).import('../lib/cache-dirs.ts');

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const check = args.includes('--check');
// --warm: a rebuild after editing one post, with what an earlier build left (.next/, and in
// .cache/ the compiled posts, the content snapshot, the kept pages), as a laptop or a CI cache
// keeps it. Each warm build follows an edit of the same post (a sentence appended; the file is
// restored at the end); with --peer, one unmeasured build of each engine comes first.
const warm = args.includes('--warm');
// --phases prints the build's own progress lines with the seconds since the start.
const phases = args.includes('--phases');
const peer = args.includes('--peer');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const translateEvery = args.includes('--translations')
  ? Number(args[args.indexOf('--translations') + 1]) || 3
  : 0;
const root = path.resolve(import.meta.dirname, '..');
const corpus = path.join(root, '.cache', `corpus-${n}`);
const postsDir = path.join(corpus, 'posts');
const exportDir = path.join('.cache', 'exports', `corpus-${n}`);

let started = performance.now();

function run(cmd, argv, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (d) => {
      output += d;
      if (!phases) return;
      const at = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
      for (const line of String(d).split('\n')) {
        if (
          /checked|Compiled|Collecting|workers \(0\/|✓ Generating|Finalizing|Route \(app\)|search:|links:|pages:/.test(
            line,
          )
        ) {
          console.log(`${at} s  ${line.trim()}`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output, pid: child.pid }));
    resolve.child = child;
    run.last = child;
  });
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    try {
      const status = fs.readFileSync(`/proc/${current}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kb * 1024;
      for (const task of fs.readdirSync(`/proc/${current}/task`)) {
        const children = fs.readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

function walk(dir, visit) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

if (!fs.existsSync(postsDir)) {
  const gen = await run(process.execPath, ['bench/gen-corpus.mjs', postsDir, String(n)], {});
  if (gen.code !== 0) throw new Error(gen.output);
}
// The corpus's images go to public/img/bench/ (ignored by git). Their times are kept, so the
// compiled posts that show them stay valid from one run to the next (they check file stamps).
fs.cpSync(path.join(postsDir, 'static-img'), path.join(root, 'public/img/bench'), {
  recursive: true,
  preserveTimestamps: true,
});

// The translations: every K-th post, copied (the build's cost is the same for any text).
const i18nDir = path.join(corpus, 'i18n');
fs.rmSync(i18nDir, { recursive: true, force: true });
if (translateEvery > 0) {
  const translated = path.join(i18nDir, 'en', 'docusaurus-plugin-content-blog');
  fs.mkdirSync(translated, { recursive: true });
  const posts = fs
    .readdirSync(postsDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  for (const [i, file] of posts.entries()) {
    if (i % translateEvery === 0)
      fs.copyFileSync(path.join(postsDir, file), path.join(translated, file));
  }
}
const locales =
  translateEvery > 0
    ? { I18N_DIR: i18nDir, LOCALES: 'default,en' }
    : {
        // The corpus is in one language, like the Docusaurus build it is compared with.
        LOCALES: 'default',
      };

/** One build of the corpus as `npm run build` runs it, measured. */
async function buildOnce() {
  // Cold: no build cache, nothing of the engine's in .cache/ (compiled posts, loaded content,
  // kept pages), no previous export.
  fs.rmSync(path.join(root, exportDir), { recursive: true, force: true });
  if (!warm) {
    for (const dir of [path.join(root, '.next'), ...Object.values(cacheDirs(root))])
      fs.rmSync(dir, { recursive: true, force: true });
  }

  started = performance.now();
  const build = run('npm', ['run', 'build', '--silent'], {
    NEXT_TELEMETRY_DISABLED: '1',
    POSTS_DIR: postsDir,
    ...locales,
    EXPORT_DIR: exportDir,
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (run.last?.pid) peak = Math.max(peak, treeRss(run.last.pid));
  }, 100);
  const result = await build;
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) {
    console.error(result.output);
    console.error(`bench: the build failed (exit ${result.code})`);
    process.exit(1);
  }

  const outDir = path.join(root, exportDir);
  let pages = 0;
  let bytes = 0;
  walk(outDir, (file) => {
    bytes += fs.statSync(file).size;
    if (file.endsWith('.html')) pages++;
  });
  const firstPost = corpusPosts(postsDir)[0];
  const js = await pageScriptBytes(outDir, `${postPath(firstPost)}/`, process.env.BASE_PATH ?? '');

  const report = {
    posts: n,
    ...(translateEvery > 0 ? { translations: `en: one post in ${translateEvery}` } : {}),
    build: warm ? 'warm' : 'cold',
    seconds: Number(seconds.toFixed(1)),
    peakMemoryMB: Math.round(peak / 1024 / 1024),
    pages,
    outputMB: Number((bytes / 1024 / 1024).toFixed(1)),
    postPageScripts: js.scripts,
    postPageJsGzipBytes: js.gzip,
    postPageJsGzipKB: Number((js.gzip / 1024).toFixed(1)),
  };
  console.log(JSON.stringify(report));
  console.log(
    `bench N=${n} (${report.build}): ${report.seconds} s, peak ${report.peakMemoryMB} MB (process tree), ${pages} pages, ` +
      `${report.outputMB} MB written, post page JS ${report.postPageJsGzipKB} KiB (${js.gzip} bytes) gzip in ${js.scripts} scripts`,
  );
  return report;
}

/** Docusaurus Faster on the same corpus (the shared kit), measured: its RESULT line's figures. */
function peerBuild() {
  const kit = process.env.PEER_KIT ?? path.resolve(root, '..', 'shared', 'bench');
  const result = spawnSync('bash', [path.join(kit, 'peer-docusaurus.sh'), postsDir, String(n)], {
    encoding: 'utf8',
    env: { ...process.env, FASTER: '1', ...(warm ? { WARM: '1' } : {}) },
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith('RESULT ')) ?? '';
  const field = (name) => Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(line)?.[1] ?? NaN);
  if (result.status !== 0 || !line) {
    console.error(result.stdout, result.stderr);
    throw new Error('bench: the Docusaurus build failed');
  }
  console.log(line);
  return {
    seconds: field('wall_s'),
    peakMemoryMB: field('tree_rss_mb'),
    jsGzip: field('js_hydrate_gz'),
  };
}

const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

// The post a warm build follows an edit of, and its text before the first edit.
const edited = path.join(
  postsDir,
  fs
    .readdirSync(postsDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()[0],
);
const original = fs.readFileSync(edited, 'utf8');
let edits = 0;
function editOnePost() {
  edits++;
  // A sentence no earlier run wrote: each warm build has a real edit to build, even the first of
  // a new `npm run bench -- --warm` after another.
  fs.writeFileSync(edited, `${original}\n\nEdited before warm build ${edits} (${Date.now()}).\n`);
}
if (warm) process.on('exit', () => fs.writeFileSync(edited, original));

if (peer) {
  const ours = [];
  const theirs = [];
  if (warm) {
    console.log('bench: one build of each first, for the warm ones to follow');
    await buildOnce();
    peerBuild();
  }
  for (let i = 0; i < runs; i++) {
    if (warm) editOnePost();
    ours.push(await buildOnce());
    if (warm) editOnePost();
    theirs.push(peerBuild());
  }
  const ratio = (a, b) => (mean(a) / mean(b)).toFixed(2);
  console.log(
    `bench --peer N=${n} (${warm ? 'warm' : 'cold'}), ${runs} alternating runs each:\n` +
      `  this engine: ${ours.map((r) => r.seconds).join(', ')} s; peak ${ours.map((r) => r.peakMemoryMB).join(', ')} MB\n` +
      `  Docusaurus Faster: ${theirs.map((r) => r.seconds).join(', ')} s; peak ${theirs.map((r) => r.peakMemoryMB).join(', ')} MB\n` +
      `  ratio (this / Docusaurus Faster, means): time ${ratio(
        ours.map((r) => r.seconds),
        theirs.map((r) => r.seconds),
      )}, ` +
      `memory ${ratio(
        ours.map((r) => r.peakMemoryMB),
        theirs.map((r) => r.peakMemoryMB),
      )}, ` +
      `post page JS ${(ours[0].postPageJsGzipBytes / theirs[0].jsGzip).toFixed(2)}`,
  );
  process.exit(0);
}

/** The modules in Next's server bundles, as their source maps name them. */
function serverModules(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.js.map'))
    .flatMap((file) => {
      const map = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      return (map.sections?.map((section) => section.map) ?? [map]).flatMap((m) => m.sources);
    });
}

// How fast the machine is right now, before and after the build (see calibrate.mjs).
const calibrationBefore = check ? await calibrate() : undefined;
if (warm) editOnePost();
const report = await buildOnce();

if (check) {
  // Gross regressions only: twice what a build takes on this machine right now. Time is counted
  // in units of the calibration workload (bench/calibrate.mjs, timed before and after the build),
  // so a slow or busy machine gets a proportionally longer allowance: a build is expected to take
  // 4 + 0.045 of them a post (200 posts: 13; measured 10–13 on 2026-11-29, where the workload took
  // 3.9 s on both cores); memory 1,250 MB + 0.28 MB a post; post page JS 140 KB.
  const calibration = ((calibrationBefore ?? 0) + (await calibrate())) / 2;
  console.log(`bench: calibration ${calibration.toFixed(2)} s`);
  const maxSeconds = Math.round(2 * calibration * (4 + 0.045 * n));
  const maxMB = Math.round(2 * (1250 + 0.28 * n));
  const maxJsKB = 2 * 140;
  const failures = [];
  if (report.seconds > maxSeconds) failures.push(`time ${report.seconds} s > ${maxSeconds} s`);
  if (report.peakMemoryMB > maxMB) failures.push(`memory ${report.peakMemoryMB} MB > ${maxMB} MB`);
  if (report.postPageJsGzipKB > maxJsKB) {
    failures.push(`post page JS ${report.postPageJsGzipKB} KB > ${maxJsKB} KB`);
  }
  if (
    serverModules(path.join(root, '.next', 'server')).some((m) =>
      m.endsWith('lib/compile/compile.ts'),
    )
  ) {
    failures.push('the MDX compiler is in the production bundle (see lib/compile/compiler.ts)');
  }
  if (failures.length > 0) {
    console.error(`bench: gross regression: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log(`bench: within the regression limits (${maxSeconds} s, ${maxMB} MB, ${maxJsKB} KB)`);
}
