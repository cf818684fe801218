import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import matter from 'gray-matter';

// The export of scripts/build-subpath.mjs: served under /blog, SITE_URL https://blog.example.test.
const BASE = '/blog';
const ORIGIN = 'https://blog.example.test';
const KUBE = `${BASE}/2026/02/20/kube-rs-contribution/`;
const HOSTILE = `${BASE}/2026/03/01/hostile-title/`;

const hostile = matter(
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures/posts/2026-03-01-hostile-title.md')),
).data;
const TITLE = String(hostile.title);
const DESCRIPTION = String(hostile.description);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** Same-origin requests that failed, and whether any injected script ran. */
function watch(page: Page) {
  const failures: string[] = [];
  const dialogs: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.hostname === 'localhost' && response.status() >= 400) {
      failures.push(`${response.status()} ${url.pathname}`);
    }
  });
  page.on('requestfailed', (request) => {
    // Leaving a page aborts what it was still loading (fonts, mostly): that is no failure.
    const error = request.failure()?.errorText ?? '';
    if (new URL(request.url()).hostname === 'localhost' && error !== 'net::ERR_ABORTED') {
      failures.push(`${error} ${request.url()}`);
    }
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { failures, dialogs };
}

const pwned = (page: Page) => page.evaluate(() => 'pwned' in window || '__pwned' in window);

test('home → post → tag → search works under /blog/, every asset included', async ({ page }) => {
  const { failures } = watch(page);
  await page.goto(`${BASE}/`);
  await page.getByRole('link', { name: 'kube-rs 4개월 기여 기록' }).first().click();
  await expect(page).toHaveURL(KUBE);

  // Images written in MDX as /img/… come from /blog/img/…; the font loads from /blog/_next/.
  const images = page.locator(`main img[src^="${BASE}/img/"]`);
  expect(await images.count()).toBeGreaterThan(3);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some(
      (f) => f.family.includes('Pretendard') && f.status === 'loaded',
    );
  });
  expect(fontLoaded).toBe(true);

  await page.getByRole('main').getByRole('link', { name: 'rust', exact: true }).first().click();
  await expect(page).toHaveURL(`${BASE}/tags/rust/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('"rust" 태그가 붙은 글 1개');

  const box = page.getByRole('banner').getByRole('searchbox', { name: '블로그 검색' });
  await box.fill('Aggregated Discovery');
  const result = page.getByRole('banner').locator('a[data-search-result]').first();
  await expect(result).toContainText('kube-rs 4개월 기여 기록');
  await expect(result).toHaveAttribute('href', KUBE);
  await box.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(KUBE);

  await page.goto(`${BASE}/search/?q=${encodeURIComponent('기여')}`);
  await expect(page.getByRole('main').locator('a[data-search-result]').first()).toHaveAttribute(
    'href',
    KUBE,
  );
  expect(failures).toEqual([]);
});

test('the 404 page works under /blog/ too', async ({ page }) => {
  const { failures } = watch(page);
  const response = await page.goto(`${BASE}/no/such/page/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('main').getByRole('link', { name: '아카이브' }).click();
  await expect(page).toHaveURL(`${BASE}/archive/`);
  expect(failures.filter((f) => !f.includes('/no/such/page/'))).toEqual([]);
});

test('a hostile title and description stay text on the page and in its head', async ({ page }) => {
  const { dialogs } = watch(page);
  await page.goto(HOSTILE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // The sidebar, copied in from the blog's first page, marks this post, under the base path.
  const own = page.getByRole('navigation', { name: '최근 글' }).getByRole('link', { name: TITLE });
  await expect(own).toHaveAttribute('href', HOSTILE);
  await expect(own).toHaveAttribute('aria-current', 'page');
  expect(await page.title()).toBe(`${TITLE} | doxxx.log`);
  const meta = (key: string) =>
    page.locator(`meta[name="${key}"], meta[property="${key}"]`).first();
  await expect(meta('description')).toHaveAttribute('content', DESCRIPTION);
  await expect(meta('og:title')).toHaveAttribute('content', TITLE);
  await expect(meta('twitter:description')).toHaveAttribute('content', DESCRIPTION);
  await expect(meta('keywords')).toHaveAttribute('content', hostile.keywords.join(','));

  const ld = page.locator('script[type="application/ld+json"]');
  await expect(ld).toHaveCount(1);
  const data = JSON.parse((await ld.textContent()) ?? '{}');
  expect(data.headline).toBe(TITLE);
  expect(data.description).toBe(DESCRIPTION);

  await page.goto(`${BASE}/`);
  await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
  await page.goto(`${BASE}/tags/b-escaping/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '""><b>escaping&" 태그가 붙은 글 1개',
  );
  expect(await pwned(page)).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a hostile title stays text in search results', async ({ page }) => {
  const { dialogs } = watch(page);
  await page.goto(`${BASE}/`);
  const box = page.getByRole('banner').getByRole('searchbox', { name: '블로그 검색' });
  await box.fill('Jerry');
  const result = page.getByRole('banner').locator('a[data-search-result]').first();
  await expect(result).toHaveAttribute('href', HOSTILE);
  await expect(result.locator('span').first()).toHaveText(TITLE);
  await page.goto(`${BASE}/search/?q=tom`);
  await expect(page.getByRole('main').locator('a[data-search-result]').first()).toContainText(
    TITLE,
  );
  expect(await pwned(page)).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('feeds keep the hostile title as text and point at the sub-path', async ({ request }) => {
  const rss = await (await request.get(`${BASE}/rss.xml`)).text();
  expect(XMLValidator.validate(rss)).toBe(true);
  const channel = parser.parse(rss).rss.channel;
  expect(channel.link).toBe(`${ORIGIN}${BASE}/`);
  const [first, second] = channel.item;
  expect(first.title).toBe(TITLE);
  expect(first.link).toBe(`${ORIGIN}${HOSTILE}`);
  expect(second['content:encoded']).toContain(
    `src="${ORIGIN}${BASE}/img/blog/2026-02-20/merge.png"`,
  );

  const atom = await (await request.get(`${BASE}/atom.xml`)).text();
  expect(XMLValidator.validate(atom)).toBe(true);
  const entry = parser.parse(atom).feed.entry[0];
  expect(entry.title['#text']).toBe(TITLE);
  expect(entry.summary['#text']).toBe(DESCRIPTION);

  const json = await (await request.get(`${BASE}/feed.json`)).json();
  expect(json.items[0].title).toBe(TITLE);
  expect(json.items[0].content_html).toContain(`href="${ORIGIN}${KUBE}"`);
});

test('sitemap and robots.txt point at the sub-path', async ({ request }) => {
  const sitemap = await (await request.get(`${BASE}/sitemap.xml`)).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const locs: string[] = parser.parse(sitemap).urlset.url.map((u: { loc: string }) => u.loc);
  expect(locs).toContain(`${ORIGIN}${HOSTILE}`);
  expect(locs).toContain(`${ORIGIN}${BASE}/tags/kube-rs/`);
  for (const loc of locs) expect(loc.startsWith(`${ORIGIN}${BASE}/`)).toBe(true);
  const robots = await (await request.get(`${BASE}/robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${ORIGIN}${BASE}/sitemap.xml`);
});
