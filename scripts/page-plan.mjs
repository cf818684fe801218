#!/usr/bin/env node
// Between Next's compile and generate steps (scripts/build.mjs): every page's key, and which
// pages Next must render because the last build left no page with that key
// (lib/publish/page-keys.ts, lib/publish/page-cache.ts). Writes the plan to PLAN.
//   node scripts/page-plan.mjs PLAN
import path from 'node:path';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { loadProject } = await jiti.import('./project.ts');
const { cacheDirs } = await jiti.import('../lib/cache-dirs.ts');
const { codeFingerprint, pageKeys } = await jiti.import('../lib/publish/page-keys.ts');
const { planPages, writePlan } = await jiti.import('../lib/publish/page-cache.ts');
const { pageFile } = await jiti.import('../lib/urls/site-urls.ts');

const [planFile] = process.argv.slice(2);
if (!planFile) throw new Error('usage: node scripts/page-plan.mjs PLAN');
const { rootDir, config, blogs } = await loadProject();
const keys = await pageKeys(blogs, codeFingerprint(path.join(rootDir, '.next')));
const plan = planPages(cacheDirs(rootDir).pages, keys, (sitePath) =>
  pageFile(sitePath, config.trailingSlash),
);
writePlan(planFile, plan);
const kept = plan.pages.length - plan.render.length;
console.log(
  `pages: ${plan.render.length} to render, ${kept} unchanged since the last build (copied from it)`,
);
