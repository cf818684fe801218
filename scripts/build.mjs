#!/usr/bin/env node
// `npm run build`: scripts/check.ts (every post validated and compiled; each page's content key),
// `next build`, then scripts/postbuild.mjs (assets, feeds, sitemap, search index, broken-site
// check). Arguments go to postbuild (the export folder; EXPORT_DIR or out/ without one).
//
// With a Next.js the workarounds were verified with (lib/build/next-support.ts), next build runs
// in two processes:
// 1. `--experimental-build-mode=compile`: Turbopack compiles the app, and the process ends. In a
//    single `next build`, Turbopack holds ~450 MB of native memory for ~10 s after compiling, just
//    when the rendering workers start and grow: at 1,000 posts that set the build's peak
//    (bench/RESULTS.md). Skipped when nothing it reads changed since it last ran
//    (lib/build/compile-inputs.ts).
// 2. `--experimental-build-mode=generate`: renders and exports the pages whose key changed since
//    the last build (lib/publish/page-cache.ts; postbuild copies the others in), in a process
//    that never loaded Turbopack.
// Otherwise (another Next.js, BUILD_STEPS=1, or NEXT_WORKAROUNDS=off) one plain `next build`
// renders every page, without the no-segment-prefetch loader either, and says why. postbuild
// fails the build on any page missing from the export, whichever way it was built.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { nextSupport } = await jiti.import('../lib/build/next-support.ts');
const { cacheDirs } = await jiti.import('../lib/cache-dirs.ts');
const { compileInputs } = await jiti.import('../lib/build/compile-inputs.ts');
const { IMPORTS_DIR } = await jiti.import('../lib/compile/imports-registry.ts');
const { resolveSiteConfig } = await jiti.import('../lib/config/resolve.ts');
const { codeFingerprint } = await jiti.import('../lib/publish/page-keys.ts');
const { planPages, writePlan } = await jiti.import('../lib/publish/page-cache.ts');
const { pageFile } = await jiti.import('../lib/urls/site-urls.ts');

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function run(args, extraEnv = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Starts a command that loads what it needs and then waits (PUBLISH_WAIT=1) until `go()`;
 * `go()` resolves to its exit code. If this process ends first, it ends without doing anything.
 */
function startWaiting(args, extraEnv) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: { ...env, ...extraEnv, PUBLISH_WAIT: '1' },
  });
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  // A command that already ended (its own error printed) cannot read `go`: its code tells.
  child.stdin.on('error', () => {});
  return {
    go: () => {
      child.stdin.end('go\n');
      return exited;
    },
  };
}

const { default: siteConfig } = await jiti.import(path.join(root, 'site.config.ts'));

/** What the compile step reads besides files: the settings next.config.ts resolves, Next's env. */
function compileSettings(compileEnv) {
  const nextEnv = Object.entries(compileEnv).filter(([name]) =>
    /^(?:NEXT_|NODE_ENV$|BUILD_WORKERS$)/.test(name),
  );
  return JSON.stringify([resolveSiteConfig(siteConfig, compileEnv), nextEnv.sort()]);
}

// The app in .next/: what its compile read (lib/build/compile-inputs.ts) and its fingerprint
// (lib/publish/page-keys.ts). Outside .next/cache/, which a CI cache may keep without the app.
const compiledFile = path.join(root, '.next', 'compiled-app.json');

/** `{ inputs, code }` of the app in .next/, if recorded. */
function readCompiled() {
  try {
    return JSON.parse(fs.readFileSync(compiledFile, 'utf8'));
  } catch {
    return undefined;
  }
}

const { pageKeys: pageKeysFile, pages: pageCacheDir, renderPlan: planFile } = cacheDirs(root);
const runTs = path.join(root, 'scripts', 'run-ts.mjs');
run([runTs, path.join(root, 'scripts', 'check.ts'), '--skip-links', '--page-keys', pageKeysFile], {
  NODE_OPTIONS: '--max-semi-space-size=48',
});

