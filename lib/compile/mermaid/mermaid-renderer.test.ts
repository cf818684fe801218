import { accessSync, constants, existsSync } from 'node:fs';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment } from 'parse5';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium';
import type { MermaidRenderer, MermaidResult, MermaidSvg } from './mermaid-renderer';
import { createMermaidRenderer, renderMermaidDiagrams } from './mermaid-renderer';
import { canonicalMarkup, throughMdx } from './mdx-round-trip';

type Element = DefaultTreeAdapterMap['element'];

const CHROMIUM = chromiumPath();
const hasChromium = (() => {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return true;
  } catch {
    return false;
  }
})();

function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(parseFragment(html));
  return found;
}

const idsOf = (html: string) =>
  elements(html).flatMap((e) => e.attrs.filter((a) => a.name === 'id').map((a) => a.value));

function rendered(result: MermaidResult | undefined): MermaidSvg {
  if (!result?.ok) throw new Error(`not rendered: ${JSON.stringify(result)}`);
  return result;
}

describe('without Chromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('says so for every diagram, quickly, naming the path and the fix', async () => {
    const started = performance.now();
    const results = await renderMermaidDiagrams(
      [{ code: 'flowchart LR\n  A --> B' }, { code: 'pie\n  "a": 1' }],
      { chromiumPath: '/nonexistent/chromium' },
    );
    expect(performance.now() - started).toBeLessThan(1000);
    const message =
      'mermaid diagrams need Chromium (/nonexistent/chromium not found): apt-get install ' +
      'chromium, or set CHROMIUM_PATH';
    expect(results).toEqual([
      { ok: false, unavailable: true, message },
      { ok: false, unavailable: true, message },
    ]);
  });

  it('takes the path from CHROMIUM_PATH', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/from-env';
    const [result] = await renderMermaidDiagrams([{ code: 'flowchart LR\n  A --> B' }]);
    expect(result).toMatchObject({
      unavailable: true,
      message: expect.stringContaining('/from-env'),
    });
  });

  it.skipIf(!existsSync('/bin/false'))('says so when the executable does not start', async () => {
    const [result] = await renderMermaidDiagrams([{ code: 'flowchart LR\n  A --> B' }], {
      chromiumPath: '/bin/false',
    });
    expect(result).toMatchObject({
      ok: false,
      unavailable: true,
      message: expect.stringMatching(
        /^mermaid diagrams need Chromium \(\/bin\/false did not start: /,
      ),
    });
  });

  it('refuses ids that are not usable or not unique', async () => {
    const results = await renderMermaidDiagrams(
      [
        { code: 'flowchart LR', id: '1st' },
        { code: 'flowchart LR', id: 'a' },
        { code: 'flowchart LR', id: 'a' },
      ],
      { chromiumPath: '/nonexistent' },
    );
    expect(results[0]).toEqual({
      ok: false,
      message: 'id "1st" is not a letter followed by letters, digits, - or _',
    });
    expect(results[1]).toMatchObject({ unavailable: true });
    expect(results[2]).toEqual({ ok: false, message: 'id "a" is given to an earlier diagram too' });
  });

  it('renders nothing for no diagrams', async () => {
    expect(await renderMermaidDiagrams([], { chromiumPath: '/nonexistent' })).toEqual([]);
  });
});

