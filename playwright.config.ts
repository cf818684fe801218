import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when it is installed (this machine has no Playwright browser download),
// otherwise Playwright's own browser.
const systemChromium = '/usr/bin/chromium';
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;

const SITE_PORT = 3100;

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
      name: 'site',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${SITE_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs out`,
      env: { PORT: String(SITE_PORT) },
      url: `http://localhost:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
