import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPost } from '@/components/testing/render-post';
import type { Post } from '@/lib/load/post';
import { coverImage } from '@/lib/compile/context';
import { feedContent } from '@/lib/publish/feeds/feed-content';
import type { FeedEntry, FeedSettings } from '@/lib/publish/feeds/write-feed';
import { writeFeed } from '@/lib/publish/feeds/write-feed';
import { listedPost, publishingStore } from '@/lib/testing/publishing';
import type { TestStore as ContentStore } from '@/lib/testing/sites';

const ORIGIN = 'https://example.com/blog';
const absoluteUrl = (p: string) => (/^[a-z][a-z\d+.-]*:/i.test(p) ? p : `${ORIGIN}${p}`);
const settings: FeedSettings = {
  title: 'doxxx.log',
  description: 'Rust & Kubernetes',
  language: 'ko',
  copyright: '© 2026 doxxx',
  absoluteUrl,
  feedPath: (type) => ({ rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' })[type],
  home: '/',
  tags: '/tags/',
};

/**
 * Feed entries as the publish step makes them: each post's content taken from its page (here
 * rendered with the page's components, as the export has it).
 */
async function feedEntries(store: ContentStore, limit: number): Promise<FeedEntry[]> {
  return Promise.all(
    store
      .getPosts()
      .slice(0, limit)
      .map(async (post) => {
        const page = `<main><div data-post-content="">${await renderPost(store, post)}</div></main>`;
        const { facts } = await store.getCompiledPost(post);
        const html = feedContent(page, absoluteUrl(post.permalink)) ?? '';
        return { post, html, image: coverImage(post, facts) };
      }),
  );
}

let store: ContentStore;
let entries: FeedEntry[];
let hostile: Post;
let kube: Post;

beforeAll(async () => {
  store = publishingStore({ basePath: '/blog' });
  entries = await feedEntries(store, 20);
  hostile = listedPost(store, 'hostile-title.md');
  kube = listedPost(store, 'kube-rs-contribution.mdx');
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, jpath) =>
    [
      'rss.channel.item',
      'rss.channel.item.category',
      'rss.channel.item.dc:creator',
      'feed.link',
      'feed.entry',
      'feed.entry.category',
      'feed.entry.author',
    ].includes(String(jpath)),
});

function parseXml(xml: string): Record<string, unknown> {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

/** Reads a path of keys out of parsed XML/JSON, failing the test when something is missing. */
function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) {
      throw new Error(`missing ${keys.join('.')}`);
    }
    current = Reflect.get(current, key);
  }
  return current;
}
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => String(value);

/** The text a feed reader shows for an HTML field. */
function htmlText(html: string): string {
  const walk = (node: DefaultTreeAdapterMap['childNode']): string =>
    node.nodeName === '#text' && 'value' in node
      ? node.value
      : 'childNodes' in node
        ? node.childNodes.map(walk).join('')
        : '';
  return parseFragment(html).childNodes.map(walk).join('');
}

