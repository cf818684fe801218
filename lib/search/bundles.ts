/**
 * The search index is written in bundles of at most `POSTS_PER_BUNDLE` posts: Pagefind holds a
 * whole index in memory while it writes it (about half a gigabyte per 1,000 posts), so a large
 * site is indexed a bundle at a time. The first bundle is `/pagefind/`, the next ones
 * `/pagefind-2/`, `/pagefind-3/`, …; the search merges them (Pagefind's `mergeIndex`).
 * `SEARCH_BUNDLE_POSTS` changes the size (the tests use small bundles to search several).
 */
export const SEARCH_INDEX_DIR = 'pagefind';
export const POSTS_PER_BUNDLE = Number(process.env.SEARCH_BUNDLE_POSTS) || 2000;

/** The folder of bundle `n` (from 1) in the export. */
export function bundleDir(n: number): string {
  return n === 1 ? SEARCH_INDEX_DIR : `${SEARCH_INDEX_DIR}-${n}`;
}

export function bundleCount(posts: number): number {
  return Math.max(1, Math.ceil(posts / POSTS_PER_BUNDLE));
}
