#!/usr/bin/env node
// After `next build`: writes the search index into the export and checks it for broken links,
// anchors and files (failing the build unless ON_BROKEN_LINKS is warn or ignore).
//   node scripts/postbuild.mjs [DIR]      DIR defaults to EXPORT_DIR (as in next.config.ts) or out
// Runs the TypeScript in lib/publish/ through jiti, with the build's environment.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { postbuild } = await jiti.import('../lib/publish/postbuild.ts');
const ok = await postbuild(process.argv[2] ?? process.env.EXPORT_DIR ?? 'out');
process.exitCode = ok ? 0 : 1;
