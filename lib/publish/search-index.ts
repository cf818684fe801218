/**
 * The search index: Pagefind over the exported pages of the listed posts, written to
 * `<export>/pagefind/`. Only what a post page marks with `data-pagefind-body` (its article) is
 * indexed, without what it marks `data-pagefind-ignore` (the table of contents), so results are
 * posts and their excerpts come from their text.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export type IndexedPage = {
  /** The exported HTML file. */
  file: string;
  /** The page's site path, without the base path (the search adds it): `/2026/02/20/x/`. */
  url: string;
};

export const SEARCH_INDEX_DIR = 'pagefind';

export async function writeSearchIndex(
  exportDir: string,
  pages: readonly IndexedPage[],
): Promise<{ pages: number }> {
  // Excerpts should be the post's words: not the heading self-links ("#"), nor the date,
  // reading time and authors under its title (the title itself stays).
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: [
      '.hash-link',
      '[data-pagefind-body] header p',
      '[data-pagefind-body] header ul',
    ],
  });
  try {
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    for (const page of pages) {
      const added = await index.addHTMLFile({
        url: page.url,
        content: fs.readFileSync(page.file, 'utf8'),
      });
      if (added.errors.length > 0) {
        throw new Error(`search index: ${page.file}: ${added.errors.join('; ')}`);
      }
    }
    const outputPath = path.join(exportDir, SEARCH_INDEX_DIR);
    fs.rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    return { pages: pages.length };
  } finally {
    await pagefind.close();
  }
}
