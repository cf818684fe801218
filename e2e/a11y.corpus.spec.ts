import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Corpus posts carry what the real site's post does not: code in three languages, tables,
// lists and images. Their colours must read well in both themes too.
const PAGES = {
  'post with Rust code': '/2019/01/01/p00079-notes-cache/',
  'post with TypeScript code': '/2019/07/13/p00025-archive-tags/',
  'post with YAML code': '/2019/11/11/p00043-guide-tags/',
  'Korean tag page 2': '/tags/오픈소스/page/2/',
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
          .map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')})`,
          );
        expect(bad).toEqual([]);
      });
    }
  });
}
