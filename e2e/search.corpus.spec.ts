import fs from 'node:fs';
import { expect, test } from '@playwright/test';

// The corpus export is indexed in bundles of 120 posts (SEARCH_BUNDLE_POSTS in build:corpus):
// 200 posts make two, and a search must find posts in both.
const exportDir = '.cache/exports/corpus-200';
const pageCount = (dir: string): number =>
  (
    JSON.parse(fs.readFileSync(`${exportDir}/${dir}/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages.ko?.page_count ?? 0;

test('a large index comes in bundles, and a search covers all of them', async ({ page }) => {
  expect(pageCount('pagefind')).toBe(120);
  expect(pageCount('pagefind-2')).toBe(80);

  await page.goto('/search/?q=Hugo');
  const results = page.getByRole('main').locator('a[data-search-result]');
  await expect(results.first()).toBeVisible();
  const years = (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    .map((href) => Number(/^\/(\d{4})\//.exec(href ?? '')?.[1]))
    .filter(Boolean);
  // Newest posts are in the first bundle, the oldest in the second.
  expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
  expect(Math.min(...years)).toBeLessThanOrEqual(2020);
});
