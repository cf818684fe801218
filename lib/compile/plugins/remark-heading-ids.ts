import type { Heading, Root, Text } from 'mdast';
import { visit } from '../visit';

const ID_RE = /\s*\{#([^\s}]+)\}\s*$/;

/**
 * Docusaurus's explicit heading ids: `## Title {#custom-id}`. In `.mdx` the braces are
 * escaped by the preprocessor so that MDX reads them as text; here they become the id.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = ID_RE.exec((last as Text).value);
      if (!match?.[1]) return;
      last.value = last.value.slice(0, match.index);
      if (last.value === '') heading.children.pop();
      heading.data = {
        ...heading.data,
        hProperties: { ...heading.data?.hProperties, id: match[1] },
      };
    });
  };
}
