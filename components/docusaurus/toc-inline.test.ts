import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TocInlineItem, TocTreeNode } from './toc-inline';
import { TOCInline, tocTree } from './toc-inline';

/** `label(child, child)` for a compact view of a tree. */
const shape = (nodes: TocTreeNode[]): string[] =>
  nodes.map((node) =>
    node.children.length ? `${node.label}(${shape(node.children).join(', ')})` : node.label,
  );

const toc: TocInlineItem[] = [
  { value: 'Intro', id: 'intro', level: 2 },
  { value: 'Setup', id: 'setup', level: 3 },
  { value: 'Details', id: 'details', level: 4 },
  { value: 'Run', id: 'run', level: 3 },
  { value: 'Deep', id: 'deep', level: 5 },
  { value: 'Usage', id: 'usage', level: 2 },
  { value: 'Flags', id: 'flags', level: 3 },
];

describe('tocTree', () => {
  it('nests a flat toc under the closest heading of a higher rank', () => {
    expect(shape(tocTree(toc, 2, 6))).toEqual(['Intro(Setup(Details), Run(Deep))', 'Usage(Flags)']);
  });

  it('keeps levels 2 to 3 by default', () => {
    expect(shape(tocTree(toc))).toEqual(['Intro(Setup, Run)', 'Usage(Flags)']);
  });

  it('lifts the children of a heading outside the levels to its place, as Docusaurus does', () => {
    expect(shape(tocTree(toc, 3, 4))).toEqual(['Setup(Details)', 'Run', 'Flags']);
    expect(shape(tocTree(toc, 2, 2))).toEqual(['Intro', 'Usage']);
    // An h4 after an h2 belongs to the h2, even when an h3 came before the h2.
    const mixed = [
      { value: 'B', id: 'b', level: 3 },
      { value: 'A', id: 'a', level: 2 },
      { value: 'C', id: 'c', level: 4 },
    ];
    expect(shape(tocTree(mixed, 3, 4))).toEqual(['B', 'C']);
  });

  it('reads a nested toc (Docusaurus 2) and the engine’s own { text } items', () => {
    const nested: TocInlineItem[] = [
      { value: 'One', id: 'one', children: [{ value: 'Two', id: 'two', children: [] }] },
      { text: 'Three', id: 'three', level: 2 },
    ];
    expect(shape(tocTree(nested))).toEqual(['One(Two)', 'Three']);
  });
});

describe('TOCInline', () => {
  it('renders nested lists of links to the headings', () => {
    const html = renderToStaticMarkup(
      createElement(TOCInline, { toc: toc.slice(0, 3), maxHeadingLevel: 4 }),
    );
    expect(html).toBe(
      '<div class="toc-inline"><ul><li><a href="#intro">Intro</a><ul><li><a href="#setup">Setup</a><ul><li><a href="#details">Details</a></li></ul></li></ul></li></ul></div>',
    );
  });

  it('shows headings as text and renders nothing without headings', () => {
    const html = renderToStaticMarkup(
      createElement(TOCInline, { toc: [{ value: 'Use <T>', id: 'use-t', level: 2 }] }),
    );
    expect(html).toContain('<a href="#use-t">Use &lt;T&gt;</a>');
    expect(renderToStaticMarkup(createElement(TOCInline, { toc: [] }))).toBe('');
    expect(renderToStaticMarkup(createElement(TOCInline, { toc, minHeadingLevel: 6 }))).toBe('');
  });
});
