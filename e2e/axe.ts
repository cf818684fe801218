import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** axe's serious and critical findings on the page, as "rule: selector" lines (none is the goal). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
}

/** One test a page and colour scheme: no serious or critical axe violations. */
export function axePages(pages: Record<string, string>): void {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} mode`, () => {
      test.use({ colorScheme: scheme });
      for (const [name, path] of Object.entries(pages)) {
        test(`${name} has no serious or critical axe violations`, async ({ page }) => {
          await page.goto(path);
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    });
  }
}
