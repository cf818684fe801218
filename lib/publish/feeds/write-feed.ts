/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from posts, written by feedsmith (which escapes text,
 * attributes and CDATA). What each field holds follows each format's rules: RSS and JSON titles
 * are plain text, RSS descriptions are HTML, Atom says which it is with `type`. Characters XML 1.0
 * forbids (a control character in a title) are removed, so a feed always parses.
 */
import type { AtomFeed, JsonFeed, RssFeed } from 'feedsmith';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { FeedType } from '../../config/schema';
import type { Author } from '../../load/authors';
import type { Post } from '../../load/post';
import { lastModified } from '../../load/post';
import { FEED_FILES, authorUrl, imageUrl } from '../../urls/site-urls';
import { stripForbiddenXmlChars } from '../xml';

export type FeedSettings = {
  title: string;
  description: string;
  language: string;
  copyright: string;
  /** Absolute URL of a site path (with the base path). */
  absoluteUrl: (path: string) => string;
  /** Where each feed is, as a site path. */
  feedPath: (type: FeedType) => string;
  /** The blog's first page and its tags page, as site paths. */
  home: string;
  tags: string;
};

/** A post with its full content as HTML whose URLs are absolute, and its cover (a site path or URL). */
export type FeedEntry = { post: Post; html: string; image: string | undefined };

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text as HTML (for fields that feeds read as HTML). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function newest(entries: readonly FeedEntry[]): Date {
  const times = entries.map(({ post }) => lastModified(post).getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

function rss(settings: FeedSettings, entries: readonly FeedEntry[]): string {
  const { absoluteUrl } = settings;
  const feed: RssFeed.Feed<Date> = {
    title: settings.title,
    link: absoluteUrl(settings.home),
    description: settings.description,
    language: settings.language,
    copyright: settings.copyright,
    lastBuildDate: newest(entries),
    atom: {
      links: [
        { href: absoluteUrl(settings.feedPath('rss')), rel: 'self', type: FEED_FILES.rss.type },
      ],
    },
    items: entries.map(({ post, html }) => ({
      title: post.title,
      link: absoluteUrl(post.permalink),
      guid: { value: absoluteUrl(post.permalink), isPermaLink: true },
      pubDate: post.date,
      description: escapeHtml(post.description),
      content: { encoded: html },
      // RSS's <author> must be an email address; names go to Dublin Core's <dc:creator>.
      authors: post.authors
        .filter((author) => author.email)
        .map((author) => ({ name: author.name, email: author.email })),
      dc: { creators: post.authors.map((author) => author.name) },
      categories: post.tags.map((tag) => ({ name: tag.label, domain: absoluteUrl(tag.permalink) })),
    })),
  };
  return stripForbiddenXmlChars(generateRssFeed(feed));
}

function atom(settings: FeedSettings, entries: readonly FeedEntry[]): string {
  const { absoluteUrl } = settings;
  const home = absoluteUrl(settings.home);
  const person = (author: Author): AtomFeed.Person => ({
    name: author.name,
    uri: authorUrl(author, settings.absoluteUrl),
    email: author.email,
  });
  const feed: AtomFeed.Feed<Date> = {
    id: home,
    title: { value: settings.title, type: 'text' },
    subtitle: { value: settings.description, type: 'text' },
    rights: { value: settings.copyright, type: 'text' },
    updated: newest(entries),
    links: [
      { href: home, rel: 'alternate', type: 'text/html' },
      { href: absoluteUrl(settings.feedPath('atom')), rel: 'self', type: FEED_FILES.atom.type },
    ],
    // Atom wants an author on the feed unless every entry has one.
    authors: entries.every(({ post }) => post.authors.length > 0)
      ? undefined
      : [{ name: settings.title, uri: home }],
    entries: entries.map(({ post, html }) => ({
      id: absoluteUrl(post.permalink),
      title: { value: post.title, type: 'text' },
      summary: post.description ? { value: post.description, type: 'text' } : undefined,
      content: { value: html, type: 'html' },
      links: [{ href: absoluteUrl(post.permalink), rel: 'alternate', type: 'text/html' }],
      published: post.date,
      updated: lastModified(post),
      authors: post.authors.map(person),
      categories: post.tags.map((tag) => ({
        term: tag.label,
        label: tag.label,
        scheme: absoluteUrl(settings.tags),
      })),
    })),
  };
  return stripForbiddenXmlChars(generateAtomFeed(feed));
}

function json(settings: FeedSettings, entries: readonly FeedEntry[]): string {
  const { absoluteUrl } = settings;
  const feed: JsonFeed.Feed<Date> = {
    title: settings.title,
    home_page_url: absoluteUrl(settings.home),
    feed_url: absoluteUrl(settings.feedPath('json')),
    description: settings.description,
    language: settings.language,
    items: entries.map(({ post, html, image }) => ({
      id: absoluteUrl(post.permalink),
      url: absoluteUrl(post.permalink),
      title: post.title,
      summary: post.description || undefined,
      content_html: html,
      image: imageUrl(image, absoluteUrl),
      date_published: post.date,
      date_modified: lastModified(post),
      tags: post.tags.map((tag) => tag.label),
      authors: post.authors.map((author) => ({
        name: author.name,
        url: authorUrl(author, absoluteUrl),
        avatar: author.imageUrl ? absoluteUrl(author.imageUrl) : undefined,
      })),
    })),
  };
  return `${JSON.stringify(generateJsonFeed(feed), null, 2)}\n`;
}

/** The feed in `format` for `entries` (newest first, already limited). */
export function writeFeed(
  format: FeedType,
  settings: FeedSettings,
  entries: readonly FeedEntry[],
): string {
  if (format === 'rss') return rss(settings, entries);
  if (format === 'atom') return atom(settings, entries);
  return json(settings, entries);
}