describe.skipIf(!hasChromium)(
  hasChromium ? `with Chromium (${CHROMIUM})` : `with Chromium: skipped, no ${CHROMIUM}`,
  () => {
    let renderer: MermaidRenderer;
    let first: MermaidResult[];

    const FLOWCHART = 'flowchart LR\n  A[시작하기] --> B{괜찮나요?}\n  B -->|예| C[Done]';
    const SEQUENCE = 'sequenceDiagram\n  Alice->>밥: 안녕하세요\n  밥-->>Alice: 반가워요';

    beforeAll(async () => {
      renderer = createMermaidRenderer();
      first = await renderer.render([{ code: FLOWCHART }, { code: SEQUENCE }, { code: FLOWCHART }]);
    }, 60_000);
    afterAll(() => renderer.close());

    it('renders a flowchart and a sequence diagram with their labels, Hangul included', () => {
      const [flowchart, sequence] = first.map(rendered);
      expect(flowchart?.diagramType).toBe('flowchart-v2');
      expect(sequence?.diagramType).toBe('sequence');
      for (const text of ['시작하기', '괜찮나요?', '예', 'Done']) {
        expect(flowchart?.light).toContain(text);
        expect(flowchart?.dark).toContain(text);
      }
      for (const text of ['Alice', '밥', '안녕하세요', '반가워요'])
        expect(sequence?.svg).toContain(text);
    });

    it('measures Hangul with the site font (Pretendard, not a fallback)', async () => {
      const [short, long] = (
        await renderer.render([
          { code: 'flowchart LR\n  A -->|가나다라| B' },
          { code: 'flowchart LR\n  A -->|가나다라가나다라| B' },
        ])
      ).map(rendered);
      // The edge label's box is as wide as its text (node boxes have a minimum width).
      const width = (svg: MermaidSvg | undefined) =>
        Number(/<foreignObject width="([\d.]+)"/.exec(svg?.light ?? '')?.[1]);
      // Pretendard's syllables are ~0.86em wide: 4 at 16px ~55px (Noto Sans CJK's 1em, 64px).
      expect(width(short)).toBeGreaterThan(4 * 13);
      expect(width(short)).toBeLessThan(4 * 14.5);
      expect(width(long) / width(short)).toBeCloseTo(2, 1);
      expect(short?.light).toContain('font-family:"Pretendard Variable"');
    });

    it('gives every copy of every diagram its own ids, the same code twice included', () => {
      const all = first.map(rendered).flatMap((r) => idsOf(r.svg));
      expect(all.length).toBeGreaterThan(20);
      expect(new Set(all).size).toBe(all.length);
      expect(idsOf(rendered(first[2]).svg)[0]).toMatch(/^mermaid-[0-9a-f]{10}-2-light$/);
    });

    it('has a light and a dark copy that differ, each shown by its colour scheme', () => {
      const { light, dark, svg } = rendered(first[0]);
      expect(dark).toBeDefined();
      expect(svg).toBe(light + dark);
      expect(light).toMatch(/^<svg id="mermaid-[0-9a-f]+-light" [^>]*class="[^"]*dark:hidden"/);
      expect(dark).toMatch(/^<svg id="mermaid-[0-9a-f]+-dark" [^>]*class="[^"]*hidden dark:block"/);
      const unscoped = (markup: string | undefined, variant: string) =>
        markup?.replaceAll(`-${variant}`, '').replace(/ class="[^"]*"/, '');
      expect(unscoped(light, 'light')).not.toBe(unscoped(dark, 'dark'));
      // Mermaid's default theme fills nodes lavender, its dark theme near-black.
      expect(light).toContain('fill:#ECECFF');
      expect(dark).toContain('fill:#1f2020');
      // Dark edge labels on a darker chip than mermaid's, for contrast.
      expect(dark).toContain('.edgeLabel{background-color:#474747;');
    });

    it('renders one copy when the diagram sets its own theme', async () => {
      const fixed = await renderer.render([
        { code: '---\nconfig:\n  theme: forest\n---\nflowchart LR\n  A -->|가| B' },
        { code: '%%{init: {"theme": "neutral"}}%%\nsequenceDiagram\n  A->>B: 가' },
      ]);
      for (const result of fixed.map(rendered)) {
        expect(result.dark).toBeUndefined();
        expect(result.svg).toBe(result.light);
        expect(result.svg).toMatch(/^<svg id="mermaid-[0-9a-f]{10}" [^>]*class="[^"]*mermaid-both/);
      }
    });

    it('reports a syntax error with its line in the code as written', async () => {
      const results = await renderer.render([
        { code: 'flowchart LR\n  A --> B\n  B --> C --> ;;\n  C --> D' },
        { code: '---\ntitle: 제목\n---\n%% 주석\nsequenceDiagram\n  A->>B: hi\n  B-->>: x' },
        { code: 'pie title Pets\n  "Dogs" : 386\n  "Cats" 85' },
        { code: 'flowchat LR\n  A --> B' },
      ]);
      expect(results[0]).toMatchObject({
        ok: false,
        line: 3,
        message: expect.stringMatching(/^parse error: /),
      });
      expect(results[1]).toMatchObject({ ok: false, line: 7 });
      expect(results[2]).toMatchObject({ ok: false, line: 3, column: 10 });
      expect(results[3]).toMatchObject({
        ok: false,
        line: 1,
        message: expect.stringMatching(/^unknown diagram type/),
      });
      for (const result of results) expect(result).not.toHaveProperty('unavailable');
    });

    it('inlines nothing that runs: no script, no handler, no javascript: URL', async () => {
      const [result] = await renderer.render([
        {
          code: [
            'flowchart LR',
            '  A["<img src=x onerror=alert(1)>"] --> B["<script>alert(1)</script>"]',
            '  C["<a href=\'javascript:alert(1)\'>link</a>"] --> D',
            '  click A "javascript:alert(1)"',
            '  click D "https://example.com/"',
          ].join('\n'),
        },
      ]);
      const svg = rendered(result).svg;
      const all = elements(svg);
      expect(all.map((e) => e.tagName)).not.toContain('script');
      expect(all.flatMap((e) => e.attrs).filter((a) => /^on/i.test(a.name))).toEqual([]);
      expect(svg).not.toMatch(/javascript:/i);
      expect(svg).toContain('https://example.com/');
    });

    it('takes calls made at the same time one after another', async () => {
      const [a, b] = await Promise.all([
        renderer.render([{ code: 'pie\n  "하나" : 1\n  "둘" : 2', id: 'pie-a' }]),
        renderer.render([{ code: 'pie\n  "하나" : 1\n  "둘" : 2', id: 'pie-b' }]),
      ]);
      expect(rendered(a?.[0]).svg).toBe(rendered(b?.[0]).svg.replaceAll('pie-b', 'pie-a'));
    });

    it('survives a post’s compile and React render unchanged', async () => {
      const { svg } = rendered(first[0]);
      expect(canonicalMarkup(await throughMdx(svg, 'mdx'))).toEqual(canonicalMarkup(svg));
    });

    it('renders the same markup for the same diagram, whatever came before', async () => {
      const [again] = await renderer.render([{ code: SEQUENCE }]);
      expect(rendered(again).svg).toBe(rendered(first[1]).svg);
    });
  },
);
