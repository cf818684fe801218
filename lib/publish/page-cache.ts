/**
 * The pages of the last build, kept in `.cache/pages/` as it published them (sidebars filled),
 * each with its key (lib/publish/page-keys.ts). A warm build renders only the pages whose key is
 * not kept (`planPages`, before Next renders; `renderedPaths` tells the route which),
 * `restorePages` copies the others into the export after Next, and `keepPages` keeps the
 * rendered ones once the publish step has finished them.
 *
 * A kept page and its copy in the export are one file (a hard link; a copy where the file system
 * has none), so restoring 1,000 pages costs no copying. Nothing of the build writes to a restored
 * page; should anything else, the change of the file's size or time makes the next build render
 * the page again. The list of kept pages is removed before the cache changes and written after,
 * so a build stopped halfway leaves a cache that is used for nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, stamp } from '../compile/compile-cache';
import { placeFile } from './place-file';

/** What the build renders: every page with its key and export files, and the paths Next renders. */
export type RenderPlan = {
  pages: { path: string; key: string; files: string[] }[];
  render: string[];
};

/** The kept pages: their keys, and the files Next wrote for them, with their size and time. */
type Manifest = Record<string, { key: string; files: Record<string, string> }>;

/** The environment variable that hands the plan's file to the route (see `renderedPaths`). */
export const RENDER_PLAN_ENV = 'RENDER_PLAN';

const MANIFEST = 'manifest.json';
/** The manifest of the pages `restorePages` copied, until `keepPages` writes the next one. */
const RESTORED = 'restored.json';
const FILES = 'files';

function readManifest(cacheDir: string): Manifest {
  try {
    return JSON.parse(fs.readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** A page's files in the export (`a/index.html`): the page and Next's payload beside it. */
function exportFiles(pageFile: string): string[] {
  return [pageFile, pageFile.replace(/\.html$/, '.txt')];
}

/**
 * Which pages Next must render: those whose key (the app's fingerprint and the page's content
 * key, lib/publish/page-keys.ts) differs from the kept page's, or whose kept files are gone. The
 * first page is rendered in any case (Next renders at least one page of a route).
 */
export function planPages(
  cacheDir: string,
  contentKeys: Iterable<[string, string]>,
  code: string,
  pageFile: (sitePath: string) => string,
): RenderPlan {
  const kept = readManifest(cacheDir);
  const pages = [...contentKeys].map(([sitePath, content]) => ({
    path: sitePath,
    key: cacheKey([code, content]),
    files: exportFiles(pageFile(sitePath)),
  }));
  const render = pages.filter(({ path: sitePath, key }, i) => {
    const page = kept[sitePath];
    if (i === 0 || page?.key !== key) return true;
    const files = Object.entries(page.files);
    return (
      files.length === 0 ||
      files.some(([file, was]) => stamp(path.join(cacheDir, FILES, file)) !== was)
    );
  });
  return { pages, render: render.map((page) => page.path) };
}

export function writePlan(file: string, plan: RenderPlan): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(plan));
}

export function readPlan(file: string): RenderPlan {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RenderPlan;
}

/** The paths the route renders in this build: all (undefined) unless the build planned them. */
export function renderedPaths(
  env: Readonly<Record<string, string | undefined>>,
): Set<string> | undefined {
  const file = env[RENDER_PLAN_ENV];
  return file ? new Set(readPlan(file).render) : undefined;
}

/**
 * After Next rendered the plan's pages into `exportDir`: puts the kept ones in, as the last
 * build published them. Until `keepPages`, the cache keeps nothing. Returns how many it put in.
 */
export function restorePages(cacheDir: string, plan: RenderPlan, exportDir: string): number {
  const kept = readManifest(cacheDir);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(path.join(cacheDir, MANIFEST), { force: true });
  const rendered = new Set(plan.render);
  let restored = 0;
  for (const page of plan.pages) {
    if (rendered.has(page.path)) continue;
    for (const file of Object.keys(kept[page.path]?.files ?? {}))
      placeFile(path.join(cacheDir, FILES, file), path.join(exportDir, file));
    restored++;
  }
  fs.writeFileSync(path.join(cacheDir, RESTORED), JSON.stringify(kept));
  return restored;
}

/**
 * Once the publish step has finished the rendered pages (their sidebars filled): keeps them for
 * the next build beside the ones restored, and forgets pages the site no longer has.
 */
export function keepPages(cacheDir: string, plan: RenderPlan, exportDir: string): void {
  const restoredFile = path.join(cacheDir, RESTORED);
  const kept = JSON.parse(fs.readFileSync(restoredFile, 'utf8')) as Manifest;
  const rendered = new Set(plan.render);
  const manifest: Manifest = {};
  for (const page of plan.pages) {
    if (!rendered.has(page.path)) {
      manifest[page.path] = { key: page.key, files: kept[page.path]?.files ?? {} };
      continue;
    }
    const files: Record<string, string> = {};
    for (const file of page.files) {
      const cached = path.join(cacheDir, FILES, file);
      if (!fs.existsSync(path.join(exportDir, file))) continue;
      placeFile(path.join(exportDir, file), cached);
      files[file] = stamp(cached);
    }
    manifest[page.path] = { key: page.key, files };
  }
  const current = new Set(Object.values(manifest).flatMap((page) => Object.keys(page.files)));
  for (const page of Object.values(kept)) {
    for (const file of Object.keys(page.files))
      if (!current.has(file)) fs.rmSync(path.join(cacheDir, FILES, file), { force: true });
  }
  fs.writeFileSync(path.join(cacheDir, MANIFEST), JSON.stringify(manifest));
  fs.rmSync(restoredFile);
}
