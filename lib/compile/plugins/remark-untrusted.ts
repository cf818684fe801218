import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from '../visit';
import type { CompileContext } from '../context';
import { untrustedElementProblem } from '../untrusted-html';

const WHY = '(markdown.trusted is false: posts may not run code)';

/**
 * `markdown.trusted: false`: a post is data, never code. `import`/`export`, `{expressions}`,
 * JSX props written as expressions, event-handler attributes, and HTML elements outside the
 * allow-list (untrusted-html.ts) are each reported with the line they are on, and removed so that
 * the rest of the post is still checked. Components are the engine's own (`components`).
 */
export function remarkUntrusted(
  context: Pick<CompileContext, 'file' | 'facts'> & { components: readonly string[] },
) {
  return (tree: Root) => {
    const report = (
      node: { position?: { start: { line: number; column: number } } },
      what: string,
    ) =>
      context.facts.problems.push({
        file: context.file,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: `${what} ${WHY}`,
      });
    visit(tree, (node, index, parent) => {
      if (
        node.type === 'mdxjsEsm' ||
        node.type === 'mdxFlowExpression' ||
        node.type === 'mdxTextExpression'
      ) {
        report(node, node.type === 'mdxjsEsm' ? '`import`/`export`' : 'an MDX expression `{…}`');
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        return undefined;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const kept: (MdxJsxAttribute | MdxJsxExpressionAttribute)[] = [];
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(node, `<${node.name ?? ''}>: a spread attribute \`{…}\``);
          } else if (/^on/i.test(attribute.name)) {
            report(node, `<${node.name ?? ''}>: the event handler "${attribute.name}"`);
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            report(node, `<${node.name ?? ''}>: "${attribute.name}={…}", an expression`);
          } else {
            kept.push(attribute);
          }
        }
        node.attributes = kept;
        const name = node.name ?? '';
        if (/^[a-z]/.test(name)) {
          const problem = untrustedElementProblem(
            name,
            kept.flatMap((a) =>
              a.type === 'mdxJsxAttribute' && typeof a.value !== 'object'
                ? [{ name: a.name, value: a.value ?? null }]
                : [],
            ),
          );
          if (problem) report(node, problem);
        } else if (name !== '' && !context.components.includes(name)) {
          report(node, `<${name}> is not one of the components a post may use`);
        }
      }
      return undefined;
    });
  };
}
