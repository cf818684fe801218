/**
 * The site's feeds, written into the export after the pages: the newest listed posts, each
 * with the content of its exported page (see feed-content.ts), in every format the config asks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../../config/resolve';
import type { Post } from '../../load/post';
import type { RouteTable } from '../../routes/table';
import { pageFile } from '../../urls/site-urls';
import { feedContent } from './feed-content';
import type { FeedEntry } from './write-feed';
import { writeFeed } from './write-feed';

/** A post's cover image, as its compile knows it (`coverImage`). */
export type CoverOf = (post: Post) => string | undefined;

/** The newest listed posts with their content, read from the export. */
export function feedEntries(
  exportDir: string,
  routes: Pick<RouteTable, 'listed' | 'urls'>,
  config: Pick<SiteConfig, 'trailingSlash' | 'blog'>,
  coverOf: CoverOf,
): FeedEntry[] {
  return routes.listed.slice(0, config.blog.feed.limit).map((post) => {
    const page = path.join(exportDir, pageFile(post.permalink, config.trailingSlash));
    const html = feedContent(fs.readFileSync(page, 'utf8'), routes.urls.absolute(post.permalink));
    if (html === undefined) throw new Error(`${page} has no post content (data-post-content)`);
    return { post, html, image: coverOf(post) };
  });
}

/** Writes every feed of the route table into `exportDir`; returns their site paths. */
export function writeSiteFeeds(
  exportDir: string,
  routes: Pick<RouteTable, 'files' | 'listed' | 'urls'>,
  config: SiteConfig,
  coverOf: CoverOf,
): string[] {
  const feeds = routes.files.flatMap((file) => (file.kind === 'feed' ? [file] : []));
  if (feeds.length === 0) return [];
  const entries = feedEntries(exportDir, routes, config, coverOf);
  const { urls } = routes;
  const settings = {
    // Docusaurus's defaults (plugin-content-blog's feed).
    title: config.blog.feed.title ?? `${config.title} Blog`,
    description: config.blog.feed.description ?? `${config.title} Blog`,
    language: urls.locale,
    copyright: config.blog.feed.copyright ?? config.copyright,
    absoluteUrl: urls.absolute,
    feedPath: urls.feed,
    home: urls.blog,
    tags: urls.tags,
  };
  for (const feed of feeds) {
    const target = path.join(exportDir, feed.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, writeFeed(feed.type, settings, entries));
  }
  return feeds.map((feed) => feed.path);
}
