/**
 * `.docusaurus-import.json` at the project root: the files the last import wrote (and the
 * engine's files it replaced), so that the next import removes exactly those before writing
 * again — the engine's own files in `public/` stay, and importing twice gives the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareText } from './site-files';

export const MARKER_FILE = '.docusaurus-import.json';

export type ImportMarker = {
  /** Project-relative paths, `/`-separated, sorted. */
  files: string[];
  /** Files of the engine that a static file replaced (in `files` too). */
  replaced: string[];
};

export function readMarker(projectDir: string): ImportMarker {
  const file = path.join(projectDir, MARKER_FILE);
  if (!fs.existsSync(file)) return { files: [], replaced: [] };
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ImportMarker>;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    return { files: strings(data.files), replaced: strings(data.replaced) };
  } catch {
    return { files: [], replaced: [] };
  }
}

export function writeMarker(projectDir: string, marker: ImportMarker): void {
  const data = {
    about: 'Written by `npm run import`: the files it wrote, removed before the next import.',
    files: [...new Set(marker.files)].sort(compareText),
    replaced: [...new Set(marker.replaced)].sort(compareText),
  };
  fs.writeFileSync(path.join(projectDir, MARKER_FILE), `${JSON.stringify(data, null, 2)}\n`);
}

/** A project-relative path that stays inside the project (a marker is data, not trusted). */
export function insideProject(projectDir: string, relative: string): string | undefined {
  const full = path.resolve(projectDir, relative);
  const back = path.relative(projectDir, full);
  return back === '' || back.startsWith('..') || path.isAbsolute(back) ? undefined : full;
}

/** Removes the files the last import wrote, and the folders that leaves empty (up to `keep`). */
export function removeImported(
  projectDir: string,
  files: readonly string[],
  keep: ReadonlySet<string>,
): void {
  const dirs = new Set<string>();
  for (const relative of files) {
    const full = insideProject(projectDir, relative);
    if (!full) continue;
    fs.rmSync(full, { force: true });
    dirs.add(path.dirname(full));
  }
  for (const dir of [...dirs].sort((a, b) => b.length - a.length))
    pruneEmpty(projectDir, dir, keep);
}

function pruneEmpty(projectDir: string, start: string, keep: ReadonlySet<string>): void {
  let dir = start;
  while (insideProject(projectDir, path.relative(projectDir, dir))) {
    const relative = path.relative(projectDir, dir).split(path.sep).join('/');
    if (keep.has(relative)) return;
    try {
      if (fs.readdirSync(dir).length > 0) return;
      fs.rmdirSync(dir);
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}
