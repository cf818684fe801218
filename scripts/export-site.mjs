// Builds a static export the way `npm run build` does (scripts/check.ts, then scripts/build.mjs)
// with its own posts, export folder and settings. Used by the test exports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Runs the build with `env` added to the environment (POSTS_DIR, EXPORT_DIR, BASE_PATH, …).
 * Returns the exit status and, with `capture`, the output instead of printing it.
 */
export function exportSite(env, { capture = false } = {}) {
  const options = {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    stdio: capture ? 'pipe' : 'inherit',
  };
  const steps = [
    ['npx', ['tsx', 'scripts/check.ts', '--skip-links']],
    [process.execPath, ['scripts/build.mjs', env.EXPORT_DIR]],
  ];
  let output = '';
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, options);
    output += `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0) return { status: result.status ?? 1, output };
  }
  return { status: 0, output };
}

/** A fresh folder of posts (relative to the project, as POSTS_DIR wants) from `sources`. */
export function assemblePosts(target, sources) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const source of sources) fs.cpSync(source, target, { recursive: true });
  return target;
}
