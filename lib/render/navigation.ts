import { t } from '../i18n';
import { site } from '../site';

export type NavLink = { label: string; href: string };

/** The navbar's links, in order. */
export const navLinks: NavLink[] = [
  { label: t.blog, href: '/' },
  { label: t.tags, href: '/tags/' },
  { label: t.archive, href: '/archive/' },
  { label: t.authors, href: '/authors/' },
  { label: 'RSS', href: '/rss.xml' },
  ...(site.social.github ? [{ label: 'GitHub', href: site.social.github }] : []),
];
