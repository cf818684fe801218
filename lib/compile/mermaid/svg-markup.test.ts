import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { finishSvg } from './svg-markup';
import { isSafeUrl } from './svg-safety';

type Element = DefaultTreeAdapterMap['element'];

function finished(raw: string, variant: 'light' | 'dark' | 'both' = 'light'): string {
  const result = finishSvg(raw, variant);
  if (!result.ok) throw new Error(result.message);
  return result.svg;
}

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

const ids = (html: string) =>
  elements(html).flatMap((e) => e.attrs.filter((a) => a.name === 'id').map((a) => a.value));

/** A sequence diagram's shape as mermaid writes it: some ids unscoped and counted page-wide. */
const SEQUENCE = `<svg id="d1-light" class="sequence" aria-labelledby="chart-title-d1-light">
<style>#d1-light .actor{fill:#eaeaea}#d1-light #actor7{stroke:red}</style>
<title id="chart-title-d1-light">제목</title>
<g><line id="actor7" x1="0"></line><g id="root-7"><rect filter="url(#d1-light-drop-shadow)"></rect></g></g>
<line id="actor8"></line>
<path marker-end="url(#d1-light-arrowhead)" style="marker-start: url('#actor8')"></path>
<use href="#actor7"></use>
<defs><symbol id="d1-light-computer"><path d="M0"></path></symbol>
<marker id="d1-light-arrowhead"><path d="M0"></path></marker>
<marker id="d1-light-crosshead"><path d="M0"></path></marker></defs>
<defs><filter id="d1-light-drop-shadow"><feDropShadow dx="1"></feDropShadow></filter></defs>
</svg>`;

describe('finishSvg: ids', () => {
  const svg = finished(SEQUENCE);

  it('moves every id under the diagram id and numbers them in document order', () => {
    expect(ids(svg)).toEqual([
      'd1-light',
      'd1-light-chart-title-1',
      'd1-light-actor-1',
      'd1-light-root-1',
      'd1-light-actor-2',
      'd1-light-arrowhead-1',
      'd1-light-drop-shadow-1',
    ]);
  });

  it('makes references follow: url(), href, aria lists and CSS selectors', () => {
    expect(svg).toContain('aria-labelledby="d1-light-chart-title-1"');
    expect(svg).toContain('filter="url(#d1-light-drop-shadow-1)"');
    expect(svg).toContain('marker-end="url(#d1-light-arrowhead-1)"');
    expect(svg).toContain(`url('#d1-light-actor-2')`);
    expect(svg).toContain('href="#d1-light-actor-1"');
    expect(svg).toContain('#d1-light #d1-light-actor-1{stroke:red}');
  });

  it('gives the same ids whatever the counters said', () => {
    expect(finished(SEQUENCE.replaceAll('actor7', 'actor0').replaceAll('root-7', 'root-0'))).toBe(
      svg,
    );
  });

  it('drops markers and symbols nothing points at', () => {
    expect(svg).not.toContain('computer');
    expect(svg).not.toContain('crosshead');
    expect(svg).toContain('<marker id="d1-light-arrowhead-1">');
  });

  it('adds the class that shows the copy in its colour scheme', () => {
    expect(svg).toMatch(/^<svg id="d1-light" class="sequence mermaid-light [^"]*dark:hidden"/);
    expect(finished(SEQUENCE, 'dark')).toMatch(
      /class="sequence mermaid-dark [^"]*hidden dark:block"/,
    );
  });
});

describe('finishSvg: safety', () => {
  const hostile = `<svg id="x" onload="alert(1)">
<script>alert(1)</script>
<style>#x{fill:red}</style>
<g onclick="alert(1)"><a href="javascript:alert(1)"><text>a</text></a>
<a xlink:href=" java&#9;script:alert(1)"><text>b</text></a>
<a href="https://example.com/" target="_blank"><text>c</text></a>
<a href="/posts/other/#part"><text>d</text></a>
<animate attributeName="href" to="javascript:alert(1)"></animate>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"><iframe src="https://evil"></iframe>
<img src="data:image/png;base64,AAAA"><img src="data:text/html,<script>1</script>"></div></foreignObject>
<image href="data:image/svg+xml,<svg onload=alert(1)>"></image>
<rect style="background:url(javascript:alert(1))"></rect></g>
</svg>`;
  const svg = finished(hostile);
  const all = elements(svg);

  it('removes scripts, frames, animations and handlers', () => {
    const tags = all.map((e) => e.tagName);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('iframe');
    expect(tags).not.toContain('animate');
    expect(all.flatMap((e) => e.attrs).filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(svg).not.toMatch(/javascript|onload|onerror|onclick/i);
  });

  it('keeps ordinary links, raster data images and the diagram’s CSS', () => {
    expect(svg).toContain('href="https://example.com/"');
    expect(svg).toContain('href="/posts/other/#part"');
    expect(svg).toContain('src="data:image/png;base64,AAAA"');
    expect(svg).toContain('<style>#x{fill:red}</style>');
  });

  it('empties a <style> that could close itself or fetch code', () => {
    const escaping = finished(
      '<svg id="x"><style>#x{fill:red}&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</style></svg>',
    );
    expect(escaping).toBe(
      '<svg id="x" class="mermaid-light mx-auto block dark:hidden"><style></style></svg>',
    );
    expect(finished('<svg id="x"><style>@import url(https://evil/x.css);</style></svg>')).toContain(
      '<style></style>',
    );
  });

  it('accepts only harmless URL schemes', () => {
    expect(isSafeUrl('#a', false)).toBe(true);
    expect(isSafeUrl('../a.png', false)).toBe(true);
    expect(isSafeUrl('mailto:a@b.c', false)).toBe(true);
    expect(isSafeUrl('JavaScript:alert(1)', false)).toBe(false);
    expect(isSafeUrl('\u0001javascript:alert(1)', false)).toBe(false);
    expect(isSafeUrl('vbscript:x', false)).toBe(false);
    expect(isSafeUrl('data:image/png;base64,AA', false)).toBe(false);
    expect(isSafeUrl('data:image/png;base64,AA', true)).toBe(true);
    expect(isSafeUrl('data:image/svg+xml,<svg>', true)).toBe(false);
  });
});

describe('finishSvg', () => {
  it('drops a gantt chart’s today marker (the day of the build)', () => {
    const svg = finished(
      '<svg id="g"><g class="today"><line class="today"></line></g><g></g></svg>',
    );
    expect(svg).not.toContain('today');
  });

  it('refuses anything but one <svg>', () => {
    expect(finishSvg('<div id="x"></div>', 'light')).toEqual({
      ok: false,
      message: 'mermaid did not return a single <svg> element',
    });
    expect(finishSvg('<svg></svg>', 'light').ok).toBe(false);
  });
});
