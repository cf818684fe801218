import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ShikiTransformer } from 'shiki';
import { SKIP, visit } from '../visit';
import { parseCodeMeta } from '../code-meta';
import { applyMagicComments } from '../magic-comments';
import type { CompileContext } from '../context';

export const COPY_BUTTON_COMPONENT = 'CopyButton';

function isCode(node: ElementContent | undefined): node is Element & { tagName: 'code' } {
  return node?.type === 'element' && node.tagName === 'code';
}

/** The fence's language: remark writes it as the class `language-…`. */
function languageOf(code: Element): string | undefined {
  const { className } = code.properties;
  const classes = Array.isArray(className) ? className : [];
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-'))
      return name.slice('language-'.length);
  }
  return undefined;
}

/** The fence's meta string: kept by remark in `data`, or in `metastring` once rehype-raw ran. */
function metaOf(code: Element): string {
  const { metastring } = code.properties;
  return code.data?.meta ?? (typeof metastring === 'string' ? metastring : '');
}

/**
 * rehype-raw (in `.md`) rebuilds elements from HTML and drops their `data`; moving a fence's
 * meta into the `metastring` property, where Shiki also looks, keeps it.
 */
export function rehypeKeepCodeMeta() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const code = node.children[0];
      if (node.tagName === 'pre' && isCode(code) && code.data?.meta)
        code.properties.metastring = code.data.meta;
    });
  };
}

/**
 * Code blocks, before Shiki highlights them: the fence's `title="…"` becomes a caption, its
 * `{1,3-4}` is checked against the block's lines (or, without one, the magic comments of
 * magic-comments.ts say which lines), and a copy button goes beside the code.
 */
export function rehypeCodeBlocks(context: Pick<CompileContext, 'file' | 'facts'>) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const code = node.children[0];
      if (node.tagName !== 'pre' || !isCode(code) || !parent || index === undefined) return;
      const text = toString(code);
      const applied = applyMagicComments(text, languageOf(code), metaOf(code));
      if (applied.code !== text) {
        code.children = [{ type: 'text', value: applied.code }];
        code.properties.metastring = applied.meta;
        if (code.data) code.data.meta = applied.meta;
      }
      const meta = parseCodeMeta(applied.meta);
      const lineCount = toString(code).replace(/\n$/, '').split('\n').length;
      const past = [...meta.lines].filter((line) => line > lineCount);
      const error = meta.error
        ? `${meta.error}; no lines are highlighted`
        : past.length > 0
          ? `highlights line ${past[0]}, but the block has ${lineCount} line${lineCount === 1 ? '' : 's'}`
          : undefined;
      if (error) {
        // As Docusaurus: a warning, and the block without highlighted lines.
        context.facts.warnings.push({
          file: context.file,
          line: node.position?.start.line,
          column: node.position?.start.column,
          message: `code block: ${error}`,
        });
      }
      const caption: ElementContent[] = meta.title
        ? [
            {
              type: 'element',
              tagName: 'figcaption',
              properties: { className: ['code-block-title'] },
              children: [{ type: 'text', value: meta.title }],
            },
          ]
        : [];
      parent.children[index] = {
        type: 'element',
        tagName: meta.title ? 'figure' : 'div',
        properties: { className: ['code-block'] },
        children: [
          ...caption,
          {
            type: 'element',
            tagName: 'div',
            properties: { className: ['code-block-body'] },
            children: [
              node,
              {
                type: 'mdxJsxFlowElement',
                name: COPY_BUTTON_COMPONENT,
                attributes: [],
                children: [],
              },
            ],
          },
        ],
        position: node.position,
      };
      return SKIP;
    });
  };
}

/** Marks the lines a fence's `{1,3-4}` names with the class `highlighted`. */
export function highlightedLines(): ShikiTransformer {
  return {
    name: 'highlighted-lines',
    line(node, line) {
      const raw = this.options.meta?.__raw;
      if (raw && parseCodeMeta(raw).lines.has(line)) this.addClassToHast(node, 'highlighted');
    },
  };
}
