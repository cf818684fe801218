#!/usr/bin/env node
// After `next build`: copies the files posts use into the export, writes the feeds, the sitemap,
// robots.txt and the search index, and checks the export for broken links, anchors and files
// (failing the build unless ON_BROKEN_LINKS is warn or ignore).
//   node scripts/postbuild.mjs [DIR]      DIR defaults to EXPORT_DIR (as in next.config.ts) or out
// With RENDER_PLAN (scripts/build.mjs), Next rendered only the plan's pages: the others are
// copied in from the last build first (lib/publish/page-cache.ts).
// With PUBLISH_WAIT=1 (scripts/build.mjs, while Next renders), it loads the project, then waits
// for `go` on its input before touching the export; if the input ends first, it does nothing.
// Runs the TypeScript in lib/publish/ through jiti, with the build's environment.
import { createJiti } from 'jiti';

/** True once `go` comes on stdin, false if stdin ends without it. */
async function startSignal() {
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes('go\n')) return true;
  }
  return false;
}

const jiti = createJiti(import.meta.url);
const { loadProject } = await jiti.import('./project.ts');
const { postbuild } = await jiti.import('../lib/publish/postbuild.ts');
const { RENDER_PLAN_ENV, readPlan } = await jiti.import('../lib/publish/page-cache.ts');
const { cacheDirs } = await jiti.import('../lib/cache-dirs.ts');
const { rootDir, blogs, config } = await loadProject();
if (process.env.PUBLISH_WAIT === '1') {
  for (const blog of blogs) blog.routes();
  if (!(await startSignal())) process.exit(1);
}
const planFile = process.env[RENDER_PLAN_ENV];
const pageCache = planFile
  ? { dir: cacheDirs(rootDir).pages, plan: readPlan(planFile) }
  : undefined;
const ok = await postbuild(process.argv[2] ?? config.exportDir, blogs, undefined, pageCache);
process.exitCode = ok ? 0 : 1;
