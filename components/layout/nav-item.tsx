import type { NavLink } from '@/lib/render/navigation';
import { SiteLink } from '../ui/site-link';

/** A navbar or footer link: a page or file of the site, or another site (opened safely). */
export function NavItem({ link, className }: { link: NavLink; className: string }) {
  if (/^https?:\/\//.test(link.href)) {
    return (
      <a href={link.href} className={className} rel="noopener noreferrer" target="_blank">
        {link.label}
      </a>
    );
  }
  return (
    <SiteLink href={link.href} className={className}>
      {link.label}
    </SiteLink>
  );
}
