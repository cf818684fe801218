/**
 * Loaded content kept on disk (`.cache/content/`), so that the processes of one build (the
 * check's threads, every page-rendering worker, the publish step) read the posts folder once, not
 * once each. An entry is keyed by the loader's own code, the options, and the name, size and
 * modification time of every file it reads; a changed, added or removed post makes a new key.
 * It also records what each post was built from (`ReusedPosts` keys), so that the next load with
 * the same code and options (`latestContentSnapshot`) builds again only the posts that changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sourceFingerprint } from '../fingerprint';
import { writeFileAtomically } from '../write-atomically';
import type { Author } from './authors';
import type { Content, LoadOptions, ReusedPosts } from './load';
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
  /** What each post was built from, by its file (see `ReusedPosts`). */
  reuseKeys: Record<string, string>;
};

/** Content as a snapshot holds it, with what each post was built from. */
export type Snapshot = { content: Content; reuseKeys: Record<string, string> };

const DATE = '$date';

function stat(file: string): string {
  const found = fs.statSync(file, { throwIfNoEntry: false });
  return found ? `${found.size}:${found.mtimeMs}` : '-';
}

/** What loading depends on besides the files it reads: the loader's code and the options. */
function settingsKey(rootDir: string, options: LoadOptions): string {
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
  ];
  for (const part of settings) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The key of the content `options` would load now (stats every post; reads none): the settings'
 * key, a dash, and the files'.
 */
export function contentKey(rootDir: string, options: LoadOptions): string {
  const hash = createHash('sha256');
  // Git's history says when posts were last updated: a commit changes what loading gives.
  hash.update(options.lastUpdateFromGit ? gitHead(options.postsDir) : '').update('\0');
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
  return `${settingsKey(rootDir, options)}-${hash.digest('hex')}`;
}

/** The snapshot stored under `key`, if there is one. */
export function readContentSnapshot(cacheDir: string, key: string): Snapshot | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(cacheDir, `${key}.json`), 'utf8'), (_, value) =>
      value && typeof value === 'object' && DATE in value ? new Date(value[DATE]) : value,
    ) as Stored;
  } catch {
    return undefined;
  }
  const content: Content = {
    posts: stored.posts,
    pages: stored.pages,
    authors: new Map(stored.authors),
    tags: new Map(stored.tags),
    themeTranslations: stored.themeTranslations,
    blogOptions: stored.blogOptions,
  };
  return { content, reuseKeys: stored.reuseKeys ?? {} };
}

/** The snapshot last written with the same code and options as `key`'s, if any. */
export function latestContentSnapshot(cacheDir: string, key: string): Snapshot | undefined {
  const settings = key.slice(0, key.indexOf('-') + 1);
  const [latest] = snapshots(cacheDir).filter(({ name }) => name.startsWith(settings));
  return latest && readContentSnapshot(cacheDir, latest.name.replace(/\.json$/, ''));
}

/** The keys of what the posts in `reuse` were built from, to store with them. */
export function reuseKeysOf(reuse: ReusedPosts | undefined): Record<string, string> {
  return Object.fromEntries([...(reuse ?? [])].map(([file, { key }]) => [file, key]));
}

/** Stores content (not its kept sources) under `key`, for the next process. */
export function writeContentSnapshot(
  cacheDir: string,
  key: string,
  content: Content,
  reuseKeys: Record<string, string>,
): void {
  const stored: Stored = {
    posts: content.posts,
    pages: content.pages,
    authors: [...content.authors],
    tags: [...content.tags],
    themeTranslations: content.themeTranslations,
    blogOptions: content.blogOptions,
    reuseKeys,
  };
  const text = JSON.stringify(stored, function (this: Record<string, unknown>, name, value) {
    const raw = this[name];
    return raw instanceof Date ? { [DATE]: raw.getTime() } : value;
  });
  fs.mkdirSync(cacheDir, { recursive: true });
  writeFileAtomically(path.join(cacheDir, `${key}.json`), text);
  pruneSnapshots(cacheDir, KEEP);
}

/** Snapshots kept: a few, so that switching between sites or modes does not load again. */
const KEEP = 8;

/** The snapshots in `cacheDir`, most recently written first. */
function snapshots(cacheDir: string): { name: string; time: number }[] {
  if (!fs.existsSync(cacheDir)) return [];
  return fs
    .readdirSync(cacheDir)
    .filter((name) => /^[0-9a-f]{16}-[0-9a-f]{64}\.json$/.test(name))
    .map((name) => ({ name, time: fs.statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
}

/** Deletes all but the `keep` most recently written snapshots. */
function pruneSnapshots(cacheDir: string, keep: number): void {
  for (const { name } of snapshots(cacheDir).slice(keep))
    fs.rmSync(path.join(cacheDir, name), { force: true });
}
