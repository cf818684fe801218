/**
 * A hash of the engine's own sources and locked dependencies, for caches whose entries must not
 * outlive the code that made them (compiled posts, loaded content).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const fingerprints = new Map<string, string>();

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return [dir];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The hash of the TypeScript under `parts` (folders or files of `rootDir`) and package-lock.json. */
export function sourceFingerprint(rootDir: string, parts: readonly string[]): string {
  const key = `${rootDir}\0${parts.join('\0')}`;
  let fingerprint = fingerprints.get(key);
  if (!fingerprint) {
    const hash = createHash('sha256');
    const files = [
      ...parts.flatMap((part) => sourceFiles(path.join(rootDir, part))),
      path.join(rootDir, 'package-lock.json'),
    ];
    for (const file of files) {
      if (!fs.existsSync(file)) continue;
      hash
        .update(path.relative(rootDir, file))
        .update('\0')
        .update(fs.readFileSync(file))
        .update('\0');
    }
    fingerprint = hash.digest('hex');
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}
