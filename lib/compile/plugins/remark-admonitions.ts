import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { CompileContext } from '../context';
import type { AdmonitionType } from '../../i18n/content-messages';
import { ADMONITION_TYPES, contentMessages } from '../../i18n/content-messages';

function isAdmonitionType(name: string): name is AdmonitionType {
  return ADMONITION_TYPES.some((type) => type === name);
}

/** `:::caution` looks like a warning, as in Docusaurus. */
const LOOKS_LIKE: Partial<Record<AdmonitionType, AdmonitionType>> = { caution: 'warning' };

/** The classes of an admonition of `type` (also used by the `<Admonition>` component). */
export function admonitionClassName(type: AdmonitionType): string[] {
  return ['admonition', `admonition-${LOOKS_LIKE[type] ?? type}`];
}

/**
 * Docusaurus admonitions (`:::tip[제목]` … `:::`, parsed by remark-directive) become
 * `<div class="admonition admonition-tip">` with a title. Other directives are not ours: `:name`
 * and `::name` go back to the text the author wrote ("ratio:high" stays as written), and an
 * unknown `:::name` is an error.
 */
export function remarkAdmonitions(context: Pick<CompileContext, 'file' | 'locale' | 'facts'>) {
  const titles = contentMessages(context.locale).admonitions;
  return (tree: Root, file: { toString(): string }) => {
    const source = file.toString();
    const written = (node: {
      position?: { start: { offset?: number }; end: { offset?: number } };
    }) => source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'textDirective') {
        parent.children.splice(index, 1, { type: 'text', value: written(node) });
        return SKIP;
      }
      if (node.type === 'leafDirective') {
        const text: Paragraph = {
          type: 'paragraph',
          children: [{ type: 'text', value: written(node) }],
        };
        parent.children.splice(index, 1, text);
        return SKIP;
      }
      if (node.type === 'containerDirective') toAdmonition(node);
    });

    function toAdmonition(node: ContainerDirective) {
      if (!isAdmonitionType(node.name)) {
        context.facts.problems.push({
          file: context.file,
          line: node.position?.start.line,
          column: node.position?.start.column,
          message: `unknown admonition ":::${node.name}" (use one of ${ADMONITION_TYPES.map((type) => `:::${type}`).join(', ')})`,
        });
        return;
      }
      const type = node.name;
      const [first, ...rest] = node.children;
      let title: PhrasingContent[] = [{ type: 'text', value: titles[type] }];
      if (first?.type === 'paragraph' && first.data?.directiveLabel) {
        if (first.children.length > 0) title = first.children;
        node.children = rest;
      }
      node.data = {
        ...node.data,
        hName: 'div',
        hProperties: {
          className: admonitionClassName(type),
          role: 'note',
        },
      };
      node.children.unshift({
        type: 'paragraph',
        data: { hName: 'div', hProperties: { className: ['admonition-title'] } },
        children: title,
      });
    }
  };
}
