/**
 * The search index is written in bundles of at most `POSTS_PER_BUNDLE` posts: `/pagefind/`, then
 * `/pagefind-2/`, `/pagefind-3/`, …; the search merges them (Pagefind's `mergeIndex`, which loads
 * Pagefind's WebAssembly once; each further bundle costs a reader's first search two small
 * requests, its entry and its metadata, and each word looked up one request per bundle).
 * Bundles keep a rebuild short: one whose pages did not change is the last build's
 * (lib/publish/search-cache.ts), and Pagefind's time grows with the pages it indexes (at 1,000
 * posts, 5.6 s for one bundle on a 2-core machine). Pagefind also holds a whole bundle in
 * memory while it writes it (about half a gigabyte per 1,000 posts). `SEARCH_BUNDLE_POSTS`
 * changes the size (the tests use small bundles to search several).
 */
export const SEARCH_INDEX_DIR = 'pagefind';
export const POSTS_PER_BUNDLE = Number(process.env.SEARCH_BUNDLE_POSTS) || 250;

/** The folder of bundle `n` (from 1) in the export. */
export function bundleDir(n: number): string {
  return n === 1 ? SEARCH_INDEX_DIR : `${SEARCH_INDEX_DIR}-${n}`;
}

export function bundleCount(posts: number): number {
  return Math.max(1, Math.ceil(posts / POSTS_PER_BUNDLE));
}
