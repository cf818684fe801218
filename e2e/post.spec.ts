import { expect, test } from '@playwright/test';

test('the kube-rs post opens from the home page and shows its headings, tags and table', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'kube-rs 4개월 기여 기록' }).first().click();
  await expect(page).toHaveURL(/\/2026\/02\/20\/kube-rs-contribution\/$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'kube-rs 4개월 기여 기록' }),
  ).toBeVisible();
  for (const heading of ['시작', '작업 기록', '돌아보며', '기여 전체 목록']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  for (const tag of ['open-source', 'rust', 'kubernetes', 'kube-rs']) {
    await expect(page.getByRole('link', { name: tag, exact: true }).first()).toBeVisible();
  }
  await page.getByText('20개 PR 목록').click();
  await expect(page.locator('details table tbody tr')).toHaveCount(20);
});
