import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('follows the system theme by default', async ({ browser }) => {
  const dark = await browser.newContext({ colorScheme: 'dark' });
  const page = await dark.newPage();
  await page.goto('/');
  expect(await background(page)).not.toBe('rgb(255, 255, 255)');
  await dark.close();
});

test('the theme toggle persists across a navigation and a reload, with no flash', async ({
  page,
}) => {
  await page.goto('/');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  const toggle = page.getByRole('button', { name: /테마 바꾸기/ });
  await expect(toggle).toHaveAccessibleName('테마 바꾸기: 시스템 설정');
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(toggle).toHaveAccessibleName('테마 바꾸기: 어두운 테마');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  const dark = await background(page);
  expect(dark).not.toBe('rgb(255, 255, 255)');

  await page.getByRole('link', { name: '아카이브' }).first().click();
  // A link is a page load (no client router): read the new page once it has loaded.
  await page.waitForURL('/archive/');
  expect(await background(page)).toBe(dark);

  // After a reload the class is on <html> before any script of the page runs (no flash).
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { classAtLoad: string }).classAtLoad =
        document.documentElement.className;
    });
  });
  await page.reload();
  expect(
    await page.evaluate(() => (window as unknown as { classAtLoad: string }).classAtLoad),
  ).toMatch(/\bdark\b/);
  expect(await background(page)).toBe(dark);
  await expect(page.getByRole('button', { name: /테마 바꾸기/ })).toHaveAccessibleName(
    '테마 바꾸기: 어두운 테마',
  );

  // Code is highlighted with the dark theme too.
  await page.getByRole('button', { name: /테마 바꾸기/ }).click(); // dark → system
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});
