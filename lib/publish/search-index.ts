/**
 * The search index: Pagefind over the exported pages of the listed posts. Only what a post page
 * marks with `data-pagefind-body` (its article) is indexed, without what it marks
 * `data-pagefind-ignore` (the table of contents), so results are posts and their excerpts come
 * from their text. Pagefind reads the pages itself, in its own process and on every core.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { cacheKey } from '../compile/compile-cache';
import { MAX_BUNDLE_POSTS, SEARCH_INDEX_DIR, bundleDir, bundleSize } from '../search/bundles';
import type { SearchCache } from './search-cache';

export { SEARCH_INDEX_DIR } from '../search/bundles';

/** A glob that matches exactly these files (paths relative to the export, `/`-separated). */
function globOf(files: readonly string[]): string {
  const escaped = files.map((file) => file.replace(/[\\{}[\],*?!]/g, (c) => `\\${c}`));
  return `{${escaped.join(',')}}`;
}

/**
 * Pagefind's ready-made interfaces and its highlighter, which it writes into every bundle: the
 * site's search box and page use its search API alone (`pagefind.js` and the files it fetches).
 */
const UNUSED_FILE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/**
 * Has Pagefind (its one process) index `files` into `outputPath`, and returns what awaits it.
 * Pagefind takes requests in order, so several bundles can be asked for at once.
 */
async function startBundle(exportDir: string, outputPath: string, files: readonly string[]) {
  // Excerpts should be the post's words: not the heading self-links ("#"), nor the date,
  // reading time and authors under its title (the title itself stays).
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: [
      '.hash-link',
      '[data-pagefind-body] header p',
      '[data-pagefind-body] header ul',
    ],
  });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const done = Promise.all([
    index.addDirectory({ path: exportDir, glob: globOf(files) }),
    index.writeFiles({ outputPath }),
  ]);
  // Awaited by what this returns; until then a failure (Pagefind closed) is not unhandled.
  done.catch(() => undefined);
  return async () => {
    const [addResult, writeResult] = await done;
    const problems = [...addResult.errors, ...writeResult.errors];
    if (problems.length > 0) throw new Error(`search index: ${problems.join('; ')}`);
    for (const entry of fs.readdirSync(outputPath)) {
      if (UNUSED_FILE.test(entry)) fs.rmSync(path.join(outputPath, entry));
    }
  };
}

/** What lets a build put a bundle of the last build in the export instead of indexing it again. */
export type SearchReuse = {
  cache: SearchCache;
  /** The search engine's code and settings (a change to them indexes every bundle again). */
  engine: string;
  /** The key of a page (by its file in the export), if the build knows it (page-keys.ts). */
  keyOf: (file: string) => string | undefined;
};

/** What a bundle is made of, if every page of it has a key. */
function bundleKey(files: readonly string[], reuse: SearchReuse | undefined): string | undefined {
  if (!reuse) return undefined;
  const keys = files.map((file) => reuse.keyOf(file));
  if (keys.some((key) => key === undefined)) return undefined;
  return cacheKey([reuse.engine, ...files.flatMap((file, i) => [file, keys[i] ?? ''])]);
}

/** How many bundles the index has, and how many of them were the last build's. */
export type SearchIndexed = { bundles: number; kept: number };

/** Where an index goes and how it is cut. */
export type SearchIndexOptions = {
  /** A locale's home (`en/`), under which `/pagefind/` goes; '' for the site's root. */
  prefix?: string;
  /** Posts per bundle (`search.postsPerBundle`); undefined: by the number of posts. */
  postsPerBundle?: number;
  reuse?: SearchReuse;
};

/**
 * Starts indexing `files` (the listed posts' pages, relative to the export) into `/pagefind/`
 * under `prefix`, and returns what to await for the bundles' count. With `reuse`, a bundle whose
 * pages are as in the last build is put in from its cache instead. The bundles to index (as many
 * at once as memory allows: all of them up to 2,000 posts) are under way when this returns, so
 * the caller can do other work meanwhile (the broken-site check).
 */
export async function startSearchIndex(
  exportDir: string,
  files: readonly string[],
  { prefix = '', postsPerBundle, reuse }: SearchIndexOptions = {},
): Promise<() => Promise<SearchIndexed>> {
  const outputDir = path.join(exportDir, prefix);
  fs.mkdirSync(outputDir, { recursive: true });
  for (const entry of fs.readdirSync(outputDir)) {
    if (entry === SEARCH_INDEX_DIR || entry.startsWith(`${SEARCH_INDEX_DIR}-`)) {
      fs.rmSync(path.join(outputDir, entry), { recursive: true, force: true });
    }
  }
  const bundles: { n: number; files: string[]; key?: string }[] = [];
  const size = bundleSize(files.length, postsPerBundle);
  for (let i = 0; i < Math.max(1, files.length); i += size) {
    const bundle = files.slice(i, i + size);
    bundles.push({ n: bundles.length + 1, files: bundle, key: bundleKey(bundle, reuse) });
  }
  const dirOf = (n: number) => path.join(outputDir, bundleDir(n));
  const toIndex = bundles.filter(
    ({ n, key }) => key === undefined || !reuse?.cache.restore(key, dirOf(n)),
  );
  // Pagefind holds every index it is writing in memory: at most MAX_BUNDLE_POSTS posts at a time.
  const waves: (typeof bundles)[] = [];
  let posts = Infinity;
  for (const bundle of toIndex) {
    if (posts + bundle.files.length > MAX_BUNDLE_POSTS) {
      waves.push([]);
      posts = 0;
    }
    waves.at(-1)?.push(bundle);
    posts += bundle.files.length;
  }
  const startWave = async (wave: typeof bundles) => {
    try {
      const finishes: (() => Promise<void>)[] = [];
      for (const { n, files: pages } of wave)
        finishes.push(await startBundle(exportDir, dirOf(n), pages));
      return async () => {
        try {
          const results = await Promise.allSettled(finishes.map((finish) => finish()));
          for (const result of results) if (result.status === 'rejected') throw result.reason;
          for (const { n, key } of wave) if (key !== undefined) reuse?.cache.keep(key, dirOf(n));
        } finally {
          // Ends Pagefind's process, and with it the memory these bundles took.
          await pagefind.close();
        }
      };
    } catch (error) {
      await pagefind.close();
      throw error;
    }
  };
  const [first, ...others] = waves;
  const finishFirst = first && (await startWave(first));
  return async () => {
    await finishFirst?.();
    for (const wave of others) await (await startWave(wave))();
    return { bundles: bundles.length, kept: bundles.length - toIndex.length };
  };
}
