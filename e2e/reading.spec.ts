import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

// What a careful reader meets first: where they are, text that wraps well, targets that fit.
const POST = '/2026/02/20/kube-rs-contribution/';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: '주 메뉴' });

test('the navbar marks the section a page is in', async ({ page }) => {
  await page.goto('/tags/kubernetes/');
  await expect(mainMenu(page).getByRole('link', { name: '태그' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(mainMenu(page).getByRole('link', { name: '아카이브' })).not.toHaveAttribute(
    'aria-current',
  );
  await page.goto('/archive/');
  await expect(mainMenu(page).getByRole('link', { name: '아카이브' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.goto(POST);
  await expect(mainMenu(page).getByRole('link', { name: '블로그' })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('the focused skip link pushes the navbar down instead of covering the logo', async ({
  page,
}) => {
  await page.goto(POST);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  const logo = await page.getByRole('banner').getByRole('link').first().boundingBox();
  const box = await skip.boundingBox();
  if (!logo || !box) throw new Error('not laid out');
  expect(box.y + box.height).toBeLessThanOrEqual(logo.y);
});

test('a tag page title keeps its count with its noun', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/tags/open-source/');
  const title = page.getByRole('heading', { level: 1 });
  expect(await title.textContent()).toContain('글\u00a01개');
});

test('inline code is a tinted chip without backticks', async ({ page }) => {
  await page.goto(POST);
  const code = page.locator('.prose p code').first();
  const style = await code.evaluate((element) => ({
    before: getComputedStyle(element, '::before').content,
    after: getComputedStyle(element, '::after').content,
    background: getComputedStyle(element).backgroundColor,
  }));
  expect(['none', 'normal', '""']).toContain(style.before);
  expect(['none', 'normal', '""']).toContain(style.after);
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  const fontSize = await page
    .locator('.prose p')
    .first()
    .evaluate((element) => getComputedStyle(element).fontSize);
  expect(fontSize).toBe('17px');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the table of contents has rows tall enough to tap', async ({ page }) => {
    await page.goto(POST);
    const toc = page.locator('details', { has: page.getByText('이 글의 목차', { exact: true }) });
    await toc.getByText('이 글의 목차', { exact: true }).click();
    const heights = await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(40);
  });
});

test('search snippets start with the post’s words, not the end of its title', async ({ page }) => {
  await page.goto('/search/?q=%EA%B8%B0%EC%97%AC');
  const result = page.getByRole('main').locator('a[data-search-result]').first();
  await expect(result).toContainText('kube-rs 4개월 기여 기록');
  const excerpt = result.locator('span').nth(1);
  await expect(excerpt).not.toHaveText(/^\s*(기여 )?기록\./);
});
