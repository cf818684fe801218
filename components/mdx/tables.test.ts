import { expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';

it.each(['a.md', 'a.mdx'])('wraps tables in a box that scrolls sideways in %s', async (name) => {
  const html = await renderSingle(
    name,
    '<details>\n<summary>Rows</summary>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n</details>\n',
  );
  expect(html).toMatch(
    /<details>\s*<summary>Rows<\/summary>\s*<div class="table-scroll" tabindex="0"><table>/,
  );
  expect(html).toContain('</table></div>');
});
