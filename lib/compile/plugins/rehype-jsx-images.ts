import type { Element, Properties, Root } from 'hast';
import { SKIP, visit } from '../visit';
import { isJsxElement, jsxProps } from '../jsx-nodes';

/** Attributes a JSX <img> may have and still be handled like a Markdown image. */
const PLAIN_ATTRIBUTES = new Set([
  'src',
  'alt',
  'title',
  'width',
  'height',
  'loading',
  'decoding',
  'className',
  'id',
]);

/**
 * A JSX `<img src="/img/x.png" alt="…" />` in `.mdx` whose attributes are plain text becomes an
 * `img` element, so the image plugins check its file, size it, lazy-load it and give it the
 * lightbox, as they do for `![…](…)` and raw HTML in `.md`. One with computed attributes or
 * others (`style`, `srcSet`, handlers) is its author's code and stays as written.
 */
export function rehypeJsxImages() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!isJsxElement(node, 'img') || parent === undefined || index === undefined) return;
      const { values, dynamic } = jsxProps(node);
      if (dynamic.length > 0) return;
      const properties: Properties = {};
      for (const [name, value] of values) {
        if (!PLAIN_ATTRIBUTES.has(name)) return;
        if (typeof value !== 'string' && typeof value !== 'number') return;
        properties[name] = name === 'className' ? String(value).split(/\s+/) : value;
      }
      // Without alt text it stays JSX, so that <Gallery> still asks for it.
      if (typeof properties.src !== 'string' || typeof properties.alt !== 'string') return;
      const image: Element = {
        type: 'element',
        tagName: 'img',
        properties,
        children: [],
        position: node.position,
      };
      parent.children[index] = image;
      return SKIP;
    });
  };
}
