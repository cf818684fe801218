/** Each page's `<head>`: title, description, canonical URL, feeds and link previews. */
import type { Metadata, Viewport } from 'next';
import { toZonedIso } from '../load/dates';
import type { Post } from '../load/post';
import { lastModified } from '../load/post';
import { hreflangLinks, pageIdentity } from '../routes/alternates';
import type { PageRoute } from '../routes/table';
import { FEED_FILES, authorUrl, imageUrl } from '../urls/site-urls';
import { absoluteUrl, allBlogs, getBlog, htmlLang, pageLocale, site, ui, siteUrls } from './site';

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

/** What every page's `<head>` has unless the page says otherwise (the root layout's). */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(`${site.url}${site.basePath}/`),
    title: { default: site.title, template: `%s | ${site.title}` },
    description: site.tagline,
    applicationName: site.title,
    alternates: { types: feedAlternates() },
  };
}

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#030712' },
  ],
};

const OG_LOCALES: Record<string, string> = { ko: 'ko_KR', en: 'en_US' };

/** `<link rel="alternate">` to the feeds, for every page's head, titled as Docusaurus titles them. */
export function feedAlternates(): NonNullable<Metadata['alternates']>['types'] {
  const urls = siteUrls();
  const title = site.blog.feed.title ?? site.title;
  return Object.fromEntries(
    site.blog.feed.types.map((type) => [
      FEED_FILES[type].type,
      [{ url: absoluteUrl(urls.feed(type)), title: `${title} ${FEED_FILES[type].name} Feed` }],
    ]),
  );
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
  const picture = imageUrl(image ?? site.image, absoluteUrl);
  const images = picture ? [{ url: picture, alt: previewTitle }] : undefined;
  return {
    // The layout's title template does not reach a page of its own segment (the catch-all).
    ...(title ? { title: { absolute: `${title} | ${site.title}` } } : {}),
    description: summary,
    ...(keywords && keywords.length > 0 ? { keywords } : {}),
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: {
      siteName: site.title,
      locale: OG_LOCALES[pageLocale()] ?? pageLocale(),
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

/**
 * A post's page: its title, description, keywords (or tags), cover image (see `coverImage`) and
 * article facts.
 */
export function postMetadata(post: Post, image: string | undefined): Metadata {
  const tags = post.tags.map((tag) => tag.label);
  return pageMetadata({
    title: post.titleMeta ?? post.title,
    description: post.description,
    path: post.permalink,
    noindex: post.unlisted,
    keywords: post.keywords.length > 0 ? post.keywords : tags,
    image,
    article: {
      publishedTime: post.date,
      modifiedTime: lastModified(post),
      tags,
      authors: post.authors.map((author) => authorUrl(author, absoluteUrl) ?? author.name),
    },
  });
}

/**
 * The metadata of a page of the route table; `image` is the cover of a post or Markdown page
 * (see `coverImage`), which only its compile knows.
 */
export function routeMetadata(route: PageRoute, image?: string): Metadata {
  const own = ownMetadata(route, image);
  if (site.locales.length === 1 || route.kind === 'redirect') return own;
  const tables = allBlogs().map((blog) => blog.routes());
  const languages: Record<string, string> = {};
  for (const link of hreflangLinks(route, tables, htmlLang))
    languages[link.hreflang] = absoluteUrl(link.path);
  // A post shown untranslated is a copy: search engines should index the original.
  const original = tables[0]?.pageWithIdentity(pageIdentity(route));
  const copy = (route.kind === 'post' || route.kind === 'page') && route.post.lang !== pageLocale();
  const canonical = copy && original ? absoluteUrl(original.path) : own.alternates?.canonical;
  return { ...own, alternates: { ...own.alternates, canonical, languages } };
}

function ownMetadata(route: PageRoute, image: string | undefined): Metadata {
  const t = ui();
  switch (route.kind) {
    case 'post':
      return postMetadata(route.post, image);
    case 'blog': {
      // Docusaurus's blogTitle and blogDescription name the list; without them, the site does.
      const { title, description } = getBlog().texts();
      return route.list.page === 1
        ? pageMetadata({ title, description, path: route.path })
        : pageMetadata({
            title: `${title ?? t.blog} (${t.pageOf(route.list.page, route.list.totalPages)})`,
            description,
            path: route.path,
          });
    }
    case 'tag': {
      const { tag, list } = route;
      const title = t.taggedWith(tag.label, tag.posts.length);
      return pageMetadata({
        title: list.page === 1 ? title : `${title} (${list.page})`,
        description: tag.description,
        path: route.path,
        noindex: tag.unlisted,
      });
    }
    case 'author': {
      const { author, list } = route;
      const title = t.postsBy(author.name, author.posts.length);
      return pageMetadata({
        title: list.page === 1 ? title : `${title} (${list.page})`,
        description: list.page === 1 ? (author.description ?? author.title) : undefined,
        path: route.path,
      });
    }
    case 'tags':
      return pageMetadata({ title: t.tags, path: route.path });
    case 'archive':
      return pageMetadata({ title: t.archive, path: route.path });
    case 'authors':
      return pageMetadata({ title: t.authors, path: route.path });
    case 'search':
      return pageMetadata({ title: t.search, path: route.path, noindex: true });
    case 'not-found':
      return pageMetadata({ title: t.notFoundTitle, path: route.path, noindex: true });
    case 'redirect':
      return { title: site.title, robots: { index: false, follow: true } };
    case 'page': {
      const { post } = route;
      return pageMetadata({
        title: post.titleMeta ?? post.title,
        description: post.description,
        path: route.path,
        noindex: post.unlisted,
        keywords: post.keywords,
        image,
      });
    }
  }
}
