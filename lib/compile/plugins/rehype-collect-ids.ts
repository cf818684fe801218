import type { Element, Root } from 'hast';
import { visit } from '../visit';

/** Records every element id of the rendered post, so `#fragment` links can be checked. */
export function rehypeCollectIds(ids: string[]) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id ?? (node.tagName === 'a' ? node.properties.name : undefined);
      if (typeof id === 'string' && id !== '') ids.push(id);
    });
  };
}
