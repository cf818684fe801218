/**
 * What happens to a static export after `next build`: the search index is written into it and
 * the broken-site check reads it. Settings and posts come from the same environment as the
 * build (POSTS_DIR, BASE_PATH, SITE_URL, ON_BROKEN_LINKS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getAllPosts, getPosts } from '../load';
import { site } from '../site';
import { checkSite, formatProblem } from './check-site';
import { bundleCount } from '../search/bundles';
import { SEARCH_INDEX_DIR, startSearchIndex } from './search-index';

type Log = { info: (line: string) => void; error: (line: string) => void };

const consoleLog: Log = { info: console.log, error: console.error };

/** The exported page of a post: `out/2026/02/20/x/index.html`. */
function exportedPage(exportDir: string, permalink: string): string {
  return path.join(exportDir, ...permalink.split('/').filter(Boolean), 'index.html');
}

/** Indexes and checks the export in `exportDir`; false when the build must fail. */
export async function postbuild(exportDir: string, log: Log = consoleLog): Promise<boolean> {
  if (!fs.existsSync(path.join(exportDir, 'index.html'))) {
    log.error(`postbuild: ${exportDir}/index.html does not exist; run next build first`);
    return false;
  }

  const pages = getPosts().map((post) => exportedPage(exportDir, post.permalink));
  const missing = pages.filter((page) => !fs.existsSync(page));
  if (missing.length > 0) {
    log.error(`postbuild: posts missing from the export: ${missing.join(', ')}`);
    return false;
  }
  // Pagefind indexes in its own process while this one checks the links.
  const finishIndex = await startSearchIndex(
    exportDir,
    pages.map((page) => path.relative(exportDir, page).split(path.sep).join('/')),
  );
  const sources = new Map(getAllPosts().map((post) => [post.permalink, post.file]));
  const problems =
    site.onBrokenLinks === 'ignore'
      ? undefined
      : checkSite({
          dir: exportDir,
          basePath: site.basePath,
          siteUrl: site.url,
          sourceOf: (pagePath) => sources.get(pagePath),
        });
  await finishIndex();
  const count = `${pages.length} post${pages.length === 1 ? '' : 's'}`;
  const more = bundleCount(pages.length) - 1;
  const bundles = more > 0 ? ` and ${more} more bundle${more === 1 ? '' : 's'} beside it` : '';
  log.info(`search: ${count} indexed into ${path.join(exportDir, SEARCH_INDEX_DIR)}/${bundles}`);

  if (problems === undefined) {
    log.info('links: not checked (onBrokenLinks is "ignore")');
    return true;
  }
  if (problems.length === 0) {
    log.info(`links: no broken links, anchors or files in ${exportDir}/`);
    return true;
  }
  const fail = site.onBrokenLinks === 'throw';
  const what = problems.length === 1 ? 'link, anchor or file' : 'links, anchors or files';
  const heading = `${problems.length} broken ${what} in ${exportDir}/`;
  const report = [
    fail ? `Error: ${heading}:` : `Warning: ${heading}:`,
    ...problems.map(formatProblem),
  ];
  for (const line of report) log.error(line);
  if (fail) log.error('Fix them, or set ON_BROKEN_LINKS=warn to build anyway.');
  return !fail;
}
