/**
 * The search index: Pagefind over the exported pages of the listed posts. Only what a post page
 * marks with `data-pagefind-body` (its article) is indexed, without what it marks
 * `data-pagefind-ignore` (the table of contents), so results are posts and their excerpts come
 * from their text. Pagefind reads the pages itself, in its own process and on every core.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { POSTS_PER_BUNDLE, SEARCH_INDEX_DIR, bundleDir } from '../search/bundles';

export { SEARCH_INDEX_DIR } from '../search/bundles';

/** A glob that matches exactly these files (paths relative to the export, `/`-separated). */
function globOf(files: readonly string[]): string {
  const escaped = files.map((file) => file.replace(/[\\{}[\],*?!]/g, (c) => `\\${c}`));
  return `{${escaped.join(',')}}`;
}

async function indexBundle(
  exportDir: string,
  outputDir: string,
  n: number,
  files: readonly string[],
) {
  // Excerpts should be the post's words: not the heading self-links ("#"), nor the date,
  // reading time and authors under its title (the title itself stays).
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: [
      '.hash-link',
      '[data-pagefind-body] header p',
      '[data-pagefind-body] header ul',
    ],
  });
  if (!index) {
    await pagefind.close();
    throw new Error(`search index: ${errors.join('; ')}`);
  }
  // Both requests go out at once; Pagefind works through them while this process goes on.
  const added = index.addDirectory({ path: exportDir, glob: globOf(files) });
  const written = index.writeFiles({ outputPath: path.join(outputDir, bundleDir(n)) });
  return async () => {
    try {
      const [addResult, writeResult] = await Promise.all([added, written]);
      const problems = [...addResult.errors, ...writeResult.errors];
      if (problems.length > 0) throw new Error(`search index: ${problems.join('; ')}`);
      return addResult.page_count;
    } finally {
      // Ends Pagefind's process, and with it the memory this bundle took.
      await pagefind.close();
    }
  };
}

/**
 * Starts indexing `files` (the listed posts' pages, relative to the export) into `/pagefind/`
 * under `prefix` (a locale's home: `en/`), and returns what to await for the number of pages
 * indexed. The first bundle is under way when this returns, so the caller can do other work
 * meanwhile (the broken-site check); the others follow one by one.
 */
export async function startSearchIndex(
  exportDir: string,
  files: readonly string[],
  prefix = '',
): Promise<() => Promise<number>> {
  const outputDir = path.join(exportDir, prefix);
  fs.mkdirSync(outputDir, { recursive: true });
  for (const entry of fs.readdirSync(outputDir)) {
    if (entry === SEARCH_INDEX_DIR || entry.startsWith(`${SEARCH_INDEX_DIR}-`)) {
      fs.rmSync(path.join(outputDir, entry), { recursive: true, force: true });
    }
  }
  const bundles: string[][] = [];
  for (let i = 0; i < Math.max(1, files.length); i += POSTS_PER_BUNDLE) {
    bundles.push(files.slice(i, i + POSTS_PER_BUNDLE));
  }
  const first = await indexBundle(exportDir, outputDir, 1, bundles[0] ?? []);
  return async () => {
    let pages = await first();
    for (const [i, bundle] of bundles.slice(1).entries()) {
      pages += await (await indexBundle(exportDir, outputDir, i + 2, bundle))();
    }
    return pages;
  };
}
