import fs from 'node:fs';
import path from 'node:path';
import { getBlog, site } from './site';

type VersionState = { version: number; listeners: Set<(version: number) => void> };

// One watcher per process, shared by every bundle that imports this module (in `next dev` the
// pages and the /live-reload/ routes are separate bundles in the same process). In `npm run dev`,
// lib/build/dev-static-paths.mjs reads the version under this key too.
const KEY = Symbol.for('blog.contentVersion');

/**
 * How long the files must stay quiet before a change is announced: saving a file is several
 * events (truncate, write, close) a few milliseconds apart, and a page refreshed after the first
 * would show the file half written, then refresh again.
 */
const SETTLE_MS = 40;

function versionState(): VersionState {
  const global = globalThis as typeof globalThis & { [KEY]?: VersionState };
  let state = global[KEY];
  if (!state) {
    const created: VersionState = { version: 0, listeners: new Set() };
    state = created;
    global[KEY] = created;
    let settling: ReturnType<typeof setTimeout> | undefined;
    const announce = () => {
      for (const listener of created.listeners) listener(created.version);
    };
    const { postsDir, rootDir } = getBlog();
    for (const dir of [postsDir, path.resolve(rootDir, site.i18nDir)]) {
      if (!fs.existsSync(dir)) continue;
      fs.watch(dir, { recursive: true }, () => {
        created.version++;
        clearTimeout(settling);
        settling = setTimeout(announce, SETTLE_MS);
      });
    }
  }
  return state;
}

/**
 * Changes whenever a file under posts/ (a post, authors.yml, tags.yml, an image) or under the
 * translations folder (i18n/) changes.
 */
export function contentVersion(): number {
  return versionState().version;
}

/** Calls `listener` with the new version once a change has settled; returns how to stop. */
export function onContentChange(listener: (version: number) => void): () => void {
  const { listeners } = versionState();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
