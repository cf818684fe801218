import { describe, expect, it } from 'vitest';
import { canonicalMarkup, throughMdx } from './mdx-round-trip';
import { mermaidHast } from './svg-hast';

/** What a finished diagram looks like: CSS with `>` and quotes, HTML in foreignObject, xlink. */
const SVG =
  '<svg id="m-light" width="100%" xmlns="http://www.w3.org/2000/svg" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink" class="flowchart mermaid-light mx-auto block dark:hidden" ' +
  'style="max-width: 200px;" viewBox="0 0 200 100" role="graphics-document document" ' +
  'aria-roledescription="flowchart-v2" aria-labelledby="m-light-chart-title-1">' +
  '<title id="m-light-chart-title-1">제목</title>' +
  '<style>#m-light{font-family:"Pretendard Variable",sans-serif;}#m-light .a>b{fill:#333;}</style>' +
  '<g><marker id="m-light-pointEnd-1" viewBox="0 0 10 10" refX="5" refY="5" ' +
  'markerUnits="userSpaceOnUse" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" ' +
  'style="stroke-width: 1; stroke-dasharray: 1, 0;"></path></marker>' +
  '<path marker-end="url(#m-light-pointEnd-1)" d="M0,0L10,10" style=""></path>' +
  '<text dominant-baseline="central" text-anchor="middle"><tspan x="1" dy="0">밥 &amp; "q" {x}</tspan></text>' +
  '<foreignObject width="55.3" height="24"><div xmlns="http://www.w3.org/1999/xhtml" ' +
  'style="display: table-cell; white-space: nowrap; line-height: 1.5;"><span class="edgeLabel">' +
  '<p>가나다라<br>둘째 줄</p></span></div></foreignObject>' +
  '<filter id="m-light-drop-shadow-1"><feDropShadow dx="4" flood-opacity="0.06"></feDropShadow></filter>' +
  '<use xlink:href="#m-light-pointEnd-1"></use></g></svg>';

describe('mermaidHast', () => {
  it('gives the svg element with SVG and HTML namespaces', () => {
    const [svg] = mermaidHast(SVG);
    expect(svg).toMatchObject({ type: 'element', tagName: 'svg' });
    expect(JSON.stringify(svg)).toContain('"tagName":"foreignObject"');
    expect(JSON.stringify(svg)).toContain('"tagName":"feDropShadow"');
  });

  it.each(['md', 'mdx'] as const)(
    'comes out of a .%s post compiled and rendered by React as it went in',
    async (format) => {
      const html = await throughMdx(SVG, format);
      expect(canonicalMarkup(html)).toEqual(canonicalMarkup(SVG));
      // React writes a style's CSS as is: the `>` and quotes must survive.
      expect(html).toContain('#m-light .a>b{fill:#333;}');
    },
  );
});
