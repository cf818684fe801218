/**
 * A post's rendered elements as an HTML string for feeds, with every URL made absolute.
 *
 * Feeds are route handlers, and route handlers run in React's server-component layer, where Next
 * refuses `react-dom/server` ("You're importing a component that imports react-dom/server",
 * vercel/next.js#43810). So the elements that `renderMdx` returns are walked here into a hast
 * tree (function components are called, as React would) and serialized by hast-util-to-html,
 * which escapes text and attributes. The unit tests check the result against react-dom/server.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { Fragment, isValidElement } from 'react';

type Props = Record<string, unknown>;
type FunctionComponent = (props: Props) => unknown;

/** React props that are not attributes. */
const NOT_ATTRIBUTES = new Set([
  'children',
  'ref',
  'key',
  'dangerouslySetInnerHTML',
  'suppressHydrationWarning',
  'suppressContentEditableWarning',
]);

/** CSS properties React writes without `px` when given a number (the common ones). */
const UNITLESS = new Set([
  'animationIterationCount',
  'aspectRatio',
  'columnCount',
  'columns',
  'flex',
  'flexGrow',
  'flexShrink',
  'fontWeight',
  'gridColumn',
  'gridRow',
  'lineClamp',
  'lineHeight',
  'opacity',
  'order',
  'orphans',
  'scale',
  'tabSize',
  'widows',
  'zIndex',
  'zoom',
  'fillOpacity',
  'floodOpacity',
  'stopOpacity',
  'strokeDasharray',
  'strokeDashoffset',
  'strokeMiterlimit',
  'strokeOpacity',
  'strokeWidth',
]);

/** Attributes that hold one URL, and those that hold a list of them. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'formAction', 'data'];
const SRCSET_PROPERTIES = ['srcSet', 'srcset', 'imageSrcSet'];

function isRecord(value: unknown): value is Props {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFunctionComponent(type: unknown): type is FunctionComponent {
  if (typeof type !== 'function') return false;
  const prototype: unknown = type.prototype;
  return !(isRecord(prototype) && 'isReactComponent' in prototype);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return isRecord(value) && typeof value.then === 'function';
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Symbol.iterator in value &&
    typeof value[Symbol.iterator] === 'function'
  );
}

/** `{ backgroundColor: '#fff', '--x': 1, width: 10 }` → `background-color:#fff;--x:1;width:10px`. */
function styleToCss(style: Props): string {
  const declarations: string[] = [];
  for (const [name, value] of Object.entries(style)) {
    if (value === null || value === undefined || typeof value === 'boolean' || value === '') {
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const property = name.startsWith('--')
      ? name
      : name.replace(/^ms(?=[A-Z])/, '-ms').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const text =
      typeof value === 'number' && value !== 0 && !name.startsWith('--') && !UNITLESS.has(name)
        ? `${value}px`
        : String(value);
    declarations.push(`${property}:${text.trim()}`);
  }
  return declarations.join(';');
}

function toProperties(props: Props): Properties {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
    if (/^on[A-Z]/.test(name) || typeof value === 'function') continue;
    const key = name === 'defaultValue' ? 'value' : name === 'defaultChecked' ? 'checked' : name;
    if (key === 'style' && isRecord(value)) {
      const css = styleToCss(value);
      if (css !== '') properties.style = css;
    } else if (typeof value === 'boolean') {
      // As React: boolean attributes are present or absent, `aria-*`, `data-*` and other
      // "booleanish" ones say "true" or "false", and the rest take no booleans.
      const info = find(html, key);
      if (info.boolean || info.overloadedBoolean) properties[key] = value;
      else if (info.booleanish || /^(?:aria|data)-/.test(key)) properties[key] = String(value);
    } else if (typeof value === 'string' || typeof value === 'number') {
      properties[key] = value;
    } else if (typeof value === 'bigint') {
      properties[key] = String(value);
    }
  }
  return properties;
}

async function toHast(node: unknown): Promise<ElementContent[]> {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    return [{ type: 'text', value: String(node) }];
  }
  if (isThenable(node)) return toHast(await node);
  if (isValidElement<Props>(node)) {
    const { type, props } = node;
    if (type === Fragment) return toHast(props.children);
    if (typeof type === 'string') {
      const inner = props.dangerouslySetInnerHTML;
      const children: ElementContent[] =
        isRecord(inner) && typeof inner.__html === 'string'
          ? [{ type: 'raw', value: inner.__html }]
          : await toHast(props.children);
      return [{ type: 'element', tagName: type, properties: toProperties(props), children }];
    }
    if (isFunctionComponent(type)) return toHast(type(props));
    throw new Error(`feed HTML: cannot render a <${String(type)}> element`);
  }
  if (isIterable(node)) {
    const parts: ElementContent[] = [];
    for (const child of node) parts.push(...(await toHast(child)));
    return parts;
  }
  throw new Error(`feed HTML: cannot render ${Object.prototype.toString.call(node)}`);
}

function absolute(value: string, base: URL): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function absoluteSrcset(value: string, base: URL): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  const classes = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/);
  return classes.includes(name);
}

/** Makes URLs absolute against `base` and drops heading self-links (`#` after each heading). */
function prepareForFeed(nodes: ElementContent[], base: URL): ElementContent[] {
  const result: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      result.push(node);
      continue;
    }
    if (node.tagName === 'a' && hasClass(node, 'hash-link')) continue;
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value, base);
    }
    for (const name of SRCSET_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absoluteSrcset(value, base);
    }
    node.children = prepareForFeed(node.children, base);
    result.push(node);
  }
  return result;
}

/** Renders React elements (no hooks, no client components) to HTML. */
export async function renderToHtml(node: unknown): Promise<string> {
  const tree: Root = { type: 'root', children: await toHast(node) };
  return toHtml(tree, { allowDangerousHtml: true });
}

/**
 * A post's content for a feed: rendered to HTML, links and images absolute against the post's
 * own URL (so `/blog/img/x.png` and `#section` work in any reader), heading self-links dropped.
 */
export async function renderFeedHtml(node: unknown, pageUrl: string): Promise<string> {
  const tree: Root = {
    type: 'root',
    children: prepareForFeed(await toHast(node), new URL(pageUrl)),
  };
  return toHtml(tree, { allowDangerousHtml: true });
}
