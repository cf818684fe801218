/**
 * From mermaid's SVG text to the markup a post inlines: ids scoped to the diagram, anything
 * unsafe removed, the class that shows it in one colour scheme added. Parsed and written with
 * parse5, the same HTML parser that later reads it into the page.
 */
import { parseFragment, serializeOuter } from 'parse5';
import { scopeIds } from './svg-ids';
import { makeSafe } from './svg-safety';
import type { ChildNode, Element } from './svg-tree';
import { attribute, elementsOf, isElement, isText, setAttribute } from './svg-tree';

/** Classes on the light and dark copies: Tailwind's `dark:` variant picks one, no JavaScript. */
export const VARIANT_CLASSES = {
  light: 'mermaid-light mx-auto block dark:hidden',
  dark: 'mermaid-dark mx-auto hidden dark:block',
  /** A diagram whose own config fixes its theme looks the same in both schemes: one copy. */
  both: 'mermaid-both mx-auto block',
} as const;

export type Variant = keyof typeof VARIANT_CLASSES;

export type FinishedSvg = { ok: true; svg: string } | { ok: false; message: string };

/** Scopes ids, sanitizes and classes the SVG text `raw` (one `<svg>` element). */
export function finishSvg(raw: string, variant: Variant): FinishedSvg {
  const fragment = parseFragment(raw);
  const nodes = fragment.childNodes.filter((node) => !(isText(node) && node.value.trim() === ''));
  const svg = nodes[0];
  if (nodes.length !== 1 || !svg || !isElement(svg) || svg.tagName !== 'svg') {
    return { ok: false, message: 'mermaid did not return a single <svg> element' };
  }
  if (!attribute(svg, 'id')) return { ok: false, message: 'mermaid returned an SVG without an id' };
  scopeIds(svg);
  makeSafe(svg);
  dropUnusedDefinitions(svg);
  dropTodayMarker(svg);
  addClass(svg, VARIANT_CLASSES[variant]);
  return { ok: true, svg: serializeOuter(svg) };
}

/** Elements that draw only where something points at them by id. */
const DEFINITIONS = new Set([
  'clipPath',
  'filter',
  'linearGradient',
  'marker',
  'mask',
  'pattern',
  'radialGradient',
  'symbol',
]);

/**
 * Mermaid puts every marker and symbol a diagram type might use into each SVG (a sequence
 * diagram carries ~8 KB of actor icons per copy, a flowchart twelve arrowheads); the ones
 * nothing refers to (`url(#…)`, `href="#…"`, CSS) are dropped.
 */
function dropUnusedDefinitions(svg: Element): void {
  const elements = elementsOf(svg);
  const referenced = new Set<string>();
  const collect = (text: string) => {
    for (const match of text.matchAll(/#([^\s"'(),;#{}>.:[\]]+)/gu)) referenced.add(match[1] ?? '');
  };
  for (const element of elements) {
    for (const attr of element.attrs) if (attr.name !== 'id') collect(attr.value);
    if (element.tagName === 'style') {
      for (const child of element.childNodes) if (isText(child)) collect(child.value);
    }
  }
  const unused = (node: ChildNode) => {
    if (!isElement(node) || !DEFINITIONS.has(node.tagName)) return false;
    const id = attribute(node, 'id');
    return id !== undefined && /^[\w-]+$/.test(id) && !referenced.has(id);
  };
  for (const element of elements) element.childNodes = element.childNodes.filter((c) => !unused(c));
}

/**
 * A gantt chart marks today with a line; in a static page that is the day of the build, wrong
 * the next day (and it would make two builds of the same post differ), so it goes.
 */
function dropTodayMarker(svg: Element): void {
  for (const element of elementsOf(svg)) {
    element.childNodes = element.childNodes.filter(
      (child) =>
        !(isElement(child) && child.tagName === 'g' && attribute(child, 'class') === 'today'),
    );
  }
}

function addClass(element: Element, className: string): void {
  const existing = attribute(element, 'class');
  setAttribute(element, 'class', existing ? `${existing} ${className}` : className);
}
