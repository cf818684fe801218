/**
 * Mermaid's `securityLevel: 'strict'` already passes its SVG through DOMPurify; this is the
 * second net, on the markup exactly as the page will get it: no element that runs or loads
 * code, no `on…` handler, no link or source with a scheme other than http(s), mailto or tel
 * (raster `data:` images excepted), and no `<` or `@import` inside a `<style>` (the SVG goes
 * into the page through React, which writes a style's text as is).
 */
import type { Element } from './svg-tree';
import { elementsOf, isElement, isText } from './svg-tree';

const BLOCKED_ELEMENTS = new Set([
  'animate',
  'animatemotion',
  'animatetransform',
  'applet',
  'audio',
  'base',
  'button',
  'discard',
  'embed',
  'form',
  'frame',
  'frameset',
  'handler',
  'iframe',
  'input',
  'link',
  'listener',
  'meta',
  'noscript',
  'object',
  'portal',
  'script',
  'select',
  'set',
  'source',
  'template',
  'textarea',
  'track',
  'video',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const RASTER_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i;

/** Whether a link or source may stay: relative, a fragment, or a harmless scheme. */
export function isSafeUrl(value: string, allowImageData: boolean): boolean {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (SAFE_SCHEMES.has(scheme)) return true;
  return allowImageData && RASTER_DATA_URL.test(compact);
}

function unsafeStyleText(text: string): boolean {
  return /javascript:|expression\s*\(|@import|behavior\s*:|-moz-binding/i.test(text);
}

export type SafetyReport = { removed: string[] };

/** Removes what could run code or load it from the SVG rooted at `svg`, in place. */
export function makeSafe(svg: Element): SafetyReport {
  const removed: string[] = [];
  const prune = (parent: Element) => {
    parent.childNodes = parent.childNodes.filter((child) => {
      if (child.nodeName === '#comment') return false;
      if (isElement(child) && BLOCKED_ELEMENTS.has(child.tagName.toLowerCase())) {
        removed.push(`<${child.tagName}>`);
        return false;
      }
      return true;
    });
    for (const child of parent.childNodes) if (isElement(child)) prune(child);
  };
  prune(svg);

  for (const element of elementsOf(svg)) {
    const tag = element.tagName.toLowerCase();
    const allowImageData = tag === 'img' || tag === 'image';
    element.attrs = element.attrs.filter((attr) => {
      const name = attr.name.toLowerCase();
      const unsafe =
        name.startsWith('on') ||
        (URL_ATTRIBUTES.has(name) && !isSafeUrl(attr.value, allowImageData)) ||
        (name === 'srcset' &&
          attr.value.split(',').some((part) => !isSafeUrl(part.trim(), true))) ||
        (name === 'style' && unsafeStyleText(attr.value));
      if (unsafe) removed.push(`${attr.prefix ? `${attr.prefix}:` : ''}${attr.name} on <${tag}>`);
      return !unsafe;
    });
    if (tag === 'style') {
      // A style holds CSS text only; anything else in it, or CSS that could run or fetch code,
      // empties it (mermaid's own CSS has none of that, so a diagram only loses a user's rules).
      const text = element.childNodes.map((child) => (isText(child) ? child.value : '')).join('');
      const onlyText = element.childNodes.every(isText);
      if (!onlyText || text.includes('<') || unsafeStyleText(text)) {
        removed.push('unsafe text in <style>');
        element.childNodes = [];
      }
    }
  }
  return { removed };
}
