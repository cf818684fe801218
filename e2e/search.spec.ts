import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { toBeHydrated } from './hydration';

const POST_TITLE = 'kube-rs 4개월 기여 기록';
const POST_URL = /\/2026\/02\/20\/kube-rs-contribution\/$/;

const searchBox = (page: Page) =>
  page.getByRole('banner').getByRole('searchbox', { name: '블로그 검색' });
const results = (page: Page) => page.getByRole('banner').locator('a[data-search-result]');

test('the search index loads only once the reader starts typing', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) indexRequests.push(request.url());
  });
  await page.goto('/');
  await searchBox(page).click();
  await page.waitForTimeout(300);
  expect(indexRequests).toEqual([]);
  await searchBox(page).pressSequentially('기여');
  await expect(results(page).first()).toBeVisible();
  expect(indexRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

for (const word of ['기여', '메인테이너', '기여를', '기여했다']) {
  test(`the Korean word "${word}" finds the kube-rs post`, async ({ page }) => {
    await page.goto('/');
    await searchBox(page).fill(word);
    const result = results(page).first();
    await expect(result).toContainText(POST_TITLE);
    await expect(result.locator('mark').first()).toHaveText(/^(기여|메인테이너)/);
  });
}

test('an English phrase finds the post, and Enter on the result opens it', async ({ page }) => {
  await page.goto('/archive/');
  await searchBox(page).fill('Aggregated Discovery');
  const result = results(page).first();
  await expect(result).toContainText(POST_TITLE);
  await expect(result.locator('mark').first()).toHaveText(/aggregated/i);
  await searchBox(page).press('ArrowDown');
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(POST_URL);
});

test('Enter in the box goes to the search page with every result', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('메인테이너');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%EB%A9%94/);
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox')).toHaveValue('메인테이너');
  await expect(main.locator('a[data-search-result]').first()).toContainText(POST_TITLE);
  await expect(main.locator('mark').first()).toHaveText('메인테이너');
  await expect(page.getByText('검색은 JavaScript가 켜져 있어야 동작합니다.')).toBeHidden();
  // Opened on results: the box is not focused (a phone's keyboard would cover them).
  await expect(main.getByRole('searchbox')).not.toBeFocused();
});

test('Ctrl+K focuses the search box and Escape closes the results', async ({ page }) => {
  await page.goto('/2026/02/20/kube-rs-contribution/');
  // The shortcut is the page's once React has hydrated the box (before that it is the browser's).
  await toBeHydrated(searchBox(page));
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('kube');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(results(page)).toHaveCount(0);
});

test('on a small screen the navbar links to the search page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/');
  await expect(searchBox(page)).toBeHidden();
  await page.getByRole('banner').getByRole('link', { name: '블로그 검색' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  const box = page.getByRole('main').getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('기여를');
  await expect(page.getByRole('main').locator('a[data-search-result]').first()).toContainText(
    POST_TITLE,
  );
});

test.describe('typing before the page has hydrated', () => {
  // The scripts arrive late, as on a slow phone: the reader types into the server's HTML.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_next/static/chunks/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
  });

  test('the search page searches what was typed', async ({ page }) => {
    await page.goto('/search/', { waitUntil: 'commit' });
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('기여를');
    await expect(page.getByRole('main').locator('a[data-search-result]').first()).toContainText(
      POST_TITLE,
    );
    await expect(box).toHaveValue('기여를');
    await expect(page).toHaveURL(/\/search\/\?q=%EA%B8%B0/);
  });

  test('the navbar box shows results for what was typed', async ({ page }) => {
    await page.goto('/', { waitUntil: 'commit' });
    await searchBox(page).fill('메인테이너');
    await expect(results(page).first()).toContainText(POST_TITLE);
    await expect(searchBox(page)).toHaveValue('메인테이너');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says where else to find posts, and its box asks the web about this site', async ({
    page,
  }) => {
    await page.goto('/');
    await searchBox(page).fill('기여');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.getByText('검색은 JavaScript가 켜져 있어야 동작합니다.')).toBeVisible();
    // No box that does nothing: not focused, and it sends the words to a web search of the site.
    const box = page.getByRole('main').getByRole('searchbox');
    await expect(box).not.toBeFocused();
    const form = page.getByRole('main').getByRole('search');
    await expect(form).toHaveAttribute('action', 'https://www.google.com/search');
    // The site's host and base path (SITE_URL of the build).
    await expect(form.locator('input[name="as_sitesearch"]')).toHaveValue('localhost:3000');
    const asked = page.waitForRequest(/google\.com\/search/);
    await page.route('https://www.google.com/**', (route) => route.fulfill({ body: 'web search' }));
    await box.fill('kube-rs');
    await box.press('Enter');
    const url = new URL((await asked).url());
    expect(url.searchParams.get('q')).toBe('kube-rs');
    // Back only once the page has gone there (going back mid-navigation can lose the page).
    await page.waitForURL(/google\.com\/search/);
    await page.goBack();
    await page.getByRole('main').getByRole('link', { name: '아카이브' }).click();
    await expect(page).toHaveURL(/\/archive\/$/);
  });
});
