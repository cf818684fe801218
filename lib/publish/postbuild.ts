/**
 * What happens to a static export after `next build`: the files posts use are copied in, the
 * feeds, the sitemap and robots.txt are written from the route table and the exported pages, the
 * search index is built, and the broken-site check reads it all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Blog } from '../blog/create-blog';
import { cacheDirs } from '../cache-dirs';
import { sourceFingerprint } from '../fingerprint';
import { htmlLangOf, isExternalPath } from '../config/resolve';
import type { Asset } from '../compile/context';
import { coverImage } from '../compile/context';
import type { Post } from '../load/post';
import { hreflangLinks } from '../routes/alternates';
import type { RouteTable } from '../routes/table';
import { pageFile } from '../urls/site-urls';
import { publishAssets } from './assets';
import { fillBlogSidebars } from './blog-sidebars';
import type { RenderPlan } from './page-cache';
import { keepPages, restorePages } from './page-cache';
import { pageReadings } from './page-readings';
import { checkSite, formatProblem } from './check-site';
import { writeSiteFeeds } from './feeds/site-feeds';
import { searchCache } from './search-cache';
import type { SearchReuse } from './search-index';
import { SEARCH_INDEX_DIR, startSearchIndex } from './search-index';
import { sitemapEntries, sitemapXml } from './sitemap';

/** A locale's sitemap (with every page's versions in other languages) and, once, robots.txt. */
function writeSitemapAndRobots(
  exportDir: string,
  routes: RouteTable,
  tables: readonly RouteTable[],
): void {
  const { config, urls } = routes;
  const hreflangOf = (locale: string) => htmlLangOf(config, locale);
  const alternatesOf = (sitePath: string) => {
    const route = routes.page(sitePath);
    const links = route ? hreflangLinks(route, tables, hreflangOf) : [];
    return links.map((link) => ({ hreflang: link.hreflang, url: urls.absolute(link.path) }));
  };
  for (const file of routes.files) {
    if (file.kind === 'sitemap')
      write(exportDir, file.path, sitemapXml(sitemapEntries(routes, urls.absolute, alternatesOf)));
    if (file.kind === 'robots') {
      const sitemaps = tables.map((table) => `Sitemap: ${urls.absolute(table.urls.sitemap)}\n`);
      write(exportDir, file.path, `User-Agent: *\nAllow: /\n\n${sitemaps.join('')}`);
    }
  }
}

type Log = { info: (line: string) => void; error: (line: string) => void };

const consoleLog: Log = { info: console.log, error: console.error };

