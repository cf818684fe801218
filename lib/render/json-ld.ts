/**
 * Structured data for search engines (schema.org as JSON-LD): `BlogPosting` on posts, `Blog` on
 * lists. Serialized so that nothing an author writes can end the `<script>` it sits in.
 */
import { toZonedIso } from '../load/dates';
import type { Post } from '../load/post';
import { lastModified } from '../load/post';
import { authorUrl, imageUrl } from '../urls/site-urls';
import { absoluteUrl, pageLocale, site, siteUrls } from './site';

type Person = { '@type': 'Person'; name: string; url?: string };

export type BlogPostingLd = {
  '@context'?: 'https://schema.org';
  '@type': 'BlogPosting';
  '@id': string;
  url: string;
  mainEntityOfPage?: string;
  headline: string;
  description?: string;
  datePublished: string;
  dateModified: string;
  author: Person[];
  keywords?: string[];
  image?: string;
  inLanguage?: string;
  isPartOf?: { '@type': 'Blog'; '@id': string; name: string };
};

export type BlogLd = {
  '@context': 'https://schema.org';
  '@type': 'Blog';
  '@id': string;
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  blogPost: BlogPostingLd[];
};

function posting(post: Post): BlogPostingLd {
  const url = absoluteUrl(post.permalink);
  return {
    '@type': 'BlogPosting',
    '@id': url,
    url,
    headline: post.title,
    ...(post.description ? { description: post.description } : {}),
    datePublished: toZonedIso(post.date, site.timeZone),
    dateModified: toZonedIso(lastModified(post), site.timeZone),
    author: post.authors.map((author) => {
      const url = authorUrl(author, absoluteUrl);
      return { '@type': 'Person', name: author.name, ...(url ? { url } : {}) };
    }),
  };
}

/** A post's page; `cover` as `coverImage` gives it. */
export function blogPostingLd(post: Post, cover: string | undefined): BlogPostingLd {
  const urls = siteUrls();
  const image = imageUrl(cover, absoluteUrl);
  const keywords = post.keywords.length > 0 ? post.keywords : post.tags.map((tag) => tag.label);
  return {
    '@context': 'https://schema.org',
    ...posting(post),
    mainEntityOfPage: absoluteUrl(post.permalink),
    ...(keywords.length > 0 ? { keywords } : {}),
    ...(image ? { image } : {}),
    // The post's own language: an untranslated post shown in another locale keeps its own.
    inLanguage: post.lang,
    isPartOf: { '@type': 'Blog', '@id': absoluteUrl(urls.blog), name: site.title },
  };
}

/** A page of a list (home, tag, author) and the posts on it. */
export function blogLd(path: string, posts: readonly Post[]): BlogLd {
  const urls = siteUrls();
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    '@id': absoluteUrl(urls.blog),
    url: absoluteUrl(path),
    name: site.title,
    description: site.tagline,
    inLanguage: pageLocale(),
    blogPost: posts.map(posting),
  };
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`… so that
 * `</script>` or `<!--` in a title cannot end or change the script; it parses to the same data.
 */
export function serializeJsonLd(data: BlogPostingLd | BlogLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c] ?? c);
}
