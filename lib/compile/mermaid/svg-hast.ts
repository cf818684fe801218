/**
 * A rendered diagram as hast, for a rehype plugin to put where the code block was: `.mdx`
 * posts cannot take raw HTML nodes, and this is how `.md` posts' raw HTML is read as well
 * (parse5, then hast-util-from-parse5, as rehype-raw does).
 */
import type { ElementContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/** The elements of `svg` (a result's `svg`, `light` or `dark`), SVG and HTML namespaces kept. */
export function mermaidHast(svg: string): ElementContent[] {
  const root = fromParse5(parseFragment(svg));
  if (root.type !== 'root') return [];
  return root.children.filter((node): node is ElementContent => node.type === 'element');
}
