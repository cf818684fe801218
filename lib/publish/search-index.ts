/**
 * The search index: Pagefind over the exported pages of the listed posts, written to
 * `<export>/pagefind/`. Only what a post page marks with `data-pagefind-body` (its article) is
 * indexed, without what it marks `data-pagefind-ignore` (the table of contents), so results are
 * posts and their excerpts come from their text.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Starts indexing the export and returns what to await for the result. Pagefind reads the pages
 * itself, in its own process and on every core, so the caller can do other work meanwhile (the
 * broken-site check). Only pages that mark their article with `data-pagefind-body` are indexed:
 * listed posts (see the post page).
 */
export async function startSearchIndex(exportDir: string): Promise<() => Promise<number>> {
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
  const outputPath = path.join(exportDir, SEARCH_INDEX_DIR);
  fs.rmSync(outputPath, { recursive: true, force: true });
  // Both requests go out now; Pagefind works through them while this process goes on.
  const added = index.addDirectory({ path: exportDir });
  const written = index.writeFiles({ outputPath });
  return async () => {
    try {
      const [addResult, writeResult] = await Promise.all([added, written]);
      const problems = [...addResult.errors, ...writeResult.errors];
      if (problems.length > 0) throw new Error(`search index: ${problems.join('; ')}`);
      return addResult.page_count;
    } finally {
      await pagefind.close();
    }
  };
}
