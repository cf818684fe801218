/**
 * What Next's compile step reads, as one hash, so that a build can tell the app it compiled last
 * time is still the app (scripts/build.mjs skips the compile step then):
 * - every file of the project git does not ignore: the sources and settings, and the posts and
 *   other text Tailwind scans for class names (it skips what git ignores);
 * - the module of what posts import (`.cache/imports/`) and, for each project file it imports
 *   that git does not list (posts kept elsewhere), every file but Markdown in that file's folder;
 * - the installed packages (`node_modules/.package-lock.json`), Node's version, and the settings
 *   and environment next.config.ts reads (`settings`, from the caller).
 * Undefined when git does not list the project (no repository, or an ignored folder): then the
 * compile step always runs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const MARKDOWN = /\.mdx?$/i;

function listedFiles(rootDir: string): string[] | undefined {
  const result = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: rootDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.status !== 0) return undefined;
  const files = result.stdout.split('\0').filter(Boolean);
  // A project inside another repository's ignored folder lists nothing of its own.
  return files.includes('package.json') ? files.map((file) => path.join(rootDir, file)) : undefined;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(keep);
}

/** The folders of the project files the imports module re-exports (`src/components/Hello`). */
function importedFolders(importsDir: string): string[] {
  const folders = new Set<string>();
  for (const file of filesUnder(importsDir, () => true)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), match[1] ?? '');
      if (!target.startsWith(importsDir)) folders.add(path.dirname(target));
    }
  }
  return [...folders];
}

export function compileInputs(
  rootDir: string,
  importsDir: string,
  settings: string,
): string | undefined {
  const listed = listedFiles(rootDir);
  if (!listed) return undefined;
  const known = new Set(listed);
  const elsewhere = importedFolders(importsDir).flatMap((dir) =>
    filesUnder(dir, (file) => !known.has(file) && !MARKDOWN.test(file)),
  );
  const files = [
    ...listed,
    ...filesUnder(importsDir, () => true),
    ...elsewhere,
    path.join(rootDir, 'node_modules', '.package-lock.json'),
  ];
  const hash = createHash('sha256').update(settings).update('\0').update(process.version);
  for (const file of [...new Set(files)].sort()) {
    // Git lists a deleted file it tracks until the deletion is staged.
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : 'missing';
    hash.update('\0').update(path.relative(rootDir, file)).update('\0').update(bytes);
  }
  return hash.digest('hex');
}
