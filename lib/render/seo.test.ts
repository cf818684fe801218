import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../load/post';
import { blogLd, blogPostingLd, serializeJsonLd } from './json-ld';
import { pageMetadata, postMetadata } from './seo';
import { listedPost, publishingStore } from '../testing/publishing';

// Settings come from the environment: SITE_URL and BASE_PATH are unset in unit tests.
const ORIGIN = 'http://localhost:3000';

let hostile: Post;
let kube: Post;

beforeAll(() => {
  const store = publishingStore();
  hostile = listedPost(store, 'hostile-title.md');
  kube = listedPost(store, 'kube-rs-contribution.mdx');
});

describe('postMetadata', () => {
  it('describes a post as an Open Graph article with absolute URLs and zoned times', () => {
    const meta = postMetadata(kube, kube.image);
    expect(meta.title).toEqual({ absolute: 'kube-rs 4개월 기여 기록 | doxxx.log' });
    expect(meta.keywords).toEqual(['open-source', 'rust', 'kubernetes', 'kube-rs']);
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/2026/02/20/kube-rs-contribution/`);
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${ORIGIN}/2026/02/20/kube-rs-contribution/`,
      title: 'kube-rs 4개월 기여 기록',
      description: kube.description,
      siteName: 'doxxx.log',
      locale: 'ko_KR',
      publishedTime: '2026-02-20T12:00:00+09:00',
      modifiedTime: '2026-02-20T12:00:00+09:00',
      tags: ['open-source', 'rust', 'kubernetes', 'kube-rs'],
      authors: [`${ORIGIN}/authors/doxxx/`],
      images: [{ url: `${ORIGIN}/img/blog/2026-02-20/cover.png`, alt: 'kube-rs 4개월 기여 기록' }],
    });
    expect(meta.twitter).toMatchObject({
      card: 'summary_large_image',
      images: [{ url: `${ORIGIN}/img/blog/2026-02-20/cover.png` }],
    });
  });

  it('keeps front matter keywords and the last update', () => {
    const meta = postMetadata(hostile, hostile.image);
    expect(meta.keywords).toEqual(['"><script>window.__pwned = "keyword"</script>', 'tom & jerry']);
    expect(meta.openGraph).toMatchObject({
      publishedTime: '2026-03-01T09:00:00+09:00',
      modifiedTime: '2026-03-02T18:30:00+09:00',
    });
  });

  it("gives a page without its own image the site's card", () => {
    const card = [{ url: `${ORIGIN}/img/social-card.png`, alt: 'Links and "quotes" & such' }];
    expect(postMetadata(hostile, hostile.image).openGraph).toMatchObject({
      images: [{ url: card[0]?.url }],
    });
    const meta = pageMetadata({ path: '/tags/', title: 'Links and "quotes" & such' });
    expect(meta.openGraph).toMatchObject({ images: card });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: card });
  });

  it('links every page to the three feeds, titled as Docusaurus titles them', () => {
    expect(pageMetadata({ path: '/tags/' }).alternates?.types).toEqual({
      'application/rss+xml': [{ url: `${ORIGIN}/rss.xml`, title: 'doxxx.log RSS Feed' }],
      'application/atom+xml': [{ url: `${ORIGIN}/atom.xml`, title: 'doxxx.log Atom Feed' }],
      'application/feed+json': [{ url: `${ORIGIN}/feed.json`, title: 'doxxx.log JSON Feed' }],
    });
    expect(pageMetadata({ path: '/tags/' }).openGraph).toMatchObject({ type: 'website' });
  });
});

type Parse5Node = DefaultTreeAdapterMap['node'];

function scripts(node: Parse5Node): string[] {
  const own =
    node.nodeName === 'script' && 'childNodes' in node
      ? [node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')]
      : [];
  const children = 'childNodes' in node ? node.childNodes.flatMap(scripts) : [];
  return [...own, ...children];
}

describe('JSON-LD', () => {
  it('describes a post as a BlogPosting and a list as a Blog', () => {
    expect(blogPostingLd(kube, kube.image)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'kube-rs 4개월 기여 기록',
      url: `${ORIGIN}/2026/02/20/kube-rs-contribution/`,
      datePublished: '2026-02-20T12:00:00+09:00',
      author: [{ '@type': 'Person', name: 'doxxx', url: `${ORIGIN}/authors/doxxx/` }],
      image: `${ORIGIN}/img/blog/2026-02-20/cover.png`,
      isPartOf: { '@type': 'Blog', '@id': `${ORIGIN}/` },
    });
    const blog = blogLd('/page/2/', [hostile, kube]);
    expect(blog).toMatchObject({ '@type': 'Blog', url: `${ORIGIN}/page/2/` });
    expect(blog.blogPost.map((post) => post.headline)).toEqual([hostile.title, kube.title]);
  });

  it('cannot be ended by a title containing </script>', () => {
    const data = blogPostingLd(hostile, hostile.image);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual(data);
    const html = `<!doctype html><title>x</title><script type="application/ld+json">${json}</script><p>after</p>`;
    const found = scripts(parse(html));
    expect(found).toEqual([json]);
  });
});
