import type { Root } from 'hast';
import type { CompileFacts } from '../context';
import { expressionOf } from '../estree-json';

/**
 * `export const toc = […]` in every MDX post, as Docusaurus exports it, so that a post can write
 * `<TOCInline toc={toc} />`: its headings as `{ value, id, level }`.
 */
export function rehypeTocExport(facts: Pick<CompileFacts, 'toc'>) {
  return (tree: Root) => {
    const value = facts.toc.map((item) => ({ value: item.text, id: item.id, level: item.level }));
    tree.children.push({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              specifiers: [],
              source: null,
              attributes: [],
              declaration: {
                type: 'VariableDeclaration',
                kind: 'const',
                declarations: [
                  {
                    type: 'VariableDeclarator',
                    id: { type: 'Identifier', name: 'toc' },
                    init: expressionOf(value),
                  },
                ],
              },
            },
          ],
        },
      },
    });
  };
}
