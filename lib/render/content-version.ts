import fs from 'node:fs';
import path from 'node:path';
import { getBlog, site } from './site';

type VersionState = { version: number };

// One watcher per process, shared by every bundle that imports this module (in `next dev` the
// pages and the /live-reload/ route are separate bundles in the same process).
const KEY = Symbol.for('blog.contentVersion');

/**
 * Changes whenever a file under posts/ (a post, authors.yml, tags.yml, an image) or under the
 * translations folder (i18n/) changes.
 */
export function contentVersion(): number {
  const global = globalThis as typeof globalThis & { [KEY]?: VersionState };
  let state = global[KEY];
  if (!state) {
    const created: VersionState = { version: 0 };
    state = created;
    global[KEY] = created;
    const { postsDir, rootDir } = getBlog();
    for (const dir of [postsDir, path.resolve(rootDir, site.i18nDir)]) {
      if (!fs.existsSync(dir)) continue;
      fs.watch(dir, { recursive: true }, () => {
        created.version++;
      });
    }
  }
  return state.version;
}
