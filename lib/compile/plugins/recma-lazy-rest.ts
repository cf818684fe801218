import type {
  ArrowFunctionExpression,
  CallExpression,
  Expression,
  Program,
  Property,
  SpreadElement,
} from 'estree';
import { TRUNCATE_COMPONENT } from './rehype-truncate';

/** `_jsx(TruncateRest, { … })` or `_jsxs(…)`: the element rehype-truncate.ts made, as MDX wrote it. */
function isRestElement(node: Expression | SpreadElement | null): node is CallExpression {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    /^_jsxs?$/.test(node.callee.name) &&
    node.arguments[0]?.type === 'Identifier' &&
    node.arguments[0].name === TRUNCATE_COMPONENT
  );
}

/** What `_createMdxContent` returns: the post's root element (a fragment, or its one child). */
function rootElement(program: Program): Expression | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'FunctionDeclaration' || statement.id?.name !== '_createMdxContent')
      continue;
    for (const inner of statement.body.body) {
      if (inner.type === 'ReturnStatement' && inner.argument) return inner.argument;
    }
  }
  return undefined;
}

/** The `children` of an element's props, as MDX writes them: `_jsx(X, { children: … })`. */
function childrenOf(element: CallExpression): Property | undefined {
  const props = element.arguments[1];
  if (props?.type !== 'ObjectExpression') return undefined;
  return props.properties.find(
    (p): p is Property =>
      p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'children',
  );
}

/** The root's children: the elements of a fragment's `children` array, or the root itself. */
function topLevel(root: Expression): (Expression | SpreadElement | null)[] {
  const children = root.type === 'CallExpression' ? childrenOf(root) : undefined;
  return children?.value.type === 'ArrayExpression' ? [root, ...children.value.elements] : [root];
}

/**
 * The prop of `<TruncateRest>` that holds what follows the marker once it is lazy: not
 * `children`, which React's development build checks (a `_jsxs` call's children must be an
 * array, an array of elements must have keys) and would warn about, in the dev server's overlay.
 */
export const LAZY_REST_PROP = 'render';

/**
 * Makes what follows a post's truncate marker a function: `<TruncateRest>`'s children become
 * `render: () => children`, which the page's `TruncateRest` calls and a list's leaves uncalled.
 * A list shows ten excerpts of whole posts: built eagerly, every element after the marker (every
 * token of a code block) was made for nothing, and V8 compiled all of it (about 1.2 ms a list
 * entry in the 1,000-post corpus, bench/RESULTS.md). The element is at the root
 * (rehype-truncate.ts).
 */
export function recmaLazyRest() {
  return (program: Program) => {
    const root = rootElement(program);
    const rest = root && topLevel(root).find(isRestElement);
    const children = rest && childrenOf(rest);
    if (!children) return;
    const lazy: ArrowFunctionExpression = {
      type: 'ArrowFunctionExpression',
      params: [],
      body: children.value as Expression,
      expression: true,
    };
    children.key = { type: 'Identifier', name: LAZY_REST_PROP };
    children.value = lazy;
  };
}
