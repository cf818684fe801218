/**
 * Mermaid prefixes most ids in a diagram with the id it was given (`<id>_flowchart-v2-pointEnd`,
 * `<id>-flowchart-A-0`), but not all: sequence diagrams have `actor0` and `root-0`, accessible
 * titles `chart-title-<id>`. Two diagrams on one page (or the light and dark copies of one)
 * would share those. And some numbers in ids count across every diagram the page has rendered
 * (`actor7`, `<id>-classId-A-4`), so the same diagram would get other ids in another build.
 * So every id becomes `<id>-<name>-<n>`, numbered in document order, and the references to it
 * follow: `url(#…)`, `href="#…"`, ARIA id lists and selectors in `<style>`.
 */
import type { Element } from './svg-tree';
import { attribute, elementsOf, isText } from './svg-tree';

/** Attributes that hold a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = new Set([
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'for',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Moves every id in the SVG rooted at `svg` under `<root id>-`; returns how many moved. */
export function scopeIds(svg: Element): number {
  const rootId = attribute(svg, 'id');
  if (!rootId) throw new Error('the SVG has no id');
  const elements = elementsOf(svg);
  // Every id but the root's is renamed, so only new ids can clash with new ids.
  const taken = new Set([rootId]);
  const counts = new Map<string, number>();
  const renamed = new Map<string, string>();
  for (const element of elements) {
    const id = element.attrs.find((attr) => attr.name === 'id');
    if (!id || id.value === rootId) continue;
    const known = renamed.get(id.value);
    if (known) {
      id.value = known;
      continue;
    }
    // Numbers in ids can come from counters that run across diagrams (`actor7`, `classId-A-4`
    // in the third diagram a page renders), so the new id numbers them afresh in document
    // order: the same diagram gets the same ids whatever was rendered before it.
    const stem =
      id.value
        .replaceAll(rootId, '')
        .replace(/[-_]*\d*$/, '')
        .replace(/^[-_]+|[-_]+$/g, '') || 'id';
    let count = counts.get(stem) ?? 0;
    let scoped: string;
    do scoped = `${rootId}-${stem}-${++count}`;
    while (taken.has(scoped));
    counts.set(stem, count);
    taken.add(scoped);
    renamed.set(id.value, scoped);
    id.value = scoped;
  }
  if (renamed.size === 0) return 0;

  const urlRef = new RegExp(
    `url\\((['"]?)#(${[...renamed.keys()].map(escapeRegExp).join('|')})\\1\\)`,
    'g',
  );
  const selectorRef = new RegExp(
    `#(${[...renamed.keys()].map(escapeRegExp).join('|')})(?![\\w-])`,
    'g',
  );
  for (const element of elements) {
    for (const attr of element.attrs) {
      if (attr.name === 'id') continue;
      if (attr.name === 'href' && attr.value.startsWith('#')) {
        attr.value = `#${renamed.get(attr.value.slice(1)) ?? attr.value.slice(1)}`;
      } else if (ID_LIST_ATTRIBUTES.has(attr.name)) {
        attr.value = attr.value
          .split(/\s+/)
          .map((ref) => renamed.get(ref) ?? ref)
          .join(' ');
      } else if (attr.value.includes('url(')) {
        attr.value = attr.value.replace(
          urlRef,
          (_, quote: string, ref: string) => `url(${quote}#${renamed.get(ref)}${quote})`,
        );
      }
    }
    if (element.tagName === 'style') {
      for (const child of element.childNodes) {
        if (isText(child)) {
          child.value = child.value
            .replace(
              urlRef,
              (_, quote: string, ref: string) => `url(${quote}#${renamed.get(ref)}${quote})`,
            )
            .replace(selectorRef, (_, ref: string) => `#${renamed.get(ref)}`);
        }
      }
    }
  }
  return renamed.size;
}
