import type { Metadata } from 'next';
import type { Author } from '../load/authors';
import type { Post } from '../load/post';
import { toZonedIso } from '../load/dates';
import { FEED_FILES } from '../feed/files';
import { site } from '../site';
import { absoluteUrl } from '../routes/urls';

type PageMeta = {
  title?: string;
  description?: string;
  /** Site path of the page, e.g. `/tags/rust/`. */
  path: string;
  /** Keep the page out of search engines (unlisted pages, later list pages stay indexed). */
  noindex?: boolean;
  keywords?: string[];
  /** Link preview image: a URL or a path in `public/`; the site's card when absent. */
  image?: string;
  /** Makes the page an Open Graph `article`. */
  article?: { publishedTime: Date; modifiedTime: Date; tags: string[]; authors: string[] };
};

const OG_LOCALES: Record<string, string> = { ko: 'ko_KR', en: 'en_US' };

/** `<link rel="alternate">` to the feeds, for every page's head. */
export function feedAlternates(): NonNullable<Metadata['alternates']>['types'] {
  return Object.fromEntries(
    Object.values(FEED_FILES).map((feed) => [
      feed.type,
      [{ url: absoluteUrl(feed.path), title: `${site.title} (${feed.name})` }],
    ]),
  );
}

/** A URL for a front matter `image` (remote, or a path in `public/`); none for other paths. */
export function imageUrl(
  image: string | undefined,
  toAbsolute: (path: string) => string = absoluteUrl,
): string | undefined {
  if (!image) return undefined;
  if (/^https?:\/\//i.test(image) || image.startsWith('/')) return toAbsolute(image);
  return undefined;
}

/** When a post last changed: its `last_update` date, or its date. */
export function lastModified(post: Post): Date {
  return post.lastUpdate?.date ?? post.date;
}

/** Where an author is described: their page on this blog, or else their own URL. */
export function authorUrl(
  author: Author,
  toAbsolute: (path: string) => string = absoluteUrl,
): string | undefined {
  return author.permalink ? toAbsolute(author.permalink) : author.url;
}

/**
 * A page's title, description, canonical URL, feeds, keywords and link previews (Open Graph and
 * Twitter card). Next merges metadata shallowly, so every page gets the whole set from here.
 */
export function pageMetadata({
  title,
  description,
  path,
  noindex,
  keywords,
  image,
  article,
}: PageMeta): Metadata {
  const url = absoluteUrl(path);
  const summary = description || site.tagline;
  const previewTitle = title ?? site.title;
  const picture = imageUrl(image ?? site.image);
  const images = picture ? [{ url: picture, alt: previewTitle }] : undefined;
  return {
    ...(title ? { title } : {}),
    description: summary,
    ...(keywords && keywords.length > 0 ? { keywords } : {}),
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: {
      siteName: site.title,
      locale: OG_LOCALES[site.locale] ?? site.locale,
      url,
      title: previewTitle,
      description: summary,
      ...(images ? { images } : {}),
      ...(article
        ? {
            type: 'article',
            publishedTime: toZonedIso(article.publishedTime, site.timeZone),
            modifiedTime: toZonedIso(article.modifiedTime, site.timeZone),
            tags: article.tags,
            authors: article.authors,
          }
        : { type: 'website' }),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: previewTitle,
      description: summary,
      ...(images ? { images } : {}),
    },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** A post's page: its title, description, keywords (or tags), cover image and article facts. */
export function postMetadata(post: Post): Metadata {
  const tags = post.tags.map((tag) => tag.label);
  return pageMetadata({
    title: post.titleMeta ?? post.title,
    description: post.description,
    path: post.permalink,
    noindex: post.unlisted,
    keywords: post.keywords.length > 0 ? post.keywords : tags,
    image: post.image,
    article: {
      publishedTime: post.date,
      modifiedTime: lastModified(post),
      tags,
      authors: post.authors.map((author) => authorUrl(author) ?? author.name),
    },
  });
}
