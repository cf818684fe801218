// Builds a static export the way `npm run build` does (scripts/build.mjs, which runs the check
// first) with its own posts, export folder and settings. Used by the test exports.
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
  const result = spawnSync(process.execPath, ['scripts/build.mjs', env.EXPORT_DIR], options);
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { status: result.status ?? 1, output };
}

/** A fresh folder of posts (relative to the project, as POSTS_DIR wants) from `sources`. */
export function assemblePosts(target, sources) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const source of sources) fs.cpSync(source, target, { recursive: true });
  return target;
}
