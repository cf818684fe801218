/**
 * The plugins' tree walk goes where `unist-util-visit` goes, with the same arguments, and does
 * what its visitors' results ask: each case runs both walks on copies of one tree and compares
 * what they visited and the tree they left.
 */
import type { Node, Parent } from 'unist';
import * as reference from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { EXIT, SKIP, visit } from './visit';

type Walk = typeof visit;
type Step = string;
/** A visitor's behaviour, given what to return for SKIP and EXIT in the walk under test. */
type Behaviour = (
  actions: { SKIP: 'skip'; EXIT: false },
  node: Node,
  index: number | undefined,
  parent: Parent | undefined,
) => unknown;

const leaf = (type: string, value: string) => ({ type, value });
const node = (type: string, children: Node[]) => ({ type, children });

function sample(): Node {
  return node('root', [
    node('paragraph', [leaf('text', 'a'), node('emphasis', [leaf('text', 'b')])]),
    node('list', [node('item', [leaf('text', 'c')]), node('item', [leaf('text', 'd')])]),
    leaf('html', '<br>'),
    node('paragraph', [leaf('text', 'e'), leaf('inlineCode', 'f'), leaf('text', 'g')]),
  ]);
}

/** What `walk` visits of a copy of `tree`, and the tree it leaves. */
function run(walk: Walk, tree: Node, behaviour: Behaviour, type?: string) {
  const copy = structuredClone(tree);
  const steps: Step[] = [];
  const visitor = (n: Node, index: number | undefined, parent: Parent | undefined) => {
    const value = 'value' in n ? `=${String(n.value)}` : '';
    steps.push(`${n.type}${value}@${index ?? '-'} in ${parent?.type ?? '-'}`);
    return behaviour({ SKIP: 'skip', EXIT: false }, n, index, parent);
  };
  const untyped = walk as unknown as (
    tree: Node,
    ...args: [string, typeof visitor] | [typeof visitor]
  ) => void;
  if (type === undefined) untyped(copy, visitor);
  else untyped(copy, type, visitor);
  return { steps, tree: copy };
}

function same(tree: Node, behaviour: Behaviour, type?: string) {
  const ours = run(visit, tree, behaviour, type);
  const theirs = run(reference.visit as unknown as Walk, tree, behaviour, type);
  expect(ours).toEqual(theirs);
  return ours;
}

describe('visit', () => {
  it('goes where unist-util-visit goes, with the same index and parent', () => {
    const { steps } = same(sample(), () => undefined);
    expect(steps.slice(0, 4)).toEqual([
      'root@- in -',
      'paragraph@0 in root',
      'text=a@0 in paragraph',
      'emphasis@1 in paragraph',
    ]);
    expect(steps).toHaveLength(15);
  });

  it('visits only nodes of the type asked for, all through the tree', () => {
    const { steps } = same(sample(), () => undefined, 'text');
    expect(steps).toEqual([
      'text=a@0 in paragraph',
      'text=b@0 in emphasis',
      'text=c@0 in item',
      'text=d@0 in item',
      'text=e@0 in paragraph',
      'text=g@2 in paragraph',
    ]);
  });

  it('skips the children of a node whose visitor says SKIP', () => {
    const { steps } = same(sample(), (a, n) => (n.type === 'list' ? a.SKIP : undefined));
    expect(steps.some((step) => step.startsWith('item'))).toBe(false);
  });

  it('stops the whole walk on EXIT', () => {
    const { steps } = same(sample(), (a, n) => (n.type === 'emphasis' ? a.EXIT : undefined));
    expect(steps.at(-1)).toBe('emphasis@1 in paragraph');
  });

  it('goes on from the index a visitor returns after removing a node', () => {
    const { tree } = same(sample(), (a, n, index, parent) => {
      if (n.type !== 'inlineCode' || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [a.SKIP, index];
    });
    expect(JSON.stringify(tree)).not.toContain('inlineCode');
  });

  it('does not visit a node that replaced the one visited, when told to SKIP', () => {
    same(sample(), (a, n, index, parent) => {
      if (n.type !== 'list' || !parent || index === undefined) return undefined;
      parent.children[index] = node('wrapper', [n]);
      return a.SKIP;
    });
  });

  it('visits the children of the node visited after its visitor replaced it', () => {
    same(sample(), (_a, n, index, parent) => {
      if (n.type !== 'emphasis' || !parent || index === undefined) return undefined;
      parent.children[index] = leaf('text', 'replaced');
      return undefined;
    });
  });

  it('walks a parsed Markdown document as unist-util-visit does', () => {
    const markdown = [
      '# Title',
      '',
      'Some *text* with `code`, a [link](https://example.com) and a table:',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '- one',
      '- two **bold**',
      '',
      '```js',
      'const x = 1;',
      '```',
    ].join('\n');
    const processor = unified().use(remarkParse).use(remarkGfm);
    const tree = processor.runSync(processor.parse(markdown));
    const { steps } = same(tree, (a, n) => (n.type === 'tableRow' ? a.SKIP : undefined));
    expect(steps.length).toBeGreaterThan(20);
    expect(steps.filter((step) => step.startsWith('tableCell'))).toEqual([]);
    expect(EXIT).toBe(false);
    expect(SKIP).toBe('skip');
  });
});