/** Every URL in an HTML fragment's href/src/srcset attributes. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  const walk = (node: DefaultTreeAdapterMap['childNode']) => {
    if ('attrs' in node) {
      for (const { name, value } of node.attrs) {
        if (name === 'href' || name === 'src') urls.push(value);
        if (name === 'srcset')
          urls.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''));
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  parseFragment(html).childNodes.forEach(walk);
  return urls;
}

function expectAbsoluteUrls(html: string) {
  const urls = urlsIn(html);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  return urls;
}

describe('feed entries', () => {
  it('are the listed posts, newest first, never unlisted posts or drafts', () => {
    expect(entries.map(({ post }) => post.title)).toEqual([hostile.title, kube.title]);
    for (const format of ['rss', 'atom', 'json'] as const) {
      const feed = writeFeed(format, settings, entries);
      expect(feed).not.toContain('Secret unlisted post');
      expect(feed).not.toContain('Secret draft post');
    }
  });

  it('stop at the limit', async () => {
    const one = await feedEntries(store, 1);
    expect(one.map(({ post }) => post.title)).toEqual([hostile.title]);
  });

  it('carry the full content with absolute links and images', () => {
    const html = entries[1]?.html ?? '';
    expect(html).toContain('기여 전체 목록');
    expect(html).toContain('20개 PR 목록');
    const urls = expectAbsoluteUrls(html);
    expect(urls).toContain('https://example.com/blog/img/blog/2026-02-20/first-review-1.png');
    expect(urls).toContain('https://github.com/kube-rs/kube/pull/1836');
    const hostileUrls = expectAbsoluteUrls(entries[0]?.html ?? '');
    expect(hostileUrls).toContain('https://example.com/blog/2026/02/20/kube-rs-contribution/');
    expect(hostileUrls).toContain('https://example.com/blog/2026/03/01/hostile-title/#normal');
    expect(hostileUrls).toContain('https://example.com/blog/img/blog/2026-02-20/merge.png');
  });
});

describe('RSS 2.0', () => {
  it('parses as XML and has the posts as items', () => {
    const doc = parseXml(writeFeed('rss', settings, entries));
    expect(at(doc, 'rss', '@version')).toBe('2.0');
    const channel = at(doc, 'rss', 'channel');
    expect(at(channel, 'title')).toBe('doxxx.log');
    expect(at(channel, 'link')).toBe('https://example.com/blog/');
    expect(at(channel, 'language')).toBe('ko');
    expect(at(channel, 'atom:link', '@href')).toBe('https://example.com/blog/rss.xml');
    const items = list(at(channel, 'item'));
    expect(items).toHaveLength(2);
    const [first, second] = items;

    // Titles are plain text, descriptions HTML: either way the reader gets the author's words.
    expect(text(at(first, 'title'))).toBe(hostile.title);
    expect(htmlText(text(at(first, 'description')))).toBe(hostile.description);
    expect(at(first, 'link')).toBe('https://example.com/blog/2026/03/01/hostile-title/');
    expect(at(first, 'guid', '#text')).toBe('https://example.com/blog/2026/03/01/hostile-title/');
    expect(new Date(text(at(first, 'pubDate'))).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(text(at(first, 'pubDate'))).toMatch(/GMT$/);
    expect(list(at(first, 'dc:creator'))).toEqual(['doxxx']);
    expect(list(at(first, 'category')).map((c) => at(c, '#text'))).toEqual([
      'kube-rs',
      '"><b>escaping&',
    ]);

    expect(text(at(second, 'title'))).toBe('kube-rs 4개월 기여 기록');
    const content = text(at(second, 'content:encoded'));
    expect(content).toContain('<h2 id="시작">시작</h2>');
    expectAbsoluteUrls(content);
  });
});

describe('Atom 1.0', () => {
  it('parses as XML and has the posts as entries with dates, authors and categories', () => {
    const doc = parseXml(writeFeed('atom', settings, entries));
    const feed = at(doc, 'feed');
    expect(at(feed, '@xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(at(feed, 'id')).toBe('https://example.com/blog/');
    expect(at(feed, 'updated')).toBe('2026-03-02T09:30:00.000Z');
    expect(list(at(feed, 'link')).map((l) => at(l, '@rel'))).toEqual(['alternate', 'self']);
    const [first, second] = list(at(feed, 'entry'));

    expect(at(first, 'title', '@type')).toBe('text');
    expect(text(at(first, 'title', '#text'))).toBe(hostile.title);
    expect(text(at(first, 'summary', '#text'))).toBe(hostile.description);
    expect(at(first, 'published')).toBe('2026-03-01T00:00:00.000Z');
    expect(at(first, 'updated')).toBe('2026-03-02T09:30:00.000Z');
    expect(at(first, 'author', 0, 'name')).toBe('doxxx');
    expect(at(first, 'author', 0, 'uri')).toBe('https://example.com/blog/authors/doxxx/');
    expect(list(at(first, 'category')).map((c) => at(c, '@term'))).toEqual([
      'kube-rs',
      '"><b>escaping&',
    ]);

    expect(at(second, 'content', '@type')).toBe('html');
    expectAbsoluteUrls(text(at(second, 'content', '#text')));
    expect(at(second, 'published')).toBe('2026-02-20T03:00:00.000Z');
  });
});

describe('JSON Feed 1.1', () => {
  it('parses as JSON and has the posts as items', () => {
    const doc: unknown = JSON.parse(writeFeed('json', settings, entries));
    expect(at(doc, 'version')).toBe('https://jsonfeed.org/version/1.1');
    expect(at(doc, 'language')).toBe('ko');
    expect(at(doc, 'feed_url')).toBe('https://example.com/blog/feed.json');
    const [first, second] = list(at(doc, 'items'));
    expect(at(first, 'title')).toBe(hostile.title);
    expect(at(first, 'summary')).toBe(hostile.description);
    expect(at(first, 'date_published')).toBe('2026-03-01T00:00:00.000Z');
    expect(at(first, 'date_modified')).toBe('2026-03-02T09:30:00.000Z');
    expect(at(first, 'tags')).toEqual(['kube-rs', '"><b>escaping&']);
    expect(at(first, 'authors')).toEqual([
      {
        name: 'doxxx',
        url: 'https://example.com/blog/authors/doxxx/',
        avatar: 'https://example.com/blog/img/authors/doxxx.svg',
      },
    ]);
    expect(at(second, 'image')).toBe(`${ORIGIN}/img/blog/2026-02-20/cover.png`);
    expectAbsoluteUrls(text(at(second, 'content_html')));
  });
});
