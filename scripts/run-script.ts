/** Test helper: runs one of our TypeScript scripts in a site folder, as `npm run …` would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export function runScript(
  script: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
) {
  const result = spawnSync(
    process.execPath,
    [tsxCli, path.join(root, 'scripts', script), ...args],
    {
      cwd,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
