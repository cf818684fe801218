/**
 * Evaluates a Docusaurus config in a child process (`evaluate-child.ts`), so that whatever it
 * does — exit, hang, throw, print — cannot take the importer with it. Runs with NODE_ENV
 * `production`, as `docusaurus build` does; gives up after a time limit.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigValue } from './config-values';
import { reviveConfig } from './config-values';
import type { ChildMessage } from './evaluate-child';

export type Evaluation = { ok: true; config: ConfigValue } | { ok: false; error: string };

const CHILD = path.join(import.meta.dirname, 'evaluate-child.ts');

export function evaluateConfig(configFile: string, timeoutMs = 30_000): Promise<Evaluation> {
  let tsx: string;
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  } catch {
    return Promise.resolve({ ok: false, error: 'tsx, which runs it, is not installed' });
  }
  const stubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docusaurus-import-'));
  return new Promise((resolve) => {
    const child = fork(CHILD, [configFile, stubDir], {
      cwd: path.dirname(configFile),
      env: { ...process.env, NODE_ENV: 'production' },
      execArgv: ['--import', tsx],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let settled = false;
    const finish = (result: Evaluation) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(stubDir, { recursive: true, force: true });
      resolve(result);
    };
    const timer = setTimeout(() => {
      finish({ ok: false, error: `it did not finish within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('message', (message: ChildMessage) => {
      finish(message.ok ? { ok: true, config: reviveConfig(message.config) } : message);
    });
    child.on('error', (error) => finish({ ok: false, error: error.message }));
    child.on('close', (code, signal) => {
      const last = stderr.trim().split('\n').filter(Boolean).at(-1);
      finish({
        ok: false,
        error: last ?? `it exited (${signal ?? `code ${code}`}) before giving its settings`,
      });
    });
  });
}
