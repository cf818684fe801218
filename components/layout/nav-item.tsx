import type { NavLink } from '@/lib/render/navigation';
import { SiteLink } from '../ui/site-link';

/** The page shown and the site path of its navbar section (lib/render/navigation.ts). */
export type CurrentPage = { path: string; section: string | undefined };

/**
 * A navbar or footer link: a page or file of the site, or another site (opened safely). The link
 * to the section the page is in is marked current (`aria-current`).
 */
export function NavItem({
  link,
  className,
  current,
}: {
  link: NavLink;
  className: string;
  current?: CurrentPage;
}) {
  if (/^https?:\/\//.test(link.href)) {
    return (
      <a href={link.href} className={className} rel="noopener noreferrer" target="_blank">
        {link.label}
      </a>
    );
  }
  return (
    <SiteLink
      href={link.href}
      className={className}
      aria-current={
        link.href === current?.path ? 'page' : link.href === current?.section ? 'true' : undefined
      }
    >
      {link.label}
    </SiteLink>
  );
}
