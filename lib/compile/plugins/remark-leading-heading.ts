import type { Root, RootContent } from 'mdast';

function isPreamble(node: RootContent): boolean {
  if (node.type === 'mdxjsEsm') return true;
  if (node.type === 'html') return node.value.trim().startsWith('<!--');
  if (node.type === 'mdxFlowExpression') return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
  return false;
}

/**
 * Removes the `# Title` a post starts with when that heading is the post's title (no front
 * matter `title`): the page already shows the title, as Docusaurus does.
 */
export function remarkLeadingHeading(options: { enabled: boolean }) {
  return (tree: Root) => {
    if (!options.enabled) return;
    const index = tree.children.findIndex((node) => !isPreamble(node));
    const first = tree.children[index];
    if (first?.type === 'heading' && first.depth === 1) tree.children.splice(index, 1);
  };
}
