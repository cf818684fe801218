#!/usr/bin/env -S npx tsx
/**
 * `npm run import -- <docusaurus-site-dir>`: imports a Docusaurus site's blog into this project
 * (the current folder): its posts into `posts/`, `static/` into `public/`, the blog's
 * translations, Markdown pages, and its settings into `site.config.ts`; then prints what it
 * carried and what it could not, each with its file. Exits 1 when the folder is not a Docusaurus
 * site or has no blog.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MARKER_FILE } from '../lib/import/import-marker';
import { importSite } from '../lib/import/import-site';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error('usage: npm run import -- <docusaurus-site-dir>');
  process.exit(1);
}
const [siteDir = ''] = positionals;
const outcome = await importSite(siteDir, process.cwd());
for (const line of outcome.lines) console.log(line);
if (!outcome.ok) {
  console.error(`import: ${outcome.message}`);
  process.exit(1);
}
const left = outcome.lines.filter((line) => line.startsWith('not carried')).length;
const copied = outcome.files.length - 1;
console.log(
  `\nimported ${path.resolve(siteDir)}: site.config.ts and ${copied} ${copied === 1 ? 'file' : 'files'} (listed in ${MARKER_FILE}); ${left} ${left === 1 ? 'thing' : 'things'} not carried (above)`,
);
