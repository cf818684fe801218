/**
 * The Next.js versions the three reach-ins into Next were verified against: the loader that
 * turns off per-segment prefetch files (no-segment-prefetch.cjs), the two-step build
 * (`--experimental-build-mode=compile`, then `generate`, see scripts/build.mjs), and in
 * `npm run dev` the wrapper of the dev server's static paths (dev-static-paths.mjs). Outside the
 * range, none is used: the build runs a plain `next build` and says why.
 */
import fs from 'node:fs';
import path from 'node:path';

/** [first, last) minor versions verified: 16.4.x. */
export const VERIFIED_NEXT = { from: [16, 4], until: [16, 5] } as const;

export type NextSupport =
  | { supported: true; version: string }
  | { supported: false; version: string | undefined; reason: string };

function parseVersion(version: string): number[] {
  return version
    .split(/[.-]/)
    .slice(0, 3)
    .map((part) => Number.parseInt(part, 10));
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether the installed Next.js is one the workarounds were verified with. */
export function nextSupport(rootDir: string): NextSupport {
  const file = path.join(rootDir, 'node_modules', 'next', 'package.json');
  let version: string | undefined;
  try {
    version = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version;
  } catch {
    version = undefined;
  }
  if (version === undefined)
    return { supported: false, version, reason: `cannot read the version of Next.js (${file})` };
  const parsed = parseVersion(version);
  const range = `${VERIFIED_NEXT.from.join('.')}.x`;
  if (compare(parsed, VERIFIED_NEXT.from) < 0 || compare(parsed, VERIFIED_NEXT.until) >= 0)
    return {
      supported: false,
      version,
      reason: `Next.js ${version} is outside ${range}, the versions the build's workarounds were verified with`,
    };
  return { supported: true, version };
}

/** The Next.js file the no-segment-prefetch loader rewrites, inside `rootDir`'s node_modules. */
export const SEGMENT_DATA_FILE = path.join(
  'node_modules',
  'next',
  'dist',
  'esm',
  'server',
  'app-render',
  'collect-segment-data.js',
);
