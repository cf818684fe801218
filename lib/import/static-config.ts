/**
 * Reads a Docusaurus config without running it: parses the file (TypeScript first stripped by
 * jiti) and takes the literal values of the exported object — strings, numbers, booleans,
 * objects, arrays, templates and constants declared with literal values. Whatever is not a
 * literal is an `Opaque` ('expression', or 'function'), reported rather than guessed.
 * `new Date().getFullYear()` in a template is kept as `CURRENT_YEAR`, so that a copyright line
 * keeps its year current in `site.config.ts`.
 */
import type {
  Expression,
  Function as FunctionNode,
  Node,
  ObjectExpression,
  Pattern,
  Program,
  SpreadElement,
  Statement,
} from 'acorn';
import { parse } from 'acorn';
import { createJiti } from 'jiti';
import type { ConfigRecord, ConfigValue } from './config-values';
import { Opaque, isRecord } from './config-values';

/** Stands for `${new Date().getFullYear()}` inside a string read statically. */
export const CURRENT_YEAR = '\u0000year\u0000';

export type StaticRead = { ok: true; config: ConfigValue } | { ok: false; error: string };

type Scope = ReadonlyMap<string, Node>;

function parseProgram(source: string, file: string): { program: Program; code: string } {
  const options = {
    ecmaVersion: 'latest',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
  } as const;
  let code = source;
  if (/\.[cm]?ts$/.test(file))
    code = createJiti(import.meta.url).transform({ source, filename: file, ts: true });
  try {
    return { program: parse(code, { ...options, sourceType: 'module' }), code };
  } catch (error) {
    try {
      return { program: parse(code, { ...options, sourceType: 'script' }), code };
    } catch {
      throw error;
    }
  }
}

export function readConfigStatically(source: string, file: string): StaticRead {
  let parsed: { program: Program; code: string };
  try {
    parsed = parseProgram(source, file);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const reader = new Reader(parsed.code);
    const topScope = declarations(parsed.program.body);
    const exported = findExport(parsed.program);
    if (!exported) return { ok: false, error: 'found no `module.exports =` or `export default`' };
    const config = reader.configOf(exported, topScope);
    if (!isRecord(config))
      return { ok: false, error: 'what it exports is not an object written in the file' };
    return { ok: true, config };
  } catch (error) {
    // A shape of syntax this reader does not know: not a reason to stop the import.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Names declared at one level: `const x = …`, `function f() {}`. */
function declarations(body: readonly Node[]): Map<string, Node> {
  const scope = new Map<string, Node>();
  for (const node of body) {
    const statement =
      node.type === 'ExportNamedDeclaration'
        ? ((node as Node & { declaration?: Node | null }).declaration ?? node)
        : node;
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of (statement as Statement & { type: 'VariableDeclaration' })
        .declarations) {
        if (declarator.id.type === 'Identifier' && declarator.init)
          scope.set(declarator.id.name, declarator.init);
      }
    } else if (statement.type === 'FunctionDeclaration') {
      const declared = statement as FunctionNode & Node;
      if (declared.id) scope.set(declared.id.name, declared);
    }
  }
  return scope;
}

/** `module.exports = X`, `exports.default = X` (also in `var _default = exports.default = X`), `export default X`. */
function findExport(program: Program): Node | undefined {
  let found: Node | undefined;
  const isExportTarget = (target: Pattern) =>
    target.type === 'MemberExpression' &&
    target.object.type === 'Identifier' &&
    target.property.type === 'Identifier' &&
    ((target.object.name === 'module' && target.property.name === 'exports') ||
      (target.object.name === 'exports' && target.property.name === 'default'));
  const visit = (node: Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'AssignmentExpression') {
      const assignment = node as Expression & { type: 'AssignmentExpression' };
      if (isExportTarget(assignment.left)) {
        let value: Expression = assignment.right;
        while (value.type === 'AssignmentExpression') value = value.right;
        const isVoid = value.type === 'UnaryExpression' && value.operator === 'void';
        if (!isVoid) found = value;
      }
      visit(assignment.right);
    } else if (node.type === 'ExpressionStatement') {
      visit((node as Statement & { type: 'ExpressionStatement' }).expression);
    } else if (node.type === 'SequenceExpression') {
      for (const item of (node as Expression & { type: 'SequenceExpression' }).expressions)
        visit(item);
    } else if (node.type === 'VariableDeclaration') {
      for (const declarator of (node as Statement & { type: 'VariableDeclaration' }).declarations)
        visit(declarator.init);
    } else if (node.type === 'ExportDefaultDeclaration') {
      found = (node as Node & { declaration: Node }).declaration;
    }
  };
  for (const statement of program.body) visit(statement);
  return found;
}

class Reader {
  private readonly active = new Set<Node>();

  constructor(private readonly code: string) {}

