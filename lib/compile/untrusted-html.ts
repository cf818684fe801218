/**
 * What a post from a stranger (`markdown.trusted: false`) may hold as HTML: GitHub's allow-list
 * (hast-util-sanitize's default schema: `<details>`, tables, images, `<br>`, no scripts, styles,
 * frames, forms or event handlers, only http(s)/mailto links), with ids kept as written so that
 * `#fragment` links work. Raw HTML in Markdown is cleaned to it; an MDX JSX element outside it is
 * a problem at `npm run check`.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';
import { find, html } from 'property-information';

export const UNTRUSTED_SCHEMA: Schema = { ...defaultSchema, clobberPrefix: '', clobber: [] };

const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'];

function allowedProperties(tag: string): Set<string> {
  const lists = [
    UNTRUSTED_SCHEMA.attributes?.[tag] ?? [],
    UNTRUSTED_SCHEMA.attributes?.['*'] ?? [],
  ];
  return new Set(lists.flat().map((entry) => (Array.isArray(entry) ? String(entry[0]) : entry)));
}

/** Whether a URL is relative or uses a protocol the schema allows for that property. */
function safeUrl(property: string, value: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  const allowed = UNTRUSTED_SCHEMA.protocols?.[property] ?? [];
  return allowed.includes(scheme);
}

/** Why an HTML element written as JSX is not allowed, or undefined when it is. */
export function untrustedElementProblem(
  tag: string,
  attributes: readonly { name: string; value: string | null }[],
): string | undefined {
  if (!(UNTRUSTED_SCHEMA.tagNames ?? []).includes(tag)) return `<${tag}> is not allowed`;
  const allowed = allowedProperties(tag);
  for (const { name, value } of attributes) {
    const property = find(html, name).property;
    if (!allowed.has(property)) return `<${tag} ${name}> is not allowed`;
    if (value !== null && URL_PROPERTIES.includes(property) && !safeUrl(property, value))
      return `<${tag} ${name}="${value}">: only http(s), mailto and relative URLs are allowed`;
  }
  return undefined;
}
