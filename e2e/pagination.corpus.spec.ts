import { expect, test } from '@playwright/test';

test('200 posts make 20 list pages', async ({ page, request }) => {
  expect((await request.get('/page/20/')).status()).toBe(200);
  expect((await request.get('/page/21/')).status()).toBe(404);

  await page.goto('/');
  await expect(page.locator('main article')).toHaveCount(10);
  await page.getByRole('link', { name: /이전 글/ }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(page.getByText('20쪽 중 2쪽', { exact: true })).toBeVisible();

  await page.goto('/page/20/');
  await expect(page.locator('main article')).toHaveCount(10);
  await expect(page.getByRole('link', { name: /이전 글/ })).toHaveCount(0);
  await page.getByRole('link', { name: /최신 글/ }).click();
  await expect(page).toHaveURL(/\/page\/19\/$/);
});

test('Korean tag pages answer at their raw and percent-encoded URLs', async ({ page, request }) => {
  for (const url of ['/tags/오픈소스/', `/tags/${encodeURIComponent('오픈소스')}/`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text()).toContain('오픈소스 관련 글 모음입니다.');
  }
  await page.goto('/tags/');
  await page.getByRole('link', { name: /^오픈소스/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^"오픈소스" 태그가 붙은 글\s\d+개$/,
  );
});
