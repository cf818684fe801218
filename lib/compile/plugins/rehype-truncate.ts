import type { Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { CompileFacts } from '../context';

/** The component that wraps everything after the marker: rendered in full pages, not in excerpts. */
export const TRUNCATE_COMPONENT = 'TruncateRest';

const COMMENT_RE = /^\s*truncate\s*$/;
const EXPRESSION_RE = /^\s*\/\*\s*truncate\s*\*\/\s*$/;

function isMarker(node: RootContent): boolean {
  // `<!-- truncate -->` in .md (a comment once rehype-raw has run); `{/* truncate */}` in .mdx.
  if (node.type === 'comment') return COMMENT_RE.test(node.value);
  if (node.type === 'mdxFlowExpression') return EXPRESSION_RE.test(node.value);
  return false;
}

/**
 * Splits a post at its truncate marker, compiling it once for both uses: everything after the
 * marker goes inside `<TruncateRest>`, which the page renders and the excerpt leaves out.
 */
export function rehypeTruncate(facts: CompileFacts) {
  return (tree: Root) => {
    const index = tree.children.findIndex(isMarker);
    if (index === -1) return;
    facts.truncated = true;
    const rest: MdxJsxFlowElementHast = {
      type: 'mdxJsxFlowElement',
      name: TRUNCATE_COMPONENT,
      attributes: [],
      children: tree.children.slice(index + 1) as MdxJsxFlowElementHast['children'],
    };
    tree.children.splice(index, tree.children.length - index, rest);
  };
}
