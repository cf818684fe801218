import type {
  CallExpression,
  Expression,
  ExportNamedDeclaration,
  ImportDeclaration,
  Node as EstreeNode,
  Program,
} from 'estree';
import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { walk } from 'estree-walker';
import { visit } from '../visit';
import type { CompileContext } from '../context';
import type { JsonValue } from '../estree-json';
import { expressionOf } from '../estree-json';
import type { ImportTarget } from '../imports';
import { requiredImage, resolveImport } from '../imports';
import { assetUrl } from '../local-files';

type Context = Pick<CompileContext, 'file' | 'postDir' | 'rootDir' | 'facts'> & {
  /** Components a post may use without importing them. */
  globals: readonly string[];
};

type Position = { start: { line: number; column: number } };

/** `arguments[0].imports["key"]`: what the page hands the post at render time. */
function importsOf(key: string): Expression {
  return {
    type: 'MemberExpression',
    object: {
      type: 'MemberExpression',
      object: {
        type: 'MemberExpression',
        object: { type: 'Identifier', name: 'arguments' },
        property: { type: 'Literal', value: 0 },
        computed: true,
        optional: false,
      },
      property: { type: 'Identifier', name: 'imports' },
      computed: false,
      optional: false,
    },
    property: { type: 'Literal', value: key },
    computed: true,
    optional: false,
  };
}

function member(object: Expression, name: string): Expression {
  return {
    type: 'MemberExpression',
    object,
    property: { type: 'Literal', value: name },
    computed: true,
    optional: false,
  };
}

function valueAt(value: JsonValue, name: string): JsonValue {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value[name] ?? null)
    : null;
}

/** `export const <local> = <init>` for each name an import brings in. */
function bindings(declaration: ImportDeclaration, target: ImportTarget): ExportNamedDeclaration {
  return {
    type: 'ExportNamedDeclaration',
    specifiers: [],
    source: null,
    attributes: [],
    declaration: {
      type: 'VariableDeclaration',
      kind: 'const',
      declarations: declaration.specifiers.map((specifier) => {
        const name =
          specifier.type === 'ImportDefaultSpecifier'
            ? 'default'
            : specifier.type === 'ImportNamespaceSpecifier'
              ? undefined
              : specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : String(specifier.imported.value);
        let init: Expression;
        if (target.kind === 'value') {
          // A data file's value, or a file's URL (its default export, as Docusaurus gives it).
          const { value } = target;
          init = expressionOf(
            name === undefined || (name === 'default' && typeof value === 'string')
              ? value
              : name === 'default'
                ? value
                : valueAt(value, name),
          );
        } else {
          const provided = importsOf(target.key);
          init = name === undefined ? provided : member(provided, name);
        }
        return {
          type: 'VariableDeclarator',
          id: { type: 'Identifier', name: specifier.local.name },
          init,
        };
      }),
    },
  };
}

/** Names an `export` declares: `export const A = …`, `export function B() {}`. */
function exportedNames(statement: EstreeNode): string[] {
  if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) return [];
  const { declaration } = statement;
  if (declaration.type === 'VariableDeclaration')
    return declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
  return declaration.id ? [declaration.id.name] : [];
}

function isRequire(node: EstreeNode): node is CallExpression {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === 'Literal' &&
    typeof node.arguments[0].value === 'string'
  );
}

/**
 * `import` in a post, as in Docusaurus (see imports.ts): each becomes `export const` bindings to
 * what it resolves to, `require("./x.png")` in an expression becomes the image, and a component
 * the post uses that nothing defines or imports is a problem at the check, not a crash at the
 * build. A specifier that cannot be resolved is a problem naming it and what to do.
 */
export function remarkImports(context: Context) {
  const resolve = (specifier: string) =>
    resolveImport(specifier, {
      postDir: context.postDir,
      rootDir: context.rootDir,
      assetUrl: (file) => {
        const url = assetUrl(file);
        if (!context.facts.assets.some((asset) => asset.url === url))
          context.facts.assets.push({ source: file, url });
        context.facts.dependencies.files.push(file);
        return url;
      },
    });

  return (tree: Root) => {
    const defined = new Set<string>(context.globals);
    const report = (position: Position | undefined, message: string, warning = false) =>
      (warning ? context.facts.warnings : context.facts.problems).push({
        file: context.file,
        line: position?.start.line,
        column: position?.start.column,
        message,
      });

    visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
      const program = node.data?.estree;
      if (!program) return;
      const body: Program['body'] = [];
      for (const statement of program.body) {
        if (statement.type !== 'ImportDeclaration') {
          exportedNames(statement).forEach((name) => defined.add(name));
          body.push(statement);
          continue;
        }
        const specifier = String(statement.source.value);
        const target = resolve(specifier);
        if ('problem' in target) {
          report(node.position, target.problem);
          continue;
        }
        if (target.kind === 'stand-in') report(node.position, target.warning, true);
        if (target.kind === 'module') {
          const { key, file, client } = target;
          if (!context.facts.imports.some((entry) => entry.key === key))
            context.facts.imports.push({ key, file, client });
          context.facts.dependencies.files.push(file);
        }
        if (target.kind === 'value') context.facts.dependencies.files.push(target.file);
        statement.specifiers.forEach((s) => defined.add(s.local.name));
        if (statement.specifiers.length > 0) body.push(bindings(statement, target));
      }
      program.body = body;
    });

    // `require("./x.png")` in expressions and props (Docusaurus's way to hand an image over).
    const replaceRequires = (program: Program, position: Position | undefined) =>
      walk(program, {
        enter(node) {
          if (!isRequire(node)) return;
          const argument = node.arguments[0];
          const specifier = argument?.type === 'Literal' ? String(argument.value) : '';
          const target = resolve(specifier);
          if ('problem' in target) {
            report(position, target.problem);
            this.replace({ type: 'Literal', value: null });
          } else if (target.kind !== 'value') {
            report(
              position,
              `require("${specifier}"): only files and data can be required; import components instead`,
            );
            this.replace({ type: 'Literal', value: null });
          } else {
            context.facts.dependencies.files.push(target.file);
            const { value } = target;
            this.replace(
              expressionOf(typeof value === 'string' ? requiredImage(target.file, value) : value),
            );
          }
        },
      });

    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (node.data?.estree) replaceRequires(node.data.estree, node.position);
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      for (const attribute of node.attributes) {
        const estree =
          attribute.type === 'mdxJsxExpressionAttribute'
            ? attribute.data?.estree
            : attribute.value && typeof attribute.value === 'object'
              ? attribute.value.data?.estree
              : undefined;
        if (estree) replaceRequires(estree, node.position);
      }
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name) && !name.includes('.') && !defined.has(name)) {
        const available = [...context.globals].sort().join(', ');
        report(
          node.position,
          `<${name}> is not defined: import it (such as import ${name} from '@site/src/components/${name}') or use one of ${available}`,
        );
      }
    });
  };
}
