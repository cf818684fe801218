import type { Element, Root } from 'hast';
import { SKIP, visit } from '../visit';

/**
 * Wraps each table in a box that scrolls sideways, so a wide table (the seed post's 20-row PR
 * list in a `<details>`) never widens a phone's page. The box is focusable, like Shiki's code
 * blocks, so keyboard users can scroll it too.
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0 },
        children: [node],
        position: node.position,
      };
      return SKIP;
    });
  };
}
