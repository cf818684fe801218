/**
 * Files a post points at: `/img/x.png` in `public/`, or `./diagram.png` (`../static/x.pdf`, any
 * file of the project) by a path relative to the post. A relative file is published as an asset
 * at `/_assets/<hash of its content>/<name>`: the compile step only records it (with the post's
 * facts, so a cached compile still knows it), and the publish step copies it into the export.
 * Paths are resolved with `realpath`: a symlink leading out of the project is refused.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ASSETS_PREFIX, isExternalUrl } from '../urls/site-urls';
import type { CompileContext } from './context';

export type LocalFile = { file: string; url: string };

export function isExternal(url: string): boolean {
  return isExternalUrl(url);
}

export { isScriptUrl } from '../urls/site-urls';

function splitSuffix(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

/** A URL's path as a file path: `%20` and Hangul decoded, nothing normalized (files keep theirs). */
function decodeFilePath(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

const hashes = new Map<string, string>();

/** The first 12 hex digits of the SHA-256 of a file's content (remembered per size and time). */
export function contentHash(file: string): string {
  const stat = fs.statSync(file);
  const key = `${file}|${stat.size}|${stat.mtimeMs}`;
  let hash = hashes.get(key);
  if (!hash) {
    hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
    hashes.set(key, hash);
  }
  return hash;
}

/** The asset URL of a file: `/_assets/<contentHash>/<its name>`. */
export function assetUrl(file: string): string {
  return `${ASSETS_PREFIX}${contentHash(file)}/${encodeURIComponent(path.basename(file).normalize('NFC'))}`;
}

/** True when `file` is `dir` or inside it. */
export function isInside(dir: string, file: string): boolean {
  const below = path.relative(dir, file);
  return below === '' || (!below.startsWith('..') && !path.isAbsolute(below));
}

/** The real path of an existing regular file, or why it cannot be used. */
function realFile(file: string, rootDir: string, shown: string): string | { problem: string } {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { problem: `"${shown}" does not exist next to the post` };
  }
  if (!isInside(fs.realpathSync(rootDir), real))
    return { problem: `"${shown}" leads outside the project (to ${real})` };
  if (!fs.statSync(real).isFile()) return { problem: `"${shown}" is not a file` };
  return real;
}

/**
 * Resolves a site-absolute or relative URL to a file on disk. Returns undefined for external
 * URLs and fragments; a string when the file cannot be used (the message).
 */
export function resolveLocalFile(
  url: string,
  context: CompileContext,
): LocalFile | string | undefined {
  if (url === '' || url.startsWith('#') || isExternal(url)) return undefined;
  const [pathname, suffix] = splitSuffix(url);
  const decoded = decodeFilePath(pathname);
  if (decoded.startsWith('/')) {
    const file = path.join(context.publicDir, decoded);
    const real = realFile(file, context.rootDir, url);
    if (typeof real !== 'string' || !isInside(context.publicDir, file))
      return `"${url}" is not a file in public/`;
    context.facts.dependencies.files.push(file);
    return { file: real, url: pathname + suffix };
  }
  const file = path.resolve(context.postDir, decoded);
  if (!isInside(context.rootDir, file)) return `"${url}" points outside the project`;
  // Docusaurus's `static/` is `public/` here: `../static/img/x.png` is the published `/img/x.png`.
  const inStatic = path.relative(path.join(context.rootDir, 'static'), file);
  if (!fs.existsSync(file) && !inStatic.startsWith('..') && !path.isAbsolute(inStatic)) {
    const published = `/${inStatic.split(path.sep).join('/')}`;
    return resolveLocalFile(encodeURI(published) + suffix, context);
  }
  const real = realFile(file, context.rootDir, url);
  if (typeof real !== 'string') return real.problem;
  context.facts.dependencies.files.push(file);
  const asset = { source: real, url: assetUrl(real) };
  if (!context.facts.assets.some((a) => a.url === asset.url)) context.facts.assets.push(asset);
  return { file: real, url: asset.url + suffix };
}
