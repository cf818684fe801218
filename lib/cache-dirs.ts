/**
 * What the engine keeps between processes and builds, all under `.cache/` (which a user's CI
 * cache may keep; deleting it only costs time).
 */
import path from 'node:path';

export function cacheDirs(rootDir: string) {
  const cache = path.join(rootDir, '.cache');
  return {
    /** Compiled posts (lib/compile/compile-cache.ts). */
    mdx: path.join(cache, 'mdx'),
    /** Loaded content for the build's other processes (lib/load/snapshot.ts). */
    content: path.join(cache, 'content'),
    /** Smaller copies of images (lib/publish/image-variants.ts). */
    images: path.join(cache, 'images'),
    /** The last build's pages as Next exported them, for the next build (lib/publish/page-cache.ts). */
    pages: path.join(cache, 'pages'),
    /** The search index's bundles of the last build (lib/publish/search-cache.ts). */
    search: path.join(cache, 'search'),
    /** What the broken-site check read of each page (lib/publish/page-readings.ts). */
    pageReadings: path.join(cache, 'page-readings.json'),
    /** Each page's content key, from the build's check (lib/publish/page-keys.ts). */
    pageKeys: path.join(cache, 'page-keys.json'),
    /** Which pages this build renders (lib/publish/page-cache.ts). */
    renderPlan: path.join(cache, 'render-plan.json'),
  };
}
