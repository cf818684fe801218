/**
 * Finding and starting Chromium. When it is missing or will not start, the error says so in
 * one line with the fix, so a build can show the diagrams' code with a warning instead.
 */
import { access, constants } from 'node:fs/promises';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The option, else `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(option?: string): string {
  return option || process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
];

/** Diagrams cannot be rendered on this machine; `message` is for people and names the fix. */
export class UnavailableError extends Error {
  override name = 'UnavailableError';
}

function chromiumUnavailable(executable: string, reason: string): UnavailableError {
  return new UnavailableError(
    `mermaid diagrams need Chromium (${executable} ${reason}): apt-get install chromium, ` +
      'or set CHROMIUM_PATH',
  );
}

export async function launchChromium(executable: string, timeoutMs: number): Promise<Browser> {
  try {
    await access(executable, constants.X_OK);
  } catch {
    throw chromiumUnavailable(executable, 'not found');
  }
  // Loaded only when a diagram needs it: a build without diagrams never starts Playwright.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({
      executablePath: executable,
      args: LAUNCH_ARGS,
      timeout: timeoutMs,
    });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw chromiumUnavailable(executable, `did not start: ${first.trim()}`);
  }
}
