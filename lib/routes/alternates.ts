/**
 * The same page in other locales: a list, tag or author page is in every locale, a post in each
 * locale that shows it. A post counts as that locale's version only when it is written in its
 * language (`lang`); an untranslated post shown in another locale is a copy of the original.
 */
import type { PageRoute } from './table';

/** What a page is whatever its locale: pages of two locales with the same identity are one page. */
export function pageIdentity(route: PageRoute): string {
  switch (route.kind) {
    case 'blog':
      return `blog/${route.list.page}`;
    case 'post':
    case 'page':
      return `${route.kind}/${route.post.id.normalize('NFC')}`;
    case 'tag':
      return `tag/${route.tag.slug}/${route.list.page}`;
    case 'author':
      return `author/${route.author.key}/${route.list.page}`;
    default:
      return route.kind;
  }
}

/** The tables' side of it: a locale's page of a given identity. */
export type LocalePages = {
  locale: string;
  urls: { home: string };
  pageWithIdentity: (identity: string) => PageRoute | undefined;
};

export type Alternate = { locale: string; path: string };

/** True when a page of `locale` is in that locale's language (a post, only when translated). */
function isInLocale(route: PageRoute, locale: string): boolean {
  return route.kind === 'post' || route.kind === 'page' ? route.post.lang === locale : true;
}

/**
 * The versions of a page in every locale that has one in its language, in the order of
 * `locales` (the default one first): `hreflang` links and the sitemap's alternates.
 */
export function alternatesOf(route: PageRoute, locales: readonly LocalePages[]): Alternate[] {
  const identity = pageIdentity(route);
  return locales.flatMap(({ locale, pageWithIdentity }) => {
    const found = pageWithIdentity(identity);
    return found && isInLocale(found, locale) ? [{ locale, path: found.path }] : [];
  });
}

/**
 * Where the locale switcher goes from a page, for each locale: the same page in that locale's
 * language, else that locale's home.
 */
export function switchTargets(route: PageRoute | undefined, locales: readonly LocalePages[]) {
  const found = route ? alternatesOf(route, locales) : [];
  return locales.map(({ locale, urls }) => ({
    locale,
    path: found.find((alternate) => alternate.locale === locale)?.path ?? urls.home,
  }));
}

/**
 * A page's `hreflang` links: each language's version (`hreflangOf` gives a locale's code, its
 * `htmlLang`), then `x-default`, the default locale's version (the first of `locales`). None
 * when only one locale has the page.
 */
export function hreflangLinks(
  route: PageRoute,
  locales: readonly LocalePages[],
  hreflangOf: (locale: string) => string,
): { hreflang: string; path: string }[] {
  const found = alternatesOf(route, locales);
  if (found.length < 2) return [];
  const links = found.map((a) => ({ hreflang: hreflangOf(a.locale), path: a.path }));
  const original = found.find((a) => a.locale === locales[0]?.locale);
  return original ? [...links, { hreflang: 'x-default', path: original.path }] : links;
}
