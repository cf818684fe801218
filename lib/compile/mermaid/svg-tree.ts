/** Small helpers over parse5's tree, shared by the id and safety passes. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
export type ChildNode = DefaultTreeAdapterMap['childNode'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type TextNode = DefaultTreeAdapterMap['textNode'];

export function isElement(node: ChildNode | ParentNode): node is Element {
  return 'tagName' in node;
}

export function isText(node: ChildNode): node is TextNode {
  return node.nodeName === '#text';
}

/** Every element under `root` (itself included), parents before children. */
export function elementsOf(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (element: Element) => {
    found.push(element);
    for (const child of element.childNodes) if (isElement(child)) walk(child);
  };
  walk(root);
  return found;
}

/** An attribute's value, ignoring its namespace prefix (`xlink:href` is `href`). */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function setAttribute(element: Element, name: string, value: string): void {
  const existing = element.attrs.find((attr) => attr.name === name && !attr.prefix);
  if (existing) existing.value = value;
  else element.attrs.push({ name, value });
}
