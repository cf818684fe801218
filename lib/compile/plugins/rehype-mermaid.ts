import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from '../visit';
import type { CompileContext } from '../context';
import type { MermaidRenderer } from '../mermaid/mermaid-renderer';
import { createMermaidRenderer } from '../mermaid/mermaid-renderer';
import { mermaidHast } from '../mermaid/svg-hast';

let renderer: MermaidRenderer | undefined;

/** One renderer (one browser, started on the first diagram) for the whole process. */
function sharedRenderer(): MermaidRenderer {
  renderer ??= createMermaidRenderer();
  return renderer;
}

/** Closes the diagrams' browser, if one was started (a process that is done compiling). */
export async function closeMermaid(): Promise<void> {
  await renderer?.close();
}

function isMermaid(node: Element): boolean {
  const [code] = node.children;
  if (node.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code') return false;
  const classes = code.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}

/**
 * ```` ```mermaid ```` blocks become their diagrams, rendered now (lib/compile/mermaid): inline
 * SVG in a light and a dark copy that follow the site's theme, with no script. A syntax error is
 * a problem at its line in the post. Without Chromium the block stays code, with a warning.
 */
export function rehypeMermaid(context: Pick<CompileContext, 'file' | 'facts'>) {
  return async (tree: Root) => {
    const blocks: { node: Element; code: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isMermaid(node)) blocks.push({ node, code: toString(node).replace(/\n$/, '') });
    });
    if (blocks.length === 0) return;
    const prefix = createHash('sha256').update(context.file).digest('hex').slice(0, 8);
    const results = await sharedRenderer().render(
      blocks.map(({ code }, index) => ({ code, id: `mermaid-${prefix}-${index + 1}` })),
    );
    results.forEach((result, index) => {
      const block = blocks[index];
      if (!block) return;
      const start = block.node.position?.start;
      if (result.ok) {
        block.node.tagName = 'div';
        block.node.properties = { className: ['mermaid-diagram', 'not-prose'] };
        block.node.children = mermaidHast(result.svg);
      } else if (result.unavailable) {
        if (index === 0)
          context.facts.warnings.push({
            file: context.file,
            line: start?.line,
            column: start?.column,
            message: `mermaid: ${result.message}; the diagram is shown as code`,
          });
      } else {
        // The fence's first line is the ```mermaid line; the diagram's line 1 is the next.
        context.facts.problems.push({
          file: context.file,
          line: start && result.line !== undefined ? start.line + result.line : start?.line,
          column: result.column,
          message: `mermaid: ${result.message}`,
        });
      }
    });
  };
}
