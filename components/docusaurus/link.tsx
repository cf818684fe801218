import type { AnchorHTMLAttributes } from 'react';
import { site, withBase } from '@/lib/render/site';
import { hasProtocol } from './base-url';

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to?: string;
  /** Docusaurus's: `false` leaves `/x` without the base path. */
  autoAddBaseUrl?: boolean;
  /** Docusaurus's router props: meaningless for plain links, dropped. */
  isNavLink?: boolean;
  activeClassName?: string;
  isActive?: unknown;
  'data-noBrokenLinkCheck'?: boolean;
};

/**
 * Where a link goes, as Docusaurus's `<Link>` decides it: a site path (`/x/`) gets the base path
 * (once: one that already has it keeps it) in the site's trailing-slash style; a URL with a
 * scheme is external; `pathname:///file.pdf` is a site path that is not a page, which Docusaurus
 * opens like an external link; relative paths and fragments stay as written.
 */
export function linkTarget(
  target: string,
  {
    basePath,
    withBase: addBase,
    autoAddBaseUrl = true,
  }: { basePath: string; withBase: (path: string) => string; autoAddBaseUrl?: boolean },
): { href: string; external: boolean } {
  const external = hasProtocol(target);
  const path = target.startsWith('pathname://') ? target.slice('pathname://'.length) : target;
  if (!autoAddBaseUrl || hasProtocol(path) || !path.startsWith('/'))
    return { href: path, external };
  return { href: addBase(withoutBase(path, basePath)), external };
}

/** `/blog/x` → `/x` for a site under `/blog` (written with `useBaseUrl`); other paths as they are. */
function withoutBase(path: string, basePath: string): string {
  if (basePath === '' || !path.startsWith(basePath)) return path;
  const rest = path.slice(basePath.length);
  if (rest === '') return '/';
  if (rest.startsWith('/')) return rest;
  return /^[?#]/.test(rest) ? `/${rest}` : path;
}

/**
 * Docusaurus's `<Link to="/x/">` (or `href`): a plain `<a>`, as every link of this site is.
 * External links open in a new tab, safely, as Markdown links in posts do; the author's own
 * `target` and `rel` win.
 */
/** Props of Docusaurus's router links, meaningless for plain links. */
const ROUTER_PROPS = new Set([
  'isNavLink',
  'activeClassName',
  'isActive',
  'data-noBrokenLinkCheck',
]);

/**
 * Docusaurus's `<Link to="/x/">` (or `href`): a plain `<a>`, as every link of this site is.
 * External links open in a new tab, safely, as Markdown links in posts do; the author's own
 * `target` and `rel` win.
 */
export function Link({ to, href, autoAddBaseUrl, ...rest }: LinkProps) {
  const props = Object.fromEntries(
    Object.entries(rest).filter(([name]) => !ROUTER_PROPS.has(name)),
  ) as AnchorHTMLAttributes<HTMLAnchorElement>;
  const target = to || href;
  if (!target) return <a {...props} />;
  const link = linkTarget(target, {
    basePath: site.basePath,
    withBase,
    ...(autoAddBaseUrl === undefined ? {} : { autoAddBaseUrl }),
  });
  return (
    <a
      href={link.href}
      {...(link.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      {...props}
    />
  );
}
