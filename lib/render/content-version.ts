import fs from 'node:fs';
import { getBlog } from './site';

type VersionState = { version: number };

// One watcher per process, shared by every bundle that imports this module (in `next dev` the
// pages and the /live-reload/ route are separate bundles in the same process).
const KEY = Symbol.for('blog.contentVersion');

/** Changes whenever a file under posts/ (a post, authors.yml, tags.yml, an image) changes. */
export function contentVersion(): number {
  const global = globalThis as typeof globalThis & { [KEY]?: VersionState };
  let state = global[KEY];
  if (!state) {
    const created: VersionState = { version: 0 };
    state = created;
    global[KEY] = created;
    const { postsDir } = getBlog();
    if (fs.existsSync(postsDir)) {
      fs.watch(postsDir, { recursive: true }, () => {
        created.version++;
      });
    }
  }
  return state.version;
}
