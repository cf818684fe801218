#!/usr/bin/env node
// After `next build`: copies the files posts use into the export, writes the feeds, the sitemap,
// robots.txt and the search index, and checks the export for broken links, anchors and files
// (failing the build unless ON_BROKEN_LINKS is warn or ignore).
//   node scripts/postbuild.mjs [DIR]      DIR defaults to EXPORT_DIR (as in next.config.ts) or out
// Runs the TypeScript in lib/publish/ through jiti, with the build's environment.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { loadProject } = await jiti.import('./project.ts');
const { postbuild } = await jiti.import('../lib/publish/postbuild.ts');
const { blogs, config } = await loadProject();
const ok = await postbuild(process.argv[2] ?? config.exportDir, blogs);
process.exitCode = ok ? 0 : 1;
