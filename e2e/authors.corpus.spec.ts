import { expect, test } from '@playwright/test';

// The corpus's authors.yml names five authors, none with `page`: as on Docusaurus, the authors
// page lists them all, each with their post count, linked to their own site.
test('the authors page lists every author of authors.yml, without pages of their own', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '작성자' }).first().click();
  await expect(page).toHaveURL(/\/authors\/$/);
  const authors = page.locator('main li');
  await expect(authors).toHaveCount(5);
  const minji = authors.filter({ hasText: '김민지' });
  await expect(minji.getByRole('link')).toHaveAttribute('href', 'https://example.com/minji');
  await expect(minji).toContainText('Platform Engineer');
  await expect(minji).toContainText(/글 [1-9]\d*개/);
});
