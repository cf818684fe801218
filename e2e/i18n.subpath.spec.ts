import { expect, test } from '@playwright/test';

// The sub-path export (scripts/build-subpath.mjs): posts/ plus e2e/fixtures/posts/, whose posts
// have no English translation, with the sample site's locales (ko, and en under /blog/en/).
const BASE = '/blog';
const ORIGIN = 'https://blog.example.test';
const ORIGINAL = `${BASE}/2026/03/01/hostile-title/`;
const COPY = `${BASE}/en/2026/03/01/hostile-title/`;

for (const js of [true, false]) {
  test.describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });

    test('an untranslated post shows in /en/ in its own language, marked as such', async ({
      page,
    }) => {
      await page.goto(COPY);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const article = page.locator('article');
      await expect(article).toHaveAttribute('lang', 'ko');
      const notice = article.getByText('This post has not been translated yet');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('lang', 'en');
      // Search engines are sent to the original; it has no other language version.
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${ORIGIN}${ORIGINAL}`,
      );
      await expect(page.locator('head link[hreflang]')).toHaveCount(0);
      const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
      const posting = ld.map((text) => JSON.parse(text)).find((d) => d['@type'] === 'BlogPosting');
      expect(posting?.inLanguage).toBe('ko');
      // The switcher goes to the original; from the original, to the English home.
      const switcher = page.getByRole('banner').locator('a[hreflang]');
      await switcher.click();
      await expect(page).toHaveURL(ORIGINAL);
      await expect(page.locator('article')).not.toHaveAttribute('lang');
      await switcher.click();
      await expect(page).toHaveURL(`${BASE}/en/`);
    });
  });
}

test('the English list marks the untranslated post’s language; its sitemap leaves it out', async ({
  page,
  request,
}) => {
  await page.goto(`${BASE}/en/`);
  const card = page.locator('article', { has: page.locator(`a[href="${COPY}"]`) }).first();
  await expect(card).toHaveAttribute('lang', 'ko');
  const translated = page.locator('article', {
    has: page.locator(`a[href="${BASE}/en/2026/02/20/kube-rs-contribution/"]`),
  });
  await expect(translated.first()).not.toHaveAttribute('lang');
  const sitemap = await (await request.get(`${BASE}/en/sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>${ORIGIN}${BASE}/en/2026/02/20/kube-rs-contribution/</loc>`);
  expect(sitemap).not.toContain(COPY);
});
