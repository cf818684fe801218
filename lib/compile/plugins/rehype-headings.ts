import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from '../visit';
import type { TocItem } from '../context';

const HEADING_RE = /^h([1-6])$/;

/**
 * Collects the table of contents from the headings (after rehype-slug gave them ids) and adds
 * a self-link to each heading, as Docusaurus does.
 */
export function rehypeHeadings(options: {
  toc: TocItem[];
  linkLabel: (heading: string) => string;
}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const level = Number(HEADING_RE.exec(node.tagName)?.[1] ?? 0);
      const id = node.properties.id;
      if (level === 0 || typeof id !== 'string' || id === '') return;
      const text = toString(node).trim();
      if (level >= 2) options.toc.push({ id, text, level });
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['hash-link'],
          href: `#${id}`,
          ariaLabel: options.linkLabel(text),
        },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
