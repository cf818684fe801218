#!/usr/bin/env node
// Between Next's compile and generate steps (scripts/build.mjs): every page's key, and which
// pages Next must render because the last build left no page with that key
// (lib/publish/page-keys.ts, lib/publish/page-cache.ts). Writes the plan to PLAN; CODE is the
// compiled app's fingerprint (`codeFingerprint`, read when the compile step ended).
//   node scripts/page-plan.mjs PLAN CODE
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { loadProject } = await jiti.import('./project.ts');
const { cacheDirs } = await jiti.import('../lib/cache-dirs.ts');
const { pageKeys } = await jiti.import('../lib/publish/page-keys.ts');
const { planPages, writePlan } = await jiti.import('../lib/publish/page-cache.ts');
const { pageFile } = await jiti.import('../lib/urls/site-urls.ts');

const [planFile, code] = process.argv.slice(2);
if (!planFile || !code) throw new Error('usage: node scripts/page-plan.mjs PLAN CODE');
const { rootDir, config, blogs } = await loadProject();
const keys = await pageKeys(blogs, code);
const plan = planPages(cacheDirs(rootDir).pages, keys, (sitePath) =>
  pageFile(sitePath, config.trailingSlash),
);
writePlan(planFile, plan);
const kept = plan.pages.length - plan.render.length;
console.log(
  `pages: ${plan.render.length} to render, ${kept} unchanged since the last build (copied from it)`,
);
