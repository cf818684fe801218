/**
 * Files a post points at: `/img/x.png` in `public/`, or `./diagram.png` next to the post, which
 * is copied to `public/_assets/posts/…` so that the export (and `next dev`) serve it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CompileContext } from './context';

export type LocalFile = { file: string; url: string };

const SCHEME_RE = /^[a-z][a-z\d+.-]*:/i;

export function isExternal(url: string): boolean {
  return SCHEME_RE.test(url) || url.startsWith('//');
}

function splitSuffix(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

function copyIfStale(from: string, to: string): void {
  const source = fs.statSync(from);
  const target = fs.statSync(to, { throwIfNoEntry: false });
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

/**
 * Resolves a site-absolute or relative URL to a file on disk. Returns undefined for external
 * URLs and fragments; a string when the file does not exist (the message).
 */
export function resolveLocalFile(
  url: string,
  context: CompileContext,
): LocalFile | string | undefined {
  if (url === '' || url.startsWith('#') || isExternal(url)) return undefined;
  const [pathname, suffix] = splitSuffix(url);
  const decoded = safeDecode(pathname);
  if (decoded.startsWith('/')) {
    const file = path.join(context.publicDir, decoded);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      return `"${url}" is not a file in public/`;
    context.facts.dependencies.files.push(file);
    return { file, url: pathname + suffix };
  }
  const file = path.resolve(context.postDir, decoded);
  const below = path.relative(context.postsDir, file);
  if (below.startsWith('..') || path.isAbsolute(below)) return `"${url}" points outside posts/`;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    return `"${url}" does not exist next to the post`;
  const relative = below.split(path.sep).join('/');
  copyIfStale(file, path.join(context.assetsDir, relative));
  context.facts.dependencies.files.push(file);
  return { file, url: `${context.assetsUrl}/${encodeURI(relative)}${suffix}` };
}
