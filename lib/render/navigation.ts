import type { NavLink } from '../config/resolve';
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
