/**
 * Plain data in JSX attribute expressions, both ways: the literal value an author wrote
 * (`images={[{ src: '/a.png', alt: 'A' }]}`), and an expression for data a plugin computed.
 */
import type { Expression, Node, Program } from 'estree';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Marks an expression that is not plain data (a variable, a call, a spread, a template with `${}`…). */
export const NOT_STATIC = Symbol('not static');

function propertyKey(node: Node, computed: boolean): string | undefined {
  if (computed) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number'))
    return String(node.value);
  return undefined;
}

/** The value of a literal expression (arrays, objects, strings, numbers, booleans, null). */
export function staticValue(node: Node): JsonValue | typeof NOT_STATIC {
  switch (node.type) {
    case 'Literal': {
      const { value } = node;
      const plain =
        value === null ||
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean';
      return plain ? value : NOT_STATIC;
    }
    case 'TemplateLiteral':
      return node.expressions.length === 0
        ? node.quasis.map((quasi) => quasi.value.cooked ?? '').join('')
        : NOT_STATIC;
    case 'UnaryExpression': {
      const argument = staticValue(node.argument);
      return node.operator === '-' && typeof argument === 'number' ? -argument : NOT_STATIC;
    }
    case 'ArrayExpression': {
      const items: JsonValue[] = [];
      for (const element of node.elements) {
        const value = element ? staticValue(element) : NOT_STATIC;
        if (value === NOT_STATIC) return NOT_STATIC;
        items.push(value);
      }
      return items;
    }
    case 'ObjectExpression': {
      const object: { [key: string]: JsonValue } = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.kind !== 'init') return NOT_STATIC;
        const key = propertyKey(property.key, property.computed);
        const value = staticValue(property.value);
        if (key === undefined || value === NOT_STATIC) return NOT_STATIC;
        object[key] = value;
      }
      return object;
    }
    default:
      return NOT_STATIC;
  }
}

export function expressionOf(value: JsonValue): Expression {
  if (Array.isArray(value)) return { type: 'ArrayExpression', elements: value.map(expressionOf) };
  if (value !== null && typeof value === 'object') {
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value).map(([key, item]) => ({
        type: 'Property',
        kind: 'init',
        key: { type: 'Literal', value: key },
        value: expressionOf(item),
        computed: false,
        method: false,
        shorthand: false,
      })),
    };
  }
  if (typeof value === 'number' && value < 0) {
    return { type: 'UnaryExpression', operator: '-', prefix: true, argument: expressionOf(-value) };
  }
  return { type: 'Literal', value };
}

/** A program of one expression statement holding `value`, as MDX keeps attribute expressions. */
export function programOf(value: JsonValue): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: expressionOf(value) }],
  };
}
