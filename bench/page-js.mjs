// The JavaScript a first visit to a page of an export downloads: every script Chromium fetches
// until the network is idle (the HTML's <script src> and what hydration loads after them, such
// as an island's code loaded on demand), gzip -9 summed. Docusaurus's figure counts the same
// (../shared/bench/docusaurus-route-js.mjs: entry chunks and the route's chunks).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const ORIGIN = 'http://export.invalid';

/** `sitePath` (e.g. `/2019/01/01/name/`, after basePath) of the export in `outDir`. */
export async function pageScriptBytes(outDir, sitePath, basePath = '') {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const scripts = new Set();
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      let file = path.join(outDir, decodeURIComponent(url.pathname.slice(basePath.length)));
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      if (route.request().resourceType() === 'script') scripts.add(file);
      return route.fulfill({ path: file });
    });
    await page.goto(`${ORIGIN}${basePath}${sitePath}`, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
  let gzip = 0;
  for (const file of scripts) gzip += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  return { scripts: scripts.size, gzip };
}
