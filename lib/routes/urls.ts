import { site } from '../site';

/** A site path with the base path, for plain `<a>`/`<img>` (next/link adds it by itself). */
export function withBase(path: string): string {
  return /^[a-z][a-z\d+.-]*:|^\/\//i.test(path) ? path : `${site.basePath}${path}`;
}

/** An absolute URL for a site path: canonical links, feeds, Open Graph. */
export function absoluteUrl(path: string): string {
  return /^[a-z][a-z\d+.-]*:|^\/\//i.test(path) ? path : `${site.url}${site.basePath}${path}`;
}

/** `/page/3/` for a list at `/` (page 1 is the list itself). */
export function pagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}page/${page}/`;
}
