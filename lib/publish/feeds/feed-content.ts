/**
 * A post's content for feeds, taken from its exported page, as Docusaurus takes it from the HTML
 * it rendered: the element marked `data-post-content`, without what only works on the page
 * (heading self-links, buttons, scripts, what the page shows only with JavaScript (`js-only`),
 * anything marked `data-feed-skip`), an image's link to itself (the zoom) reduced to the image,
 * and every URL made absolute against the page's own URL so that links and images work in any
 * reader.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Attributes that hold one URL, and those that hold a list of them. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite'];
const SRCSET_PROPERTIES = ['srcSet', 'imageSrcSet'];
/** Elements that do nothing outside the page. */
const DROPPED = new Set(['script', 'button', 'template', 'dialog', 'input', 'select', 'textarea']);

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
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

function keep(node: RootContent): boolean {
  if (node.type === 'comment') return false;
  if (node.type !== 'element') return true;
  if (DROPPED.has(node.tagName)) return false;
  if (node.properties.dataFeedSkip !== undefined || node.properties.hidden !== undefined)
    return false;
  const names = classes(node);
  return !names.includes('js-only') && !(node.tagName === 'a' && names.includes('hash-link'));
}

/** The image of `<a href="x.png"><img src="x.png"></a>`: an image linked to itself. */
function selfLinkedImage(node: Element): Element | undefined {
  if (node.tagName !== 'a') return undefined;
  const elements = node.children.filter((child) => child.type === 'element');
  const [image] = elements;
  if (elements.length !== 1 || image?.tagName !== 'img') return undefined;
  return image.properties.src === node.properties.href ? image : undefined;
}

function prepare(nodes: readonly ElementContent[], base: URL): ElementContent[] {
  const result: ElementContent[] = [];
  for (const original of nodes) {
    if (!keep(original)) continue;
    const node = original.type === 'element' ? (selfLinkedImage(original) ?? original) : original;
    if (node.type === 'element') {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = absolute(value, base);
      }
      for (const name of SRCSET_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = absoluteSrcset(value, base);
      }
      node.children = prepare(node.children, base);
    }
    result.push(node);
  }
  return result;
}

/** The content of the post on an exported page, as HTML for a feed; undefined without one. */
export function feedContent(pageHtml: string, pageUrl: string): string | undefined {
  const tree = fromHtml(pageHtml);
  const content = find(tree, (element) => element.properties.dataPostContent !== undefined);
  if (!content) return undefined;
  return toHtml({ type: 'root', children: prepare(content.children, new URL(pageUrl)) });
}
