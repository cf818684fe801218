/**
 * What happens to a static export after `next build`: the files posts use are copied in, the
 * feeds, the sitemap and robots.txt are written from the route table and the exported pages, the
 * search index is built, and the broken-site check reads it all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Blog } from '../blog/create-blog';
import { cacheDirs } from '../cache-dirs';
import { isExternalPath } from '../config/resolve';
import type { Asset } from '../compile/context';
import { coverImage } from '../compile/context';
import type { Post } from '../load/post';
import { bundleCount } from '../search/bundles';
import { pageFile } from '../urls/site-urls';
import { publishAssets } from './assets';
import { checkSite, formatProblem } from './check-site';
import { writeSiteFeeds } from './feeds/site-feeds';
import { SEARCH_INDEX_DIR, startSearchIndex } from './search-index';
import { sitemapEntries, sitemapXml } from './sitemap';

type Log = { info: (line: string) => void; error: (line: string) => void };

const consoleLog: Log = { info: console.log, error: console.error };

function write(exportDir: string, sitePath: string, text: string): void {
  const target = path.join(exportDir, sitePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}

/** Completes and checks the export in `exportDir`; false when the build must fail. */
export async function postbuild(
  exportDir: string,
  blog: Blog,
  log: Log = consoleLog,
): Promise<boolean> {
  const { config } = blog;
  if (!fs.existsSync(path.join(exportDir, 'index.html'))) {
    log.error(`postbuild: ${exportDir}/index.html does not exist; run next build first`);
    return false;
  }
  const routes = blog.routes();
  const pageOf = (sitePath: string) => pageFile(sitePath, config.trailingSlash);
  const missing = routes.pages.filter(
    (route) => !fs.existsSync(path.join(exportDir, pageOf(route.path))),
  );
  if (missing.length > 0) {
    log.error(`postbuild: pages missing from the export: ${missing.map((r) => r.path).join(', ')}`);
    return false;
  }

  // The files posts use, as their compiles recorded them (the check step compiled every post).
  const assets: Asset[] = [];
  const covers = new Map<Post, string | undefined>();
  for (const post of routes.documents) {
    const facts = blog.cachedFacts(post) ?? (await blog.compile(post)).facts;
    assets.push(...facts.assets);
    covers.set(post, coverImage(post, facts));
  }
  const { images } = cacheDirs(blog.rootDir);
  const assetProblems = await publishAssets(exportDir, blog.rootDir, assets, images);
  for (const problem of assetProblems) log.error(`postbuild: ${problem}`);
  if (assetProblems.length > 0) return false;

  const feeds = writeSiteFeeds(exportDir, routes, config, (post) => covers.get(post));
  for (const file of routes.files) {
    if (file.kind === 'sitemap')
      write(exportDir, file.path, sitemapXml(sitemapEntries(routes, routes.urls.absolute)));
    if (file.kind === 'robots')
      write(
        exportDir,
        file.path,
        `User-Agent: *\nAllow: /\n\nSitemap: ${routes.urls.absolute(routes.urls.sitemap)}\n`,
      );
  }
  const urls = new Set(assets.map((asset) => asset.url));
  const resized = new Set(assets.flatMap((asset) => (asset.resize ? [asset.url] : []))).size;
  const copied = urls.size - resized;
  log.info(
    `feeds: ${feeds.join(', ') || 'none'}; ${copied} post file${copied === 1 ? '' : 's'} copied${resized ? `, ${resized} smaller image${resized === 1 ? '' : 's'}` : ''}`,
  );

  // Pagefind indexes in its own process while this one checks the links.
  const pages = routes.listed.map((post) => pageOf(post.permalink));
  const finishIndex = await startSearchIndex(exportDir, pages);
  const problems =
    config.onBrokenLinks === 'ignore'
      ? undefined
      : checkSite({
          dir: exportDir,
          basePath: config.basePath,
          siteUrl: config.url,
          sourceOf: routes.sourceOf,
          isExternalPath: (sitePath) => isExternalPath(config, sitePath),
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
  const fail = config.onBrokenLinks === 'throw';
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
