import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from '../visit';
import type { CompileContext } from '../context';
import type { AdmonitionType } from '../../i18n/content-messages';
import { ADMONITION_TYPES, contentMessages } from '../../i18n/content-messages';

function isAdmonitionType(name: string): name is AdmonitionType {
  return ADMONITION_TYPES.some((type) => type === name);
}

/** GitHub's alert types, as the admonitions that mean the same. */
const ALERTS: Record<string, AdmonitionType> = {
  NOTE: 'note',
  TIP: 'tip',
  IMPORTANT: 'info',
  WARNING: 'warning',
  CAUTION: 'danger',
};
const ALERT_RE = /^\[!([A-Za-z]+)\][ \t]*(?:\r?\n)?/;

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
 * unknown `:::name` keeps its content in a plain `<div>`, with a warning (as Docusaurus warns of
 * unused directives). GitHub's alerts (`> [!NOTE]`) become admonitions too.
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
      if (node.type === 'blockquote') {
        const directive = fromAlert(node);
        if (directive) {
          parent.children.splice(index, 1, directive);
          toAdmonition(directive);
        }
      }
    });

    /** `> [!NOTE]` … (GitHub's alerts) as the admonition Docusaurus users would write. */
    function fromAlert(node: Blockquote): ContainerDirective | undefined {
      const [first] = node.children;
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const match = text?.type === 'text' ? ALERT_RE.exec(text.value) : null;
      const type = match && ALERTS[(match[1] ?? '').toUpperCase()];
      if (!first || first.type !== 'paragraph' || !text || text.type !== 'text' || !match || !type)
        return undefined;
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      if (first.children[0]?.type === 'break') first.children.shift();
      return {
        type: 'containerDirective',
        name: type,
        attributes: {},
        children: first.children.length === 0 ? node.children.slice(1) : node.children,
        position: node.position,
      };
    }

    function toAdmonition(node: ContainerDirective) {
      if (!isAdmonitionType(node.name)) {
        context.facts.warnings.push({
          file: context.file,
          line: node.position?.start.line,
          column: node.position?.start.column,
          message: `unknown admonition ":::${node.name}", shown as plain text (use one of ${ADMONITION_TYPES.map((type) => `:::${type}`).join(', ')})`,
        });
        node.data = { ...node.data, hName: 'div' };
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
