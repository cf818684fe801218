#!/usr/bin/env node
// The real Docusaurus blogs of ../shared/real-blogs/ (or REAL_BLOGS), and the Docusaurus site of
// e2e/fixtures/docusaurus-blog/ (every feature real blogs use, for the `docusaurus` e2e project),
// each imported with `npm run import` into a copy of this project and built there, as a user
// moving over would: .cache/sites/real-<name>/out. Prints, for each, the posts imported and built,
// those whose page shows MDX as text, and the build's time.
//   node scripts/build-real-blogs.mjs [NAME…]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, siteCopy } from './site-copy.mjs';

const root = path.resolve(import.meta.dirname, '..');
const source = path.resolve(
  process.env.REAL_BLOGS ?? path.join(root, '..', 'shared', 'real-blogs'),
);
const sites = new Map([['docusaurus-blog', path.join(root, 'e2e', 'fixtures', 'docusaurus-blog')]]);
if (fs.existsSync(source)) {
  for (const name of fs.readdirSync(source)) {
    if (fs.existsSync(path.join(source, name, 'blog'))) sites.set(name, path.join(source, name));
  }
} else {
  console.log(`real blogs: ${source} does not exist; only the fixture site is built`);
}
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...sites.keys()];

/** Pages under `dir` that show MDX as text: a truncate marker, an import line, a JSX tag. */
function literalMdx(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    const body = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    if (
      /\{\/\*\s*truncate|&lt;!--\s*truncate|^import\s.+from\s|&lt;(?:Tabs|TabItem|Image)\b/m.test(
        body,
      )
    )
      found.push(path.relative(dir, file));
  }
  return found;
}

let failed = 0;
for (const name of names) {
  const dir = siteCopy(`real-${name}`, {});
  const siteDir = sites.get(name);
  if (!siteDir) throw new Error(`no site called ${name}`);
  const imported = spawnSync(
    process.execPath,
    ['scripts/run-ts.mjs', 'scripts/import.ts', siteDir],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  if (imported.status !== 0) {
    console.error(imported.stdout, imported.stderr);
    failed++;
    continue;
  }
  const started = performance.now();
  const { status, output } = buildSite(dir, {}, { capture: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // `npm run check` says "12 posts checked" or "12 posts and 3 pages checked".
  const checked = /(\d+ posts?(?: and \d+ pages?)?) checked/.exec(output)?.[1] ?? '? posts';
  if (status !== 0) {
    console.error(output.split('\n').slice(-40).join('\n'));
    console.error(`real blog ${name}: the build failed (${seconds} s)`);
    failed++;
    continue;
  }
  const outDir = path.join(dir, 'out');
  const literal = literalMdx(outDir);
  console.log(
    `real blog ${name}: ${checked} checked and built in ${seconds} s; ${literal.length} pages show MDX as text${literal.length ? `: ${literal.join(', ')}` : ''}`,
  );
  if (literal.length > 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
