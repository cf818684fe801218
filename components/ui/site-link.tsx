import type { AnchorHTMLAttributes } from 'react';
import { withBase } from '@/lib/render/site';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string };

/**
 * A link to a page of the site. A plain `<a>`: pages are static files, so following a link is a
 * page load, and no client router is shipped for it (next/link would add one to every page).
 */
export function SiteLink({ href, ...props }: Props) {
  return <a href={withBase(href)} {...props} />;
}
