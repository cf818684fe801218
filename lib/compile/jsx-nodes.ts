/** Reading and making MDX JSX elements in the hast tree, for plugins that hand data to components. */
import type { Nodes } from 'hast';
import type {
  MdxJsxAttribute,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'mdast-util-mdx-jsx';
import type { JsonValue } from './estree-json';
import { NOT_STATIC, programOf, staticValue } from './estree-json';

export type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** True for `<name …>`; other JSX elements are left in the negative branch's type. */
export function isJsxElement(node: Nodes, name: string): node is JsxElement & { name: string } {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name
  );
}

/** `name="text"` for strings, `name={…}` for any other value. */
export function jsxAttribute(name: string, value: JsonValue): MdxJsxAttribute {
  if (typeof value === 'string') return { type: 'mdxJsxAttribute', name, value };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: { estree: programOf(value) },
    },
  };
}

export type JsxProps = {
  /** Attributes whose values are plain data; a bare attribute (`<X open />`) is `true`. */
  values: Map<string, JsonValue>;
  /** Attributes (or `{...spread}`s) whose values are only known when the post runs. */
  dynamic: string[];
};

/** What an element's attributes say, as far as it can be known while compiling. */
export function jsxProps(node: JsxElement): JsxProps {
  const values = new Map<string, JsonValue>();
  const dynamic: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      dynamic.push(`{${attribute.value}}`);
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) {
      values.set(name, true);
    } else if (typeof value === 'string') {
      values.set(name, value);
    } else {
      const statement = value.data?.estree?.body[0];
      const data =
        statement?.type === 'ExpressionStatement' ? staticValue(statement.expression) : NOT_STATIC;
      if (data === NOT_STATIC) dynamic.push(name);
      else values.set(name, data);
    }
  }
  return { values, dynamic };
}
