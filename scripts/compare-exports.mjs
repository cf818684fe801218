#!/usr/bin/env node
// Compares two static exports as a reader and a feed reader get them, apart from what changes
// with every build: Next's hashed script and style names, its build id, the React payload it
// inlines for hydration (and writes to `index.txt`), whose shape follows the app's routes, the
// ids React's useId derives from that shape, and React's comment markers.
//   node scripts/compare-exports.mjs BEFORE AFTER [--verbose] [--ignore-attr NAME]…
// (--ignore-attr: an attribute one side adds on purpose, such as a marker for a later step.)
// Exits 1 when a page, feed, sitemap or file differs, printing where; 0 when they are the same.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const ignoredAttributes = args.flatMap((arg, i) => (args[i - 1] === '--ignore-attr' ? [arg] : []));
const [before, after] = args.filter(
  (arg, i) => !arg.startsWith('--') && args[i - 1] !== '--ignore-attr',
);
const verbose = args.includes('--verbose');
if (!before || !after) {
  console.error('usage: node scripts/compare-exports.mjs BEFORE AFTER [--verbose]');
  process.exit(2);
}

/** Files of an export that say something to a reader, `/`-separated, sorted. */
function files(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        // Next's own: scripts and styles (hashed), and the placeholder and not-found routes.
        if (['_next', '_not-found'].includes(relative)) continue;
        walk(full);
      } else if (!relative.endsWith('/index.txt') && relative !== 'index.txt') {
        found.push(relative);
      }
    }
  };
  walk(root);
  return found.sort();
}

/** A page as the browser shows it: without Next's scripts and payload, hashes made equal. */
function normalizeHtml(html) {
  return (
    html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) =>
        /^<script\b[^>]*\bsrc=/.test(script) || /^<script\b[^>]*>self\.__next_f/.test(script)
          ? ''
          : script,
      )
      .replace(/<link rel="(?:preload|modulepreload)" as="script"[^>]*>/g, '')
      // React's markers: empty Suspense boundaries, and the separators it puts between two text
      // nodes, which depend on when async components finish.
      .replace(/<!--\$--><!--\/\$-->|<!-- -->/g, '')
      .replace(/\b_R_[0-9a-z]+_/g, '_R_ID_')
      .replace(
        new RegExp(` (?:${ignoredAttributes.join('|') || '(?!)'})(?:="[^"]*")?(?=[ />])`, 'g'),
        '',
      )
      .replace(/(?:\/_next\/)?static\/[^"')\s]+?\.(css|js|woff2?)/g, '/_next/static/HASH.$1')
      .replace(/<link rel="stylesheet" href="[^"]*\/_next\/static\/HASH\.css"[^>]*>/g, '<css>')
      .replace(/(?:<css>)+/g, '<css>')
  );
}

const a = files(before);
const b = files(after);
const onlyBefore = a.filter((file) => !b.includes(file));
const onlyAfter = b.filter((file) => !a.includes(file));
const differing = [];
for (const file of a.filter((f) => b.includes(f))) {
  let left = fs.readFileSync(path.join(before, file));
  let right = fs.readFileSync(path.join(after, file));
  if (file.endsWith('.html')) {
    left = Buffer.from(normalizeHtml(left.toString('utf8')));
    right = Buffer.from(normalizeHtml(right.toString('utf8')));
  }
  if (!left.equals(right)) differing.push({ file, left: left.toString(), right: right.toString() });
}

const total = a.length;
for (const file of onlyBefore) console.log(`only in ${before}: ${file}`);
for (const file of onlyAfter) console.log(`only in ${after}: ${file}`);
for (const { file, left, right } of differing) {
  let at = 0;
  while (at < left.length && left[at] === right[at]) at++;
  console.log(`differs: ${file} (from character ${at})`);
  if (verbose) {
    console.log(`  before: …${left.slice(Math.max(0, at - 80), at + 160)}…`);
    console.log(`  after:  …${right.slice(Math.max(0, at - 80), at + 160)}…`);
  }
}
const same = total - onlyBefore.length - differing.length;
console.log(
  `${same} of ${total} files the same; ${differing.length} differ, ${onlyBefore.length} only before, ${onlyAfter.length} only after`,
);
process.exitCode = differing.length + onlyBefore.length + onlyAfter.length > 0 ? 1 : 0;
