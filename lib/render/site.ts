/**
 * The site for the pages Next renders: `site.config.ts` with the publishing environment applied,
 * its words and URLs, and the blog of this process. The mode comes from Next (`next dev` is
 * development) and is read when the blog is first asked for, not when this module loads.
 */
import siteConfigInput from '../../site.config';
import type { Blog } from '../blog/create-blog';
import { cacheDirs } from '../cache-dirs';
import { createBlog } from '../blog/create-blog';
import { resolveSiteConfig } from '../config/resolve';
import { messages } from '../i18n/ui-messages';
import { createSiteUrls } from '../urls/site-urls';

export const site = resolveSiteConfig(siteConfigInput, process.env);

/** The interface's words in the site's language. */
export const t = messages(site.defaultLocale);

export const urls = createSiteUrls(site);

/** A site path with the base path, for plain `<a>`/`<img>`. */
export const withBase = urls.href;

/** An absolute URL for a site path: canonical links, feeds, Open Graph. */
export const absoluteUrl = urls.absolute;

const KEY = Symbol.for('blog.site');

/**
 * The blog of this process. Kept on `globalThis`: in `next dev` the pages and the route handlers
 * are separate bundles in one process, and they share it (and its file watcher).
 */
export function getBlog(): Blog {
  const global = globalThis as typeof globalThis & { [KEY]?: Blog };
  if (!global[KEY]) {
    const rootDir = process.cwd();
    const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';
    global[KEY] = createBlog({
      rootDir,
      config: site,
      mode,
      watch: mode === 'development',
      cacheDir: cacheDirs(rootDir).mdx,
      contentCacheDir: cacheDirs(rootDir).content,
    });
  }
  return global[KEY];
}
