import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

// The sample site: Korean by default, English under /en/ (i18n/en/docusaurus-plugin-content-blog/).
const ORIGIN = 'http://localhost:3000';
const KO_POST = '/2026/02/20/kube-rs-contribution/';
const EN_POST = `/en${KO_POST}`;

/** A page in each locale, and the same page in the other. */
const PAGES = [
  { ko: '/', en: '/en/' },
  { ko: KO_POST, en: EN_POST },
  { ko: '/tags/', en: '/en/tags/' },
  { ko: '/tags/rust/', en: '/en/tags/rust/' },
  { ko: '/archive/', en: '/en/archive/' },
  { ko: '/authors/', en: '/en/authors/' },
  { ko: '/authors/doxxx/', en: '/en/authors/doxxx/' },
  { ko: '/search/', en: '/en/search/' },
];

const switcher = (page: Page) => page.getByRole('banner').locator('a[hreflang]');

for (const { ko, en } of PAGES) {
  test(`${ko} and ${en}: html lang, hreflang alternates and canonical URLs`, async ({ page }) => {
    for (const [path, lang] of [
      [ko, 'ko'],
      [en, 'en'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const links = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((all) => all.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      // The search page is not indexed, but its versions are still linked.
      expect(links, path).toEqual([
        ['ko', `${ORIGIN}${ko}`],
        ['en', `${ORIGIN}${en}`],
        ['x-default', `${ORIGIN}${ko}`],
      ]);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${ORIGIN}${path}`,
      );
    }
  });
}

for (const js of [true, false]) {
  test.describe(`the locale switcher, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });

    for (const { ko, en } of PAGES.filter((p) => ['/', KO_POST, '/tags/rust/'].includes(p.ko))) {
      test(`goes from ${ko} to ${en} and back`, async ({ page }) => {
        await page.goto(ko);
        await expect(switcher(page)).toHaveAttribute('hreflang', 'en');
        await expect(switcher(page)).toHaveAccessibleName('언어: English');
        await switcher(page).click();
        await expect(page).toHaveURL(en);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(switcher(page)).toHaveAccessibleName('Language: 한국어');
        await switcher(page).click();
        await expect(page).toHaveURL(ko);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      });
    }
  });
}

test('the English pages speak English: navbar, dates, reading time, the translated post', async ({
  page,
}) => {
  await page.goto(EN_POST);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Archive' })).toHaveAttribute('href', '/en/archive/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Four months of contributing to kube-rs',
  );
  const header = page.locator('article header');
  await expect(header).toContainText('February 20, 2026');
  await expect(header).toContainText(/\d+ min read/);
  await expect(page.locator('article')).not.toHaveAttribute('lang');
  await expect(page.getByText('This post has not been translated yet')).toHaveCount(0);
  // The pull request table reads its data from beside the original.
  await expect(page.locator('article details').last()).toContainText('#1940');
  await page.goto('/en/tags/rust/');
  await expect(page.getByRole('main')).toContainText('Posts about the Rust language');
});

test('each locale has its own feed, in its language', async ({ request }) => {
  const ko = await (await request.get('/rss.xml')).text();
  const en = await (await request.get('/en/rss.xml')).text();
  expect(ko).toContain('<language>ko</language>');
  expect(ko).toContain('kube-rs 4개월 기여 기록');
  expect(en).toContain('<language>en</language>');
  expect(en).toContain('Four months of contributing to kube-rs');
  expect(en).toContain(`<link>${ORIGIN}${EN_POST}</link>`);
});

test('the sitemaps list each page with its versions, and robots.txt lists both', async ({
  request,
}) => {
  const en = await (await request.get('/en/sitemap.xml')).text();
  expect(en).toContain(`<loc>${ORIGIN}${EN_POST}</loc>`);
  expect(en).toContain(`<xhtml:link rel="alternate" hreflang="ko" href="${ORIGIN}${KO_POST}"/>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml\nSitemap: ${ORIGIN}/en/sitemap.xml`);
});

test('search in /en/ finds the English post, in English; / finds the Korean one', async ({
  page,
}) => {
  const search = (p: Page, label: string) =>
    p.getByRole('banner').getByRole('searchbox', { name: label });
  const results = (p: Page) => p.getByRole('banner').locator('a[data-search-result]');
  await page.goto('/en/');
  await search(page, 'Search the blog').fill('maintainer');
  await expect(results(page).first()).toContainText('Four months of contributing to kube-rs');
  await expect(results(page).first()).toHaveAttribute('href', EN_POST);
  await search(page, 'Search the blog').fill('메인테이너');
  await expect(page.getByRole('banner').getByText('No posts match "메인테이너".')).toBeVisible();
  await page.goto('/');
  await search(page, '블로그 검색').fill('메인테이너');
  await expect(results(page).first()).toHaveAttribute('href', KO_POST);
});

test('a missing page under /en/ gets the English 404 page, one elsewhere the Korean one', async ({
  page,
}) => {
  const english = await page.goto('/en/no-such-page/');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute(
    'href',
    '/en/',
  );
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const korean = await page.goto('/no-such-page/');
  expect(korean?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
});
