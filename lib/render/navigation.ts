import type { NavLink } from '../config/resolve';
import type { PageRoute } from '../routes/table';
import { site, t, urls } from './site';

export type { NavLink } from '../config/resolve';

/**
 * The navbar's links, in order: the blog's own sections (in the site's language), then the
 * links of `themeConfig.navbar.items`.
 */
export const navLinks: NavLink[] = [
  { label: t.blog, href: urls.blog, position: 'left' },
  { label: t.tags, href: urls.tags, position: 'left' },
  { label: t.archive, href: urls.archive, position: 'left' },
  { label: t.authors, href: urls.authors, position: 'left' },
  ...(site.blog.feed.types.includes('rss')
    ? [{ label: 'RSS', href: urls.feed('rss'), position: 'left' as const }]
    : []),
  ...site.navbar.items,
];

/**
 * The site path of the navbar section a page belongs to: the blog for its lists and posts, the
 * tags for a tag, and so on; a Markdown page is its own section (if a link goes there).
 */
export function sectionOf(route: PageRoute | undefined): string | undefined {
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
