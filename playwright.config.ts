import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when it is installed (this machine has no Playwright browser download),
// otherwise Playwright's own browser.
const systemChromium = '/usr/bin/chromium';
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;

/** Each export is served the way a static host would serve it (scripts/serve.mjs). */
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);
const exports = {
  site: { port: portBase, dir: 'out', basePath: '' },
  corpus: { port: portBase + 1, dir: '.cache/exports/corpus-200', basePath: '' },
  // posts/ plus the test-only posts of e2e/fixtures/posts/, exported under /blog (build:subpath).
  subpath: { port: portBase + 2, dir: '.cache/exports/subpath', basePath: '/blog' },
  // Posts from strangers, built with markdown.trusted: false (build:hostile).
  hostile: { port: portBase + 3, dir: '.cache/sites/hostile/out', basePath: '' },
  // A Docusaurus site moved over with npm run import (build:real-blogs).
  docusaurus: { port: portBase + 4, dir: '.cache/sites/real-docusaurus-blog/out', basePath: '' },
};

const devPort = portBase + 9;

const url = (name: keyof typeof exports) =>
  `http://localhost:${exports[name].port}${exports[name].basePath}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: ['--no-sandbox'] },
  },
  projects: [
    {
      // The real site: the kube-rs post and its pages.
      name: 'site',
      testIgnore: /\.(corpus|subpath|dev|hostile|docusaurus)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: url('site') },
    },
    {
      // The shared benchmark corpus (200 posts): pagination, Korean tags, scale.
      name: 'corpus',
      testMatch: /\.corpus\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: url('corpus') },
    },
    {
      // The site served under a sub-path, with hostile test posts: escaping, base path, links.
      // Its base URL is the origin: the specs write the /blog/ they expect.
      name: 'subpath',
      testMatch: /\.subpath\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${exports.subpath.port}` },
    },
    {
      // The hostile site: no script of a post runs, no file leaks, every feed parses.
      name: 'hostile',
      testMatch: /\.hostile\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: url('hostile') },
    },
    {
      // A Docusaurus site moved over: its URLs, components, diagrams, with and without JS.
      name: 'docusaurus',
      testMatch: /\.docusaurus\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: url('docusaurus') },
    },
    {
      // `npm run dev` over a copy of the fixture posts: live authoring.
      name: 'dev',
      testMatch: /\.dev\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${devPort}` },
    },
  ],
  webServer: [
    ...Object.values(exports).map(({ port, dir, basePath }) => ({
      command: `node scripts/serve.mjs ${dir}`,
      // serve.mjs's default host whatever HOST the shell exports. `localhost` reaches it where it
      // resolves to ::1 first too: Node, Playwright and Chromium try each address in turn.
      env: { PORT: String(port), BASE_PATH: basePath, HOST: '127.0.0.1' },
      url: `http://localhost:${port}${basePath}/`,
      reuseExistingServer: !process.env.CI,
    })),
    {
      command: 'node scripts/dev-e2e.mjs',
      env: { PORT: String(devPort) },
      url: `http://localhost:${devPort}/live-reload/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
