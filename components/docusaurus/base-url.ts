/**
 * Docusaurus's `useBaseUrl` and `useBaseUrlUtils`: plain functions of the site's settings, no
 * React state, so MDX may call them anywhere while the server renders (`src={useBaseUrl('/x')}`).
 */
import { site } from '@/lib/render/site';

export type BaseUrlOptions = {
  /** Add the base path even when the URL already starts with it. */
  forcePrependBaseUrl?: boolean;
  /** With the site's origin: `https://site.dev/blog/x`. */
  absolute?: boolean;
};

/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative (`//cdn`): left alone. */
export function hasProtocol(url: string): boolean {
  return /^(?:\w*:|\/\/)/.test(url);
}

/**
 * `withBaseUrl` for a site served under `basePath` (`''` or `/blog`) at `siteUrl`, as
 * Docusaurus's `addBaseUrl`: `/img/x.png` and `img/x.png` both become `/blog/img/x.png`, a URL
 * that already starts with the base path keeps it once, fragments and external URLs stay.
 */
export function createWithBaseUrl({ basePath, siteUrl }: { basePath: string; siteUrl: string }) {
  const baseUrl = `${basePath}/`;
  return function withBaseUrl(url: string, options: BaseUrlOptions = {}): string {
    if (!url || url.startsWith('#') || hasProtocol(url)) return url;
    if (options.forcePrependBaseUrl) return baseUrl + url.replace(/^\//, '');
    if (url === basePath) return baseUrl;
    const path = url.startsWith(baseUrl) ? url : baseUrl + url.replace(/^\//, '');
    return options.absolute ? siteUrl + path : path;
  };
}

const withSiteBaseUrl = createWithBaseUrl({ basePath: site.basePath, siteUrl: site.url });

/** `useBaseUrl('/img/x.png')`: the URL with the site's base path. */
export function useBaseUrl(url: string, options?: BaseUrlOptions): string {
  return withSiteBaseUrl(url, options);
}

/** `useBaseUrlUtils().withBaseUrl(url, options)`: the same. */
export function useBaseUrlUtils(): {
  withBaseUrl: (url: string, options?: BaseUrlOptions) => string;
} {
  return { withBaseUrl: withSiteBaseUrl };
}
