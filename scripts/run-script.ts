/** Test helper: runs one of our TypeScript scripts in a site folder, as `npm run …` would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runTs = path.join(root, 'scripts', 'run-ts.mjs');

export function runScript(
  script: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
) {
  const result = spawnSync(process.execPath, [runTs, path.join(root, 'scripts', script), ...args], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
