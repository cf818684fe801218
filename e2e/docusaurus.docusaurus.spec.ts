/**
 * A Docusaurus site moved over with `npm run import` (e2e/fixtures/docusaurus-blog/, built by
 * scripts/build-real-blogs.mjs): its URLs, `.md` read as MDX, theme components, imports, mermaid
 * and Markdown extensions, as a reader meets them, with and without JavaScript.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { toBeHydrated } from './hydration';

const POST = '/blog/2026/01/10/features/';
const PLAIN_POST = '/blog/2026/01/12/second/';

// A string from the tab list's code (one that survives minification).
const TAB_LIST_CODE = ':scope > [role="tab"]';

/** Whether any script `page` has fetched so far holds `code`. */
function fetchedCode(page: Page, code: string): () => Promise<boolean> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text());
  });
  return async () => (await Promise.all(bodies)).some((body) => body.includes(code));
}

test('the blog is under /blog/, the home page sends readers there, pages keep their URL', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/blog\/$/);
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: 'Every Docusaurus feature at once', exact: true }),
  ).toBeVisible();
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^About this blog/);
  await expect(page).toHaveTitle(/^About \| Feature blog$/);
  for (const feed of ['/blog/rss.xml', '/blog/atom.xml', '/blog/feed.json']) {
    expect((await page.request.get(feed)).status(), feed).toBe(200);
  }
});

test('a .md post is MDX: no literal MDX, its components, data, diagram and alerts', async ({
  page,
}) => {
  await page.goto(POST);
  const article = page.locator('article');
  await expect(article).not.toContainText('{/*');
  await expect(article).not.toContainText('import Tabs');
  await expect(article).toContainText('The data file has 3 items.');
  await expect(article.locator('.mermaid-diagram svg').first()).toBeVisible();
  await expect(article.locator('.admonition-info .admonition-title')).toHaveText('Old style title');
  await expect(article.locator('.admonition-tip')).toContainText('A GitHub alert.');
  await expect(article).toContainText('Unknown types keep their text.');
  await expect(article.getByRole('link', { name: 'the other post' })).toHaveAttribute(
    'href',
    '/blog/2026/01/12/second/#second-heading',
  );
});

test('a cover image beside the post is the link preview, the JSON-LD and the feed image', async ({
  page,
}) => {
  await page.goto(POST);
  const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(preview).toMatch(/^https?:\/\/[^/]+\/_assets\/[0-9a-f]{12}\/chart\.png$/);
  const path = new URL(preview ?? '').pathname;
  const served = await page.request.get(path);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(ld.image).toBe(preview);
  const feed = await (await page.request.get('/blog/feed.json')).json();
  const item = feed.items.find((entry: { url: string }) => entry.url.endsWith(POST));
  expect(item.image).toBe(preview);
});

test('tabs switch from the keyboard, and a project component runs in the browser', async ({
  page,
}) => {
  await page.goto(POST);
  const tabs = page.getByRole('tablist').first();
  await expect(page.getByRole('tab', { name: 'Linux' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Install with brew.')).toBeHidden();
  // The arrow keys are the tab list's once React has hydrated it.
  await toBeHydrated(page.getByRole('tab', { name: 'Linux' }));
  await page.getByRole('tab', { name: 'Linux' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Install with brew.')).toBeVisible();
  await expect(tabs).toBeVisible();
  await page.getByRole('button', { name: /Hello, reader/ }).click();
  await expect(page.getByRole('button', { name: 'Hello, reader (1)' })).toBeVisible();
});

test('the tab list’s code is fetched by pages that show tabs, not by every page', async ({
  page,
}) => {
  const tabListFetched = fetchedCode(page, TAB_LIST_CODE);
  await page.goto(PLAIN_POST, { waitUntil: 'networkidle' });
  expect(await tabListFetched()).toBe(false);
  await page.goto(POST);
  await expect.poll(tabListFetched).toBe(true);
});

test('a tab list React writes apart from the page (four long labels) works in place', async ({
  page,
}) => {
  // React 19.2 writes a Suspense boundary over 500 bytes after the page and moves it in.
  const html = await (await page.request.get(POST)).text();
  expect(html).toMatch(/<div hidden id="S:\d+"><div role="tablist"/);
  await page.goto(POST);
  const list = page.getByRole('tablist').nth(1);
  const pnpm = list.getByRole('tab', { name: /^pnpm/ });
  await expect(list.getByRole('tab')).toHaveCount(4);
  await expect(page.getByText('Run npm install.')).toBeVisible();
  // A click is the tab list's once React has hydrated it (its boundary hydrates on its own).
  await toBeHydrated(pnpm);
  await pnpm.click();
  await expect(pnpm).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Run pnpm add.')).toBeVisible();
  await expect(page.getByText('Run npm install.')).toBeHidden();
  await expect(page).toHaveURL(/[?&]package-manager=pnpm/);
  // The list sits above its panels, once.
  await expect(page.locator('.tabs-list')).toHaveCount(2);
  const [listBox, panelBox] = await Promise.all([
    list.boundingBox(),
    page.getByText('Run pnpm add.').boundingBox(),
  ]);
  expect(listBox && panelBox && listBox.y < panelBox.y).toBe(true);
  await page.reload();
  await expect(
    page.getByRole('tablist').nth(1).getByRole('tab', { name: /^pnpm/ }),
  ).toHaveAttribute('aria-selected', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every tab’s content can be read, and the diagram is there', async ({ page }) => {
    await page.goto(POST);
    await expect(page.getByText('Install with brew.')).toBeVisible();
    await expect(page.getByText('Install with apt.')).toBeVisible();
    await expect(page.getByText('Run bun add.')).toBeVisible();
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await expect(page.locator('.mermaid-diagram svg').first()).toBeVisible();
  });
});

test('with blogSidebarCount "ALL", every blog page shows the whole sidebar, filled in after React rendered it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PLAIN_POST);
  const slot = page.locator('nav[data-blog-sidebar="slot"]');
  await expect(slot).toHaveCount(1);
  await expect(
    slot.getByRole('link', { name: 'Every Docusaurus feature at once' }),
  ).toHaveAttribute('href', POST);
  await expect(slot.locator('a[aria-current="page"]')).toHaveAttribute('href', PLAIN_POST);
  // React hydrated the slot without emptying it.
  await toBeHydrated(slot);
  await expect(slot.locator('a')).toHaveCount(2);
  expect(errors).toEqual([]);
});
