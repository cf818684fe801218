import { expect, test } from '@playwright/test';
import { toBeHydrated } from './hydration';

// A corpus post (bench/gen-corpus.mjs, seed 42) with a ```yaml block.
const POST_WITH_CODE = '/2019/11/11/p00043-guide-tags/';

test('the copy button puts a code block on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(POST_WITH_CODE);
  const block = page.locator('.code-block').first();
  const code = (await block.locator('pre code').textContent()) ?? '';
  expect(code).toContain('kind: Deployment');

  await block.hover();
  const button = block.getByRole('button', { name: '복사' });
  await toBeHydrated(button);
  await button.click();
  await expect(block.getByRole('button', { name: '복사됨' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(block.getByRole('button', { name: '복사' })).toBeVisible({ timeout: 5000 });
});

test('a blank line of code is as tall as any other', async ({ page }) => {
  // A corpus post whose ```rust block has blank lines.
  await page.goto('/2019/01/09/p00086-k8s-images/');
  const steps = await page
    .locator('.code-block')
    .first()
    .locator('.line')
    .evaluateAll((lines) =>
      lines.slice(0, -1).map((line, i) => ({
        blank: line.textContent === '',
        step: Math.round(
          lines[i + 1]!.getBoundingClientRect().top - line.getBoundingClientRect().top,
        ),
      })),
    );
  expect(steps.filter((line) => line.blank).length).toBeGreaterThan(0);
  expect(new Set(steps.map((line) => line.step)).size).toBe(1);
});
