#!/usr/bin/env node
// Lighthouse (mobile) against the served export: home, the kube-rs post and a tag page.
//   npm run lighthouse [-- --check] [-- --dir out]
// Budgets: performance ≥ 90; accessibility, best practices and SEO 100. Uses Debian's
// Chromium when present. Serves the export itself with scripts/serve.mjs on port 3199.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'out';
const port = 3199;
const basePath = process.env.BASE_PATH ?? '';
const pages = {
  home: '/',
  'kube-rs post': '/2026/02/20/kube-rs-contribution/',
  'tag page': '/tags/kube-rs/',
};
const BUDGETS = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };

const root = path.resolve(import.meta.dirname, '..');
const server = spawn(process.execPath, ['scripts/serve.mjs', dir], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));

const chromePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const failures = [];
try {
  for (const [name, pathname] of Object.entries(pages)) {
    const url = `http://localhost:${port}${basePath}${pathname}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGETS),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse: no result for ${url}`);
    const scores = Object.fromEntries(
      Object.keys(BUDGETS).map((key) => [key, Math.round((lhr.categories[key]?.score ?? 0) * 100)]),
    );
    const metric = (id) => lhr.audits[id]?.displayValue ?? '?';
    console.log(
      `${name.padEnd(13)} performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
        `best practices ${scores['best-practices']}, SEO ${scores.seo} ` +
        `(FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
        `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')})`,
    );
    for (const [key, min] of Object.entries(BUDGETS)) {
      if (scores[key] < min) {
        const lost = Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
          )
          .filter((audit) =>
            (lhr.categories[key]?.auditRefs ?? []).some(
              (ref) => ref.id === audit.id && ref.weight > 0,
            ),
          )
          .map((audit) => {
            // What the audit found (a console error's text, a failed request's URL), briefly.
            const found = (audit.details?.items ?? [])
              .map((item) => item.description ?? item.url)
              .filter(Boolean)
              .slice(0, 3);
            return found.length > 0 ? `${audit.id}: ${found.join('; ')}` : audit.id;
          });
        failures.push(`${name}: ${key} ${scores[key]} < ${min} (${lost.join(', ')})`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

if (failures.length > 0) {
  console.log(`\nBelow budget:\n- ${failures.join('\n- ')}`);
  if (check) process.exit(1);
}