const support = nextSupport(root);
const plain =
  !support.supported || env.BUILD_STEPS === '1' || env.NEXT_WORKAROUNDS === 'off'
    ? !support.supported
      ? support.reason
      : env.BUILD_STEPS === '1'
        ? 'BUILD_STEPS=1'
        : 'NEXT_WORKAROUNDS=off'
    : undefined;

const postbuild = [path.join(root, 'scripts', 'postbuild.mjs'), ...process.argv.slice(2)];
// Node's flags for the process that renders the pages: a tighter heap (lib/build/heap-growth.mjs).
const heapGrowth = pathToFileURL(path.join(root, 'lib', 'build', 'heap-growth.mjs')).href;
const rendering = ['--import', heapGrowth, nextBin];
/** The publish step, when started before Next's generate step ended. */
let publish;

if (plain) {
  console.log(`build: one plain \`next build\`, without the workarounds (${plain})`);
  fs.rmSync(compiledFile, { force: true });
  run([...rendering, 'build'], {
    NEXT_WORKAROUNDS: support.supported ? env.NEXT_WORKAROUNDS : 'off',
  });
} else {
  // The compile step also exports the pages Next cannot yet tell are static, and the generate
  // step renders them again: given no posts, they cost nothing. Compiling never reads posts.
  const noPosts = path.join(root, '.cache', 'no-posts');
  fs.rmSync(noPosts, { recursive: true, force: true });
  fs.mkdirSync(noPosts, { recursive: true });
  const compileEnv = { POSTS_DIR: noPosts, I18N_DIR: noPosts };
  // Skipped when nothing it reads changed since it last ran (lib/build/compile-inputs.ts): the
  // app in .next/ is then the one it would compile.
  const inputs = compileInputs(
    root,
    path.join(root, IMPORTS_DIR),
    compileSettings({ ...env, ...compileEnv }),
  );
  const last = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) ? readCompiled() : undefined;
  let code = last?.code;
  if (inputs !== undefined && last?.inputs === inputs) {
    console.log('build: the app is as compiled by the last build; Next’s compile step skipped');
  } else {
    fs.rmSync(compiledFile, { force: true });
    run([nextBin, 'build', '--experimental-build-mode=compile'], compileEnv);
    // Read now: the generate step rewrites some of Next's manifests.
    code = codeFingerprint(path.join(root, '.next'));
    if (inputs !== undefined) fs.writeFileSync(compiledFile, JSON.stringify({ inputs, code }));
  }
  // Next 16.4's generate step require()s this manifest (the compile step's, listing no pages)
  // before rendering, then exports from that cached copy rather than the one it has just
  // written, and copies no pages. Without the file, it reads the new one.
  fs.rmSync(path.join(root, '.next', 'prerender-manifest.json'), { force: true });
  // Only the pages whose inputs changed since the last build are rendered; the publish step
  // copies the others in from it (lib/publish/page-cache.ts).
  const contentKeys = JSON.parse(fs.readFileSync(pageKeysFile, 'utf8'));
  const { trailingSlash } = resolveSiteConfig(siteConfig, env);
  const plan = planPages(pageCacheDir, contentKeys, code, (sitePath) =>
    pageFile(sitePath, trailingSlash),
  );
  writePlan(planFile, plan);
  const kept = plan.pages.length - plan.render.length;
  console.log(`pages: ${plan.render.length} to render, ${kept} unchanged since the last build`);
  // With most pages kept, Next's rendering is short and the publish step's start (its modules,
  // the content, the routes: ~3 s at 1,000 posts) would follow it: it starts now and waits.
  // Not with many pages to render, whose workers need the cores and the memory.
  if (plan.render.length * 2 <= plan.pages.length) {
    publish = startWaiting(postbuild, { RENDER_PLAN: planFile });
  }
  run([...rendering, 'build', '--experimental-build-mode=generate'], { RENDER_PLAN: planFile });
}
if (publish) process.exit(await publish.go());
run(postbuild, { RENDER_PLAN: plain ? '' : planFile });
