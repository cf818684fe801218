/**
 * The site for the pages Next renders: `site.config.ts` with the publishing environment applied,
 * and, for the page being rendered, its locale's words, URLs and blog. The mode comes from Next
 * (`next dev` is development) and is read when a blog is first asked for, not when this module
 * loads.
 *
 * A page's locale is set once per render by the route (`setPageLocale`, from its path) and read
 * by every component below it: React's `cache` keeps it for that render only, so pages of two
 * locales rendered at once by one worker do not see each other's.
 */
import { cache } from 'react';
import siteConfigInput from '../../site.config';
import type { Blog } from '../blog/create-blog';
import { cacheDirs } from '../cache-dirs';
import { createBlog } from '../blog/create-blog';
import { htmlLangOf, resolveSiteConfig } from '../config/resolve';
import type { Messages } from '../i18n/ui-messages';
import type { SiteUrls } from '../urls/site-urls';
import { createSiteUrls, decodeUrlPart } from '../urls/site-urls';

export const site = resolveSiteConfig(siteConfigInput, process.env);

/** The default locale's URLs; `siteUrls()` has the page's. */
const defaultUrls = createSiteUrls(site);

/** A site path with the base path, for plain `<a>`/`<img>` (the same in every locale). */
export const withBase = defaultUrls.href;

/** An absolute URL for a site path: canonical links, feeds, Open Graph. */
export const absoluteUrl = defaultUrls.absolute;

const renderState = cache((): { locale: string } => ({ locale: site.defaultLocale }));

/** Sets the locale of the page being rendered (the route does, from its path). */
export function setPageLocale(locale: string): void {
  renderState().locale = locale;
}

/** The locale of the page being rendered. */
export function pageLocale(): string {
  return renderState().locale;
}

/** The locale a site path belongs to: `/en/…` is English when `en` is a locale, else the default. */
export function localeOfPath(sitePath: string): string {
  const [first = ''] = decodeUrlPart(sitePath).split('/').filter(Boolean);
  const found = site.locales.find((l) => l.code !== site.defaultLocale && l.code === first);
  return found?.code ?? site.defaultLocale;
}

/** `<html lang>` of a locale (`localeConfigs.<l>.htmlLang`, else its code). */
export function htmlLang(locale: string): string {
  return htmlLangOf(site, locale);
}

/** The interface's words in the page's language (with the site's `code.json` translations). */
export function ui(): Messages {
  return getBlog().messages();
}

/** The page's locale's URLs (`/en/tags/` in English). */
export function siteUrls(): SiteUrls {
  return getBlog().urls;
}

const KEY = Symbol.for('blog.site');

/**
 * The blog of a locale (the page's by default). Kept on `globalThis`: in `next dev` the pages and
 * the route handlers are separate bundles in one process, and they share it (and its file
 * watcher).
 */
export function getBlog(locale: string = pageLocale()): Blog {
  const global = globalThis as typeof globalThis & { [KEY]?: Map<string, Blog> };
  const blogs = (global[KEY] ??= new Map());
  let blog = blogs.get(locale);
  if (!blog) {
    const rootDir = process.cwd();
    const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';
    blog = createBlog({
      rootDir,
      config: site,
      locale,
      mode,
      watch: mode === 'development',
      cacheDir: cacheDirs(rootDir).mdx,
      contentCacheDir: cacheDirs(rootDir).content,
    });
    blogs.set(locale, blog);
  }
  return blog;
}

/** Every locale's blog, the default one first. */
export function allBlogs(): Blog[] {
  return site.locales.map((locale) => getBlog(locale.code));
}

/** The page at a path of route params (any locale's), setting the page's locale as it goes. */
export function pageAt(segments: readonly string[] = []) {
  const sitePath = `/${segments.join('/')}/`;
  const locale = localeOfPath(sitePath);
  setPageLocale(locale);
  return getBlog(locale).routes().page(sitePath);
}
