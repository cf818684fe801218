/**
 * Compiled posts kept on disk (`.cache/mdx/`), so that a post is compiled once per change, not
 * once per build worker and build: the build's workers, `npm run check`, the publish step and
 * later builds share them. An entry is keyed by the engine (compiler sources and locked
 * dependencies), the settings that shape the output, and the post's source; it records the
 * files and posts it read, and is used only while those are unchanged. Its facts (TOC, ids,
 * links, assets) and its code are two files, so that what needs only the facts (the check, the
 * publish step) never reads the code.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sourceFingerprint } from '../fingerprint';
import { writeFileAtomically } from '../write-atomically';
import type { CompileFacts } from './context';

export type CompiledPost = { code: string; facts: CompileFacts };

type FactsEntry = { facts: CompileFacts; fileStamps: Record<string, string> };

/**
 * A hash of what turns Markdown into code: lib/compile, the text rules it shares (lib/text), the
 * UI strings, the locked dependencies.
 */
export function engineFingerprint(rootDir: string): string {
  return sourceFingerprint(rootDir, ['lib/compile', 'lib/i18n', 'lib/text']);
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

/** Stamps of the files a compile read, to tell later whether they changed. */
export function stampFiles(facts: CompileFacts): Record<string, string> {
  return Object.fromEntries(facts.dependencies.files.map((file) => [file, stamp(file)]));
}

/** True when the files and posts a compile depended on are as they were. */
export function dependenciesUnchanged(
  facts: CompileFacts,
  fileStamps: Record<string, string>,
  permalinkOfFile: (file: string) => string | undefined,
): boolean {
  const { files, posts } = facts.dependencies;
  if (files.some((file) => fileStamps[file] !== stamp(file))) return false;
  return posts.every((link) => permalinkOfFile(link.file) === link.permalink);
}

/** The facts of a cached compile, if it exists and what it read is unchanged. */
export function readFacts(
  cacheDir: string,
  key: string,
  permalinkOfFile: (file: string) => string | undefined,
): CompileFacts | undefined {
  let entry: FactsEntry;
  try {
    entry = JSON.parse(fs.readFileSync(path.join(cacheDir, `${key}.json`), 'utf8')) as FactsEntry;
  } catch {
    return undefined;
  }
  if (!dependenciesUnchanged(entry.facts, entry.fileStamps, permalinkOfFile)) return undefined;
  return entry.facts;
}

/** The code of a cached compile whose facts `readFacts` accepted. */
export function readCode(cacheDir: string, key: string): string | undefined {
  try {
    return fs.readFileSync(path.join(cacheDir, `${key}.js`), 'utf8');
  } catch {
    return undefined;
  }
}

/** A cached compile, if it exists and what it read is unchanged. */
export function readCompiled(
  cacheDir: string,
  key: string,
  permalinkOfFile: (file: string) => string | undefined,
): CompiledPost | undefined {
  const facts = readFacts(cacheDir, key, permalinkOfFile);
  const code = facts && readCode(cacheDir, key);
  return facts && code !== undefined ? { code, facts } : undefined;
}

/**
 * Stores a compile, each file written whole (several workers share the cache): the code first,
 * so that facts never point at missing code.
 */
export function writeCompiled(cacheDir: string, key: string, compiled: CompiledPost): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  writeFileAtomically(path.join(cacheDir, `${key}.js`), compiled.code);
  const entry: FactsEntry = { facts: compiled.facts, fileStamps: stampFiles(compiled.facts) };
  writeFileAtomically(path.join(cacheDir, `${key}.json`), JSON.stringify(entry));
}
