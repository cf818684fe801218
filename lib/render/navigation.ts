import type { NavLink } from '../config/resolve';
import type { PageRoute } from '../routes/table';
import { switchTargets } from '../routes/alternates';
import { allBlogs, getBlog, pageLocale, site, siteUrls, ui } from './site';

export type { NavLink } from '../config/resolve';

/**
 * Whether the blog has a page at a site path: as in Docusaurus, no tags page without tags, no
 * archive without listed posts, no authors page without authors.yml (lib/routes/table.ts).
 */
export function hasPage(path: string): boolean {
  return getBlog().routes().has(path);
}

/**
 * The navbar's links, in order: the blog's own sections (in the page's language), then the
 * links of `themeConfig.navbar.items`.
 */
export function navLinks(): NavLink[] {
  const t = ui();
  const urls = siteUrls();
  const sections: NavLink[] = [
    { label: t.blog, href: urls.blog, position: 'left' },
    { label: t.tags, href: urls.tags, position: 'left' },
    { label: t.archive, href: urls.archive, position: 'left' },
    { label: t.authors, href: urls.authors, position: 'left' },
  ];
  return [
    ...sections.filter((link) => hasPage(link.href)),
    ...(site.blog.feed.types.includes('rss')
      ? [{ label: 'RSS', href: urls.feed('rss'), position: 'left' as const }]
      : []),
    ...site.navbar.items,
  ];
}

/**
 * The site path of the navbar section a page belongs to: the blog for its lists and posts, the
 * tags for a tag, and so on; a Markdown page is its own section (if a link goes there).
 */
export function sectionOf(route: PageRoute | undefined): string | undefined {
  const urls = siteUrls();
  switch (route?.kind) {
    case 'blog':
    case 'post':
      return urls.blog;
    case 'tags':
    case 'tag':
      return urls.tags;
    case 'archive':
      return urls.archive;
    case 'authors':
    case 'author':
      return urls.authors;
    case 'search':
      return urls.search;
    case 'page':
      return route.path;
    default:
      return undefined;
  }
}

export type LocaleLink = { locale: string; label: string; lang: string; href: string };

/**
 * The locale switcher's links from the page at `path`: every other locale, each to the same page
 * in that language (a post's translation), else to that locale's home. None with one locale.
 */
export function localeLinks(path: string | undefined): LocaleLink[] {
  if (site.locales.length < 2) return [];
  const route = path === undefined ? undefined : getBlog().routes().page(path);
  const targets = switchTargets(
    route,
    allBlogs().map((blog) => blog.routes()),
  );
  return site.locales.flatMap((locale) => {
    const target = targets.find((t) => t.locale === locale.code);
    if (locale.code === pageLocale() || !target) return [];
    return [{ locale: locale.code, label: locale.label, lang: locale.htmlLang, href: target.path }];
  });
}
