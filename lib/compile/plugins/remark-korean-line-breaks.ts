import type { Nodes, Parent, Root } from 'mdast';
import { visit } from '../visit';
import { joinLeadingParticle } from '../../text/korean-line-breaks';

/** What a particle on the next line belongs to: a link, inline code or emphasis that closed. */
const ATTACHING = new Set(['inlineCode', 'link', 'linkReference', 'emphasis', 'strong', 'delete']);

/** The first characters of a node's text, as far as they can be known (`''` if not at all). */
function leadingText(node: Nodes | undefined): string {
  if (!node) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node && node.children.length > 0) return leadingText(node.children[0]);
  return '';
}

/**
 * Soft line breaks between a link, inline code or emphasis and a Korean particle on the next
 * line are dropped, so `[PR #1838](…)⏎부터는` reads `PR #1838부터는` rather than
 * `PR #1838 부터는`. In mdast the break is a `\n` at the start of the text node after the
 * construct; hard breaks are `break` nodes and are left alone, as are code, inline code
 * contents, HTML and MDX (none of them are text nodes).
 */
export function remarkKoreanLineBreaks() {
  return (tree: Root) => {
    visit(tree, (node: Nodes) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children as Nodes[];
      for (const [index, child] of children.entries()) {
        if (index === 0 || child.type !== 'text') continue;
        if (!ATTACHING.has(children[index - 1]!.type)) continue;
        child.value = joinLeadingParticle(child.value, leadingText(children[index + 1]));
      }
    });
  };
}
