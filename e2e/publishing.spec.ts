import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';

// `npm run build` runs without SITE_URL: absolute URLs use the default origin.
const ORIGIN = 'http://localhost:3000';
const POST = '/2026/02/20/kube-rs-contribution/';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

test('every page links to the three feeds', async ({ page }) => {
  for (const path of ['/', POST, '/tags/', '/search/', '/nope/']) {
    await page.goto(path);
    const feeds = page.locator('head link[rel="alternate"][type]');
    await expect(feeds, path).toHaveCount(3);
    expect(await feeds.evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual([
      `${ORIGIN}/rss.xml`,
      `${ORIGIN}/atom.xml`,
      `${ORIGIN}/feed.json`,
    ]);
  }
});

test('the feeds are served and parse, with the post and absolute URLs', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  expect(XMLValidator.validate(rss)).toBe(true);
  const { channel } = parser.parse(rss).rss;
  // Docusaurus's defaults: `${title} Blog` without feedOptions.title and .description.
  expect([channel.title, channel.description]).toEqual(['doxxx.log Blog', 'doxxx.log Blog']);
  const item = channel.item;
  expect(item.title).toBe('kube-rs 4개월 기여 기록');
  expect(item.link).toBe(`${ORIGIN}${POST}`);
  expect(item['content:encoded']).toContain(`src="${ORIGIN}/img/blog/2026-02-20/merge.png"`);

  const atom = await (await request.get('/atom.xml')).text();
  expect(XMLValidator.validate(atom)).toBe(true);
  expect(parser.parse(atom).feed.entry.id).toBe(`${ORIGIN}${POST}`);

  const json = await (await request.get('/feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items[0].url).toBe(`${ORIGIN}${POST}`);
});

test('the sitemap lists the post with its date and robots.txt points at it', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const urls: { loc: string; lastmod: string }[] = parser.parse(sitemap).urlset.url;
  expect(urls.find((u) => u.loc === `${ORIGIN}${POST}`)?.lastmod).toBe('2026-02-20T03:00:00.000Z');
  expect(urls.map((u) => u.loc)).not.toContain(`${ORIGIN}/search/`);
  expect(await (await request.get('/robots.txt')).text()).toContain(
    `Sitemap: ${ORIGIN}/sitemap.xml`,
  );
});

test('pages fetch no router data, and the export holds none to fetch', async ({
  page,
  request,
}) => {
  // Links are plain <a> (a page load each): no client router asks for Flight data, so the
  // build writes none of Next's per-segment prefetch files (lib/build/no-segment-prefetch.cjs).
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    if (/\.txt(\?|$)|[?&]_rsc=/.test(r.url())) dataRequests.push(r.url());
  });
  for (const path of ['/', POST, '/tags/kube-rs/', '/search/?q=kube']) {
    await page.goto(path);
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
  }
  await page.goto('/');
  await page.getByRole('link', { name: 'kube-rs 4개월 기여 기록' }).first().click();
  await expect(page).toHaveURL(POST);
  expect(dataRequests).toEqual([]);
  for (const segment of ['__next._tree.txt', '__next._full.txt', '__next._head.txt']) {
    expect((await request.get(`${POST}${segment}`)).status(), segment).toBe(404);
  }
});

test('a post describes itself to link previews and search engines', async ({ page }) => {
  await page.goto(POST);
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:title')).toHaveAttribute('content', 'kube-rs 4개월 기여 기록');
  await expect(meta('og:image')).toHaveAttribute(
    'content',
    `${ORIGIN}/img/blog/2026-02-20/cover.png`,
  );
  await expect(meta('article:published_time')).toHaveAttribute(
    'content',
    '2026-02-20T12:00:00+09:00',
  );
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta('keywords')).toHaveAttribute('content', 'open-source,rust,kubernetes,kube-rs');
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(ld).toMatchObject({ '@type': 'BlogPosting', headline: 'kube-rs 4개월 기여 기록' });

  await page.goto('/');
  const blog = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(blog).toMatchObject({ '@type': 'Blog', url: `${ORIGIN}/` });
});
