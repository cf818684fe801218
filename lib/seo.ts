import type { Metadata } from 'next';
import { site } from './site';
import { absoluteUrl } from './urls';

type PageMeta = {
  title?: string;
  description?: string;
  /** Site path of the page, e.g. `/tags/rust/`. */
  path: string;
  /** Keep the page out of search engines (unlisted pages, later list pages stay indexed). */
  noindex?: boolean;
};

/** Title, description and canonical URL of a page. */
export function pageMetadata({ title, description, path, noindex }: PageMeta): Metadata {
  return {
    ...(title ? { title } : {}),
    description: description ?? site.tagline,
    alternates: { canonical: absoluteUrl(path) },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
