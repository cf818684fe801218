/**
 * The tree walk of the compile plugins: `unist-util-visit`'s `visit` with a node type as the
 * test or none, the same order, arguments and results (`SKIP`, `EXIT`, an index to go on from,
 * `[action, index]`), and its types. It does not build a named closure and a copy of the
 * ancestors for every node as that walk does (bench/RESULTS.md: 15.5 % of a profile of compiling
 * posts was that walk's machinery, 11 % from our plugins' walks).
 */
import type { Node } from 'unist';
import type { BuildVisitor } from 'unist-util-visit';

export const EXIT = false;
export const SKIP = 'skip';

type Action = boolean | typeof SKIP;
type Result = Action | number | readonly [Action?, number?] | undefined | void;
type AnyVisitor = (node: Node, index: number | undefined, parent: Node | undefined) => Result;

/** Set by `walk` when a visitor asked to stop the whole walk. */
const STOPPED = Symbol('stopped');

/** Visits `node` and its descendants; the index its parent goes on from, if the visitor set one. */
function walk(
  node: Node,
  index: number | undefined,
  parent: Node | undefined,
  type: string | undefined,
  visitor: AnyVisitor,
): number | undefined | typeof STOPPED {
  let action: Action | undefined;
  let next: number | undefined;
  if (type === undefined || node.type === type) {
    const result = visitor(node, index, parent);
    if (Array.isArray(result)) {
      [action, next] = result as readonly [Action?, number?];
    } else if (typeof result === 'number') {
      next = result;
    } else if (result !== undefined) {
      action = result as Action;
    }
    if (action === EXIT) return STOPPED;
  }
  const parentNode = node as Node & { children?: Node[] };
  if (action !== SKIP && parentNode.children) {
    let offset = 0;
    while (offset > -1 && offset < parentNode.children.length) {
      const child = parentNode.children[offset] as Node;
      const went = walk(child, offset, node, type, visitor);
      if (went === STOPPED) return STOPPED;
      offset = typeof went === 'number' ? went : offset + 1;
    }
  }
  return next;
}

export function visit<Tree extends Node, Type extends string>(
  tree: Tree,
  type: Type,
  visitor: BuildVisitor<Tree, Type>,
): undefined;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): undefined;
export function visit(
  tree: Node,
  typeOrVisitor: string | ((...args: never[]) => unknown),
  maybeVisitor?: (...args: never[]) => unknown,
): undefined {
  const [type, visitor] =
    typeof typeOrVisitor === 'string' ? [typeOrVisitor, maybeVisitor] : [undefined, typeOrVisitor];
  if (!visitor) throw new TypeError('visit: no visitor');
  walk(tree, undefined, undefined, type, visitor as AnyVisitor);
  return undefined;
}