  /** The exported value; a function exporting the config gives what it returns. */
  configOf(node: Node, scope: Scope): ConfigValue | undefined {
    let target = node;
    let innerScope = scope;
    for (let hops = 0; hops < 5; hops += 1) {
      if (target.type === 'Identifier') {
        const bound = innerScope.get((target as Node & { name: string }).name);
        if (!bound) return undefined;
        target = bound;
        continue;
      }
      if (
        target.type === 'FunctionDeclaration' ||
        target.type === 'FunctionExpression' ||
        target.type === 'ArrowFunctionExpression'
      ) {
        const fn = target as FunctionNode & Node;
        if (fn.body.type !== 'BlockStatement') {
          target = fn.body;
          continue;
        }
        const body = fn.body.body;
        innerScope = new Map([...innerScope, ...declarations(body)]);
        const returned = [...body]
          .reverse()
          .find(
            (statement): statement is Statement & { type: 'ReturnStatement' } =>
              statement.type === 'ReturnStatement',
          );
        if (!returned?.argument) return undefined;
        target = returned.argument;
        continue;
      }
      if (target.type === 'AwaitExpression') {
        target = (target as Node & { argument: Node }).argument;
        continue;
      }
      break;
    }
    return this.value(target, innerScope);
  }

  private source(node: Node): string {
    const text = this.code.slice(node.start, node.end).replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  }

  private unknown(node: Node): Opaque {
    return new Opaque('expression', this.source(node));
  }

  value(node: Node, scope: Scope): ConfigValue | undefined {
    if (this.active.has(node)) return this.unknown(node);
    this.active.add(node);
    try {
      return this.read(node as Expression, scope);
    } finally {
      this.active.delete(node);
    }
  }

  private read(node: Expression | SpreadElement, scope: Scope): ConfigValue | undefined {
    switch (node.type) {
      case 'Literal': {
        const value = node.value;
        if (value instanceof RegExp) return new Opaque('object', 'RegExp');
        if (typeof value === 'bigint') return this.unknown(node);
        return value ?? null;
      }
      case 'TemplateLiteral': {
        let text = node.quasis[0]?.value.cooked ?? '';
        for (const [index, expression] of node.expressions.entries()) {
          if (this.source(expression) === 'new Date().getFullYear()') text += CURRENT_YEAR;
          else {
            const part = this.value(expression, scope);
            if (typeof part !== 'string' && typeof part !== 'number') return this.unknown(node);
            text += String(part);
          }
          text += node.quasis[index + 1]?.value.cooked ?? '';
        }
        return text;
      }
      case 'ObjectExpression':
        return this.object(node, scope);
      case 'ArrayExpression': {
        const items: ConfigValue[] = [];
        for (const element of node.elements) {
          if (element === null) items.push(null);
          else if (element.type === 'SpreadElement') {
            const spread = this.value(element.argument, scope);
            if (Array.isArray(spread)) items.push(...(spread as ConfigValue[]));
            else items.push(this.unknown(element));
          } else items.push(this.value(element, scope) ?? null);
        }
        return items;
      }
      case 'UnaryExpression': {
        const argument = this.value(node.argument, scope);
        if (node.operator === '-' && typeof argument === 'number') return -argument;
        if (node.operator === '+' && typeof argument === 'number') return argument;
        if (node.operator === '!' && typeof argument === 'boolean') return !argument;
        if (node.operator === 'void') return undefined;
        return this.unknown(node);
      }
      case 'Identifier': {
        if (node.name === 'undefined') return undefined;
        const bound = scope.get(node.name);
        if (!bound) return this.unknown(node);
        if (bound.type === 'FunctionDeclaration') return new Opaque('function', node.name);
        return this.value(bound, scope);
      }
      case 'MemberExpression': {
        if (node.object.type === 'Super' || node.property.type === 'PrivateIdentifier')
          return this.unknown(node);
        const object = this.value(node.object, scope);
        const key = node.computed
          ? this.value(node.property, scope)
          : node.property.type === 'Identifier'
            ? node.property.name
            : undefined;
        if (isRecord(object) && typeof key === 'string' && Object.hasOwn(object, key))
          return object[key];
        return this.unknown(node);
      }
      case 'CallExpression': {
        const callee = this.source(node.callee);
        const [first] = node.arguments;
        const literal = first && first.type === 'Literal' ? first.value : undefined;
        if (callee === 'require.resolve' && typeof literal === 'string') return literal;
        if (callee === 'require' && typeof literal === 'string') {
          const kind = literal.startsWith('.') ? 'file' : 'package';
          return new Opaque('stub', literal, [{ kind, id: literal }]);
        }
        return this.unknown(node);
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return new Opaque('function', node.id?.name ?? '');
      case 'AwaitExpression':
        return this.unknown(node);
      default:
        return this.unknown(node);
    }
  }

  private object(node: ObjectExpression, scope: Scope): ConfigRecord {
    const out: Record<string, ConfigValue> = {};
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.value(property.argument, scope);
        if (isRecord(spread)) Object.assign(out, spread);
        continue;
      }
      const key = property.computed
        ? this.value(property.key, scope)
        : property.key.type === 'Identifier'
          ? property.key.name
          : property.key.type === 'Literal'
            ? property.key.value
            : undefined;
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      const name = String(key);
      if (property.kind !== 'init' || property.method) {
        out[name] = new Opaque('function', name);
        continue;
      }
      const value =
        property.value.type === 'FunctionExpression' ||
        property.value.type === 'ArrowFunctionExpression'
          ? new Opaque('function', property.value.id?.name ?? name)
          : this.value(property.value, scope);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
}
