/**
 * The search index's bundles (lib/search/bundles.ts) of the last build, kept in `.cache/search/`
 * under a key of what each was made of: the engine, its folder, and the page key of each of its
 * posts' pages (lib/publish/page-keys.ts, which changes whenever the page would). A warm build
 * whose edit leaves a bundle's pages as they were puts the kept bundle in the export instead of
 * having Pagefind index those pages again; only the bundles holding a changed page are indexed.
 *
 * A kept bundle and its copy in the export are the same files (hard links; copies where the file
 * system has none), as with the kept pages (lib/publish/page-cache.ts). Each bundle's manifest
 * (its files with their size and time) is written after its files, so a bundle whose manifest is
 * missing or whose files changed is not used. The cache keeps only the bundles the last build
 * used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stamp } from '../compile/compile-cache';
import { placeFile } from './place-file';

type Manifest = Record<string, string>;

export type SearchCache = {
  /** Puts the bundle kept under `key` at `dir` (replacing what is there); false if none is kept. */
  restore(key: string, dir: string): boolean;
  /** Keeps the bundle Pagefind has just written at `dir` under `key`. */
  keep(key: string, dir: string): void;
  /** Forgets the kept bundles this build neither restored nor kept. */
  prune(): void;
};

function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function searchCache(cacheDir: string): SearchCache {
  const used = new Set<string>();
  const manifestOf = (key: string) => path.join(cacheDir, `${key}.json`);
  const filesDir = (key: string) => path.join(cacheDir, key);
  const forget = (key: string) => {
    fs.rmSync(manifestOf(key), { force: true });
    fs.rmSync(filesDir(key), { recursive: true, force: true });
  };
  return {
    restore(key, dir) {
      let manifest: Manifest;
      try {
        manifest = JSON.parse(fs.readFileSync(manifestOf(key), 'utf8')) as Manifest;
      } catch {
        return false;
      }
      const files = Object.entries(manifest);
      if (files.some(([file, was]) => stamp(path.join(filesDir(key), file)) !== was)) {
        forget(key);
        return false;
      }
      fs.rmSync(dir, { recursive: true, force: true });
      for (const [file] of files) placeFile(path.join(filesDir(key), file), path.join(dir, file));
      used.add(key);
      return true;
    },
    keep(key, dir) {
      forget(key);
      const manifest: Manifest = {};
      for (const file of filesOf(dir)) {
        const kept = path.join(filesDir(key), file);
        placeFile(path.join(dir, file), kept);
        manifest[file] = stamp(kept);
      }
      fs.writeFileSync(manifestOf(key), JSON.stringify(manifest));
      used.add(key);
    },
    prune() {
      if (!fs.existsSync(cacheDir)) return;
      for (const entry of fs.readdirSync(cacheDir)) {
        const key = entry.replace(/\.json$/, '');
        if (!used.has(key)) fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
      }
    },
  };
}