function write(exportDir: string, sitePath: string, text: string): void {
  const target = path.join(exportDir, sitePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}

/**
 * Completes and checks the export in `exportDir` for every locale's blog (the default one
 * first); false when the build must fail.
 */
export async function postbuild(
  exportDir: string,
  blogs: readonly Blog[],
  log: Log = consoleLog,
  /** Next rendered only the plan's pages: the others come from the last build's (page-cache.ts). */
  pageCache?: { dir: string; plan: RenderPlan },
): Promise<boolean> {
  const [blog] = blogs;
  if (!blog) throw new Error('postbuild: no blog');
  const { config } = blog;
  if (pageCache) {
    const restored = restorePages(pageCache.dir, pageCache.plan, exportDir);
    if (restored > 0) log.info(`pages: ${restored} copied from the last build`);
  }
  if (!fs.existsSync(path.join(exportDir, 'index.html'))) {
    log.error(`postbuild: ${exportDir}/index.html does not exist; run next build first`);
    return false;
  }
  const tables = blogs.map((each) => each.routes());
  const pageOf = (sitePath: string) => pageFile(sitePath, config.trailingSlash);
  const missing = tables
    .flatMap((routes) => routes.pages)
    .filter((route) => !fs.existsSync(path.join(exportDir, pageOf(route.path))));
  if (missing.length > 0) {
    log.error(`postbuild: pages missing from the export: ${missing.map((r) => r.path).join(', ')}`);
    return false;
  }

  // Pagefind indexes the post pages in its own process while this one fills their sidebars (whole
  // files replaced at once, outside what Pagefind reads of a page), writes the rest and checks
  // the links; each locale has its own index beside its home (`/pagefind/`, `/en/pagefind/`), of
  // the posts in its language.
  const indexes = tables.map((routes) => ({
    dir: pageOf(routes.urls.home).replace(/index\.html$|\.html$/, ''),
    pages: routes.searchable.map((post) => pageOf(post.permalink)),
  }));
  // A warm build knows each page's key: bundles whose pages kept theirs are the last build's.
  const keys = new Map(pageCache?.plan.pages.map((page) => [page.files[0], page.key]));
  const searchReuse: SearchReuse | undefined = pageCache && {
    cache: searchCache(cacheDirs(blog.rootDir).search),
    engine: sourceFingerprint(blog.rootDir, [
      'lib/publish/search-index.ts',
      'lib/publish/search-cache.ts',
    ]),
    keyOf: (file) => keys.get(file),
  };
  const indexInto = (index: (typeof indexes)[number]) =>
    startSearchIndex(exportDir, index.pages, {
      prefix: index.dir,
      postsPerBundle: blog.config.search.postsPerBundle,
      reuse: searchReuse,
    });
  const [first, ...others] = indexes;
  const finishFirst = first && (await indexInto(first));
  // The sidebar's links are those of its source page: the check reads them there only. Pages
  // copied from the last build have theirs.
  const rendered = pageCache && new Set(pageCache.plan.render);
  let filled = 0;
  for (const routes of tables) {
    const result = fillBlogSidebars(exportDir, routes, pageOf, rendered);
    if ('problem' in result) {
      log.error(`postbuild: ${result.problem}`);
      await finishFirst?.().catch(() => undefined);
      return false;
    }
    filled += result.filled;
  }
  if (filled > 0)
    log.info(
      `sidebar: copied into ${filled} page${filled === 1 ? '' : 's'} from each locale’s first list page`,
    );
  // The files posts use, as their compiles recorded them (the check step compiled every post).
  const assets: Asset[] = [];
  const feeds: string[] = [];
  for (const [i, routes] of tables.entries()) {
    const each = blogs[i] ?? blog;
    const covers = new Map<Post, string | undefined>();
    for (const post of routes.documents) {
      const facts = each.cachedFacts(post) ?? (await each.compile(post)).facts;
      assets.push(...facts.assets);
      covers.set(post, coverImage(post, facts));
    }
    feeds.push(...writeSiteFeeds(exportDir, routes, config, (post) => covers.get(post)));
  }
  const { images } = cacheDirs(blog.rootDir);
  const assetProblems = await publishAssets(exportDir, blog.rootDir, assets, images);
  for (const problem of assetProblems) log.error(`postbuild: ${problem}`);
  if (assetProblems.length > 0) {
    await finishFirst?.().catch(() => undefined);
    return false;
  }

  for (const routes of tables) {
    writeSitemapAndRobots(exportDir, routes, tables);
    // Another locale's 404 page where static hosts look for it: `/en/404.html`.
    for (const route of routes.pages) {
      const file = `${route.path.replace(/\/$/, '')}.html`;
      if (route.kind === 'not-found' && pageOf(route.path) !== file.slice(1))
        fs.copyFileSync(path.join(exportDir, pageOf(route.path)), path.join(exportDir, file));
    }
  }
  const urls = new Set(assets.map((asset) => asset.url));
  const resized = new Set(assets.flatMap((asset) => (asset.resize ? [asset.url] : []))).size;
  const copied = urls.size - resized;
  log.info(
    `feeds: ${feeds.join(', ') || 'none'}; ${copied} post file${copied === 1 ? '' : 's'} copied${resized ? `, ${resized} smaller image${resized === 1 ? '' : 's'}` : ''}`,
  );

  if (pageCache) keepPages(pageCache.dir, pageCache.plan, exportDir);

  const sourceOf = (sitePath: string) =>
    tables.map((routes) => routes.sourceOf(sitePath)).find((file) => file !== undefined);
  const readings = pageReadings(
    cacheDirs(blog.rootDir).pageReadings,
    sourceFingerprint(blog.rootDir, ['lib/publish/check-site.ts', 'lib/publish/page-readings.ts']),
  );
  const problems =
    config.onBrokenLinks === 'ignore'
      ? undefined
      : checkSite({
          dir: exportDir,
          basePath: config.basePath,
          siteUrl: config.url,
          sourceOf,
          isExternalPath: (sitePath) => isExternalPath(config, sitePath),
          readings,
        });
  if (problems) readings.save();
  const indexed = finishFirst ? [await finishFirst()] : [];
  for (const index of others) indexed.push(await (await indexInto(index))());
  searchReuse?.cache.prune();
  for (const [i, index] of indexes.entries()) {
    const count = `${index.pages.length} post${index.pages.length === 1 ? '' : 's'}`;
    const { bundles = 1, kept = 0 } = indexed[i] ?? {};
    const more = bundles - 1;
    const beside = more > 0 ? ` and ${more} more bundle${more === 1 ? '' : 's'} beside it` : '';
    const reused = kept > 0 ? ` (${kept} of ${bundles} as the last build made them)` : '';
    const where = path.join(exportDir, index.dir, SEARCH_INDEX_DIR);
    log.info(`search: ${count} indexed into ${where}/${beside}${reused}`);
  }
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
