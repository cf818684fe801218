/**
 * The search index is written in bundles: `/pagefind/`, then `/pagefind-2/`, `/pagefind-3/`, …;
 * the search merges them (Pagefind's `mergeIndex`, which loads Pagefind's WebAssembly once).
 * Bundles keep a rebuild short: one whose pages did not change is the last build's
 * (lib/publish/search-cache.ts), and Pagefind's time grows with the pages it indexes (at 1,000
 * posts, ~5 s of a 2-core machine for one bundle). They cost readers: a first search fetches
 * each bundle's entry and metadata, and every word's index chunk from each bundle (at 1,000
 * posts, four bundles made a one-word search fetch 201 KB instead of 129 KB). So an index has
 * one bundle up to 250 posts and at most four up to 8,000; Pagefind holds a whole bundle in
 * memory while it writes it (about half a gigabyte per 1,000 posts), so none holds more than
 * 2,000 posts.
 */
export const SEARCH_INDEX_DIR = 'pagefind';

const MIN_BUNDLE_POSTS = 250;
const MAX_BUNDLES = 4;
/** Also the most posts Pagefind indexes at once (lib/publish/search-index.ts). */
export const MAX_BUNDLE_POSTS = 2000;

/**
 * How many posts each bundle of an index of `posts` posts holds (the last one may hold fewer):
 * `fixed` when the site sets it (`search.postsPerBundle`), else by the number of posts.
 */
export function bundleSize(posts: number, fixed?: number): number {
  if (fixed) return fixed;
  const bundles = Math.max(
    1,
    Math.min(MAX_BUNDLES, Math.ceil(posts / MIN_BUNDLE_POSTS)),
    Math.ceil(posts / MAX_BUNDLE_POSTS),
  );
  return Math.max(1, Math.ceil(posts / bundles));
}

/** The folder of bundle `n` (from 1) in the export. */
export function bundleDir(n: number): string {
  return n === 1 ? SEARCH_INDEX_DIR : `${SEARCH_INDEX_DIR}-${n}`;
}

export function bundleCount(posts: number, fixed?: number): number {
  return Math.max(1, Math.ceil(posts / bundleSize(posts, fixed)));
}
