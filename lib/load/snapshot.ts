/**
 * Loaded content kept on disk (`.cache/content/`), so that the processes of one build (the
 * check's threads, every page-rendering worker, the publish step) read the posts folder once, not
 * once each. An entry is keyed by the loader's own code, the options, and the name, size and
 * modification time of every file it reads; a changed, added or removed post makes a new key.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sourceFingerprint } from '../fingerprint';
import type { Author } from './authors';
import type { Content, LoadOptions } from './load';
import { gitHead } from './git-dates';
import { findPostFiles } from './load';
import type { Tag } from './tags';

type Stored = {
  posts: Content['posts'];
  pages: Content['pages'];
  authors: [string, Author][];
  tags: [string, Tag][];
  themeTranslations: Content['themeTranslations'];
  blogOptions: Content['blogOptions'];
};

const DATE = '$date';

function stat(file: string): string {
  const found = fs.statSync(file, { throwIfNoEntry: false });
  return found ? `${found.size}:${found.mtimeMs}` : '-';
}

/** The key of the content `options` would load now (stats every post; reads none). */
export function contentKey(rootDir: string, options: LoadOptions): string {
  const hash = createHash('sha256');
  hash.update(
    sourceFingerprint(rootDir, ['lib/load', 'lib/urls', 'lib/text', 'lib/validation.ts']),
  );
  const settings = [
    options.postsDir,
    options.rootDir,
    options.timeZone,
    options.locale,
    String(options.includeDrafts),
    options.authorsFile,
    options.tagsFile ?? '',
    options.urls.blog,
    options.urls.tag('x'),
    options.urls.author('x'),
    // Git's history says when posts were last updated: a commit changes what loading gives.
    options.lastUpdateFromGit ? gitHead(options.postsDir) : '',
  ];
  for (const part of settings) hash.update(part).update('\0');
  const { translations } = options;
  const dataDirs = [options.postsDir, translations?.postsDir];
  for (const file of [options.authorsFile, options.tagsFile]) {
    for (const dir of dataDirs)
      if (file && dir) hash.update(stat(path.join(dir, file))).update('\0');
  }
  for (const file of [options.themeTranslationsFile, options.blogOptionsFile])
    if (file) hash.update(file).update(stat(file));
  const postDirs = [options.pagesDir, translations?.postsDir, translations?.pagesDir];
  for (const dir of [options.postsDir, ...postDirs]) {
    if (!dir) continue;
    hash.update(dir).update('\0');
    for (const id of findPostFiles(dir)) {
      hash
        .update(id)
        .update('\0')
        .update(stat(path.join(dir, id)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** The content stored under `key`, if there is one. */
export function readContentSnapshot(cacheDir: string, key: string): Content | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(cacheDir, `${key}.json`), 'utf8'), (_, value) =>
      value && typeof value === 'object' && DATE in value ? new Date(value[DATE]) : value,
    ) as Stored;
  } catch {
    return undefined;
  }
  return {
    posts: stored.posts,
    pages: stored.pages,
    authors: new Map(stored.authors),
    tags: new Map(stored.tags),
    themeTranslations: stored.themeTranslations,
    blogOptions: stored.blogOptions,
  };
}

/** Stores content (not its kept sources) under `key`, for the next process. */
export function writeContentSnapshot(cacheDir: string, key: string, content: Content): void {
  const stored: Stored = {
    posts: content.posts,
    pages: content.pages,
    authors: [...content.authors],
    tags: [...content.tags],
    themeTranslations: content.themeTranslations,
    blogOptions: content.blogOptions,
  };
  const text = JSON.stringify(stored, function (this: Record<string, unknown>, name, value) {
    const raw = this[name];
    return raw instanceof Date ? { [DATE]: raw.getTime() } : value;
  });
  fs.mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, `${key}.json`);
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, target);
  pruneSnapshots(cacheDir, KEEP);
}

/** Snapshots kept: a few, so that switching between sites or modes does not load again. */
const KEEP = 8;

/** Deletes all but the `keep` most recently written snapshots. */
function pruneSnapshots(cacheDir: string, keep: number): void {
  const entries = fs
    .readdirSync(cacheDir)
    .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
    .map((name) => ({ name, time: fs.statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of entries.slice(keep)) fs.rmSync(path.join(cacheDir, name), { force: true });
}
