import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = {
  home: '/',
  post: '/2026/02/20/kube-rs-contribution/',
  'tags index': '/tags/',
  tag: '/tags/kube-rs/',
  archive: '/archive/',
  authors: '/authors/',
  author: '/authors/doxxx/',
  '404': '/no/such/page/',
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(bad).toEqual([]);
      });
    }
  });
}
