import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { closeMermaid } from '@/lib/compile/plugins/rehype-mermaid';
import { compileError } from '@/lib/testing/single-post';
import { afterAll } from 'vitest';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const withChromium = fs.existsSync(chromium) ? describe : describe.skip;

afterAll(() => closeMermaid());

withChromium('```mermaid in a post (needs Chromium)', () => {
  it('becomes inline SVG in a light and a dark copy, with no code block and no script', async () => {
    const html = await renderSingle(
      'a.md',
      '```mermaid\nflowchart LR\n  A[기여] --> B[리뷰]\n```\n',
    );
    expect(html).toContain('<div class="mermaid-diagram not-prose">');
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain('기여');
    expect(html).not.toContain('<pre');
    expect(html).not.toMatch(/<script|onload=|javascript:/i);
  }, 60_000);

  it('is the same in .mdx', async () => {
    const html = await renderSingle('a.mdx', '```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n');
    expect(html).toContain('<div class="mermaid-diagram not-prose">');
  }, 60_000);

  it('with a syntax error fails the check at the line in the post', async () => {
    const message = await compileError(
      'a.md',
      'Text\n\n```mermaid\nflowchart LR\n  A --> B\n  C -->\n```\n',
    );
    expect(message).toMatch(/posts\/a\.md:10(?::\d+)?: mermaid: /);
  }, 60_000);
});
