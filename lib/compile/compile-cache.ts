/**
 * Compiled posts kept on disk (`.cache/mdx/`), so that a post is compiled once per change, not
 * once per build worker and build: the build's workers, `npm run check` and later builds share
 * them. An entry is keyed by the engine (compiler sources and locked dependencies), the settings
 * that shape the output, and the post's source; it also records the files and posts it read,
 * and is used only while those are unchanged.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledPost } from './compile';

type Entry = CompiledPost & { fileStamps: Record<string, string> };

const fingerprints = new Map<string, string>();

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of what turns Markdown into code: lib/compile, the text rules it shares (lib/text), the
 * UI strings, the locked dependencies.
 */
export function engineFingerprint(rootDir: string): string {
  let fingerprint = fingerprints.get(rootDir);
  if (!fingerprint) {
    const hash = createHash('sha256');
    const files = [
      ...listFiles(path.join(rootDir, 'lib', 'compile')),
      ...listFiles(path.join(rootDir, 'lib', 'text')),
      path.join(rootDir, 'lib', 'i18n.ts'),
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
    fingerprints.set(rootDir, fingerprint);
  }
  return fingerprint;
}

export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export function stamp(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}

/** A cached compile, if it exists and what it read is unchanged. */
export function readCompiled(
  cacheDir: string,
  key: string,
  permalinkOfFile: (file: string) => string | undefined,
): CompiledPost | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(fs.readFileSync(path.join(cacheDir, `${key}.json`), 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (!dependenciesUnchanged(entry.facts, entry.fileStamps, permalinkOfFile)) return undefined;
  return { code: entry.code, facts: entry.facts };
}

/** Stamps of the files a compile read, to tell later whether they changed. */
export function stampFiles(facts: CompiledPost['facts']): Record<string, string> {
  return Object.fromEntries(facts.dependencies.files.map((file) => [file, stamp(file)]));
}

/** True when the files and posts a compile depended on are as they were. */
export function dependenciesUnchanged(
  facts: CompiledPost['facts'],
  fileStamps: Record<string, string>,
  permalinkOfFile: (file: string) => string | undefined,
): boolean {
  const { files, posts } = facts.dependencies;
  if (files.some((file) => fileStamps[file] !== stamp(file))) return false;
  return posts.every((link) => permalinkOfFile(link.file) === link.permalink);
}

/** Stores a compile; written to a temporary file and renamed, as several workers share the cache. */
export function writeCompiled(cacheDir: string, key: string, compiled: CompiledPost): void {
  const entry: Entry = { ...compiled, fileStamps: stampFiles(compiled.facts) };
  fs.mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, `${key}.json`);
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(entry));
  fs.renameSync(temporary, target);
}
