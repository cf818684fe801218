/**
 * For tests: a diagram's markup the way a post will carry it (hast from `mermaidHast`, put in
 * by a rehype plugin, compiled and run by MDX, rendered by React), and a canonical form of
 * markup to compare it with what went in.
 */
import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'hast';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment } from 'parse5';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { mermaidHast } from './svg-hast';

/** The SVG markup after a compile and render of a post in `format` that contains only it. */
export async function throughMdx(svg: string, format: 'md' | 'mdx'): Promise<string> {
  const rehypeMermaid = () => (tree: Root) => {
    tree.children = mermaidHast(svg);
  };
  const { default: Content } = await evaluate('```mermaid\n```', {
    ...runtime,
    format,
    rehypePlugins: [rehypeMermaid],
  });
  return renderToStaticMarkup(createElement(Fragment, null, createElement(Content)));
}

function canonicalStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      const value = declaration
        .slice(colon + 1)
        .trim()
        .replace(/\s+/g, ' ');
      return `${declaration.slice(0, colon).trim()}:${value}`;
    })
    .join(';');
}

/**
 * One line per element and text, attributes sorted and inline styles written one way
 * (`a: 1; b: 2;` and `a:1;b:2` are the same; an empty style is none).
 */
export function canonicalMarkup(html: string): string[] {
  const lines: string[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode'], depth: number) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        const attrs = child.attrs
          .map((a) => ({
            name: `${a.prefix ? `${a.prefix}:` : ''}${a.name}`,
            value: a.name === 'style' ? canonicalStyle(a.value) : a.value,
          }))
          .filter((a) => !(a.name === 'style' && a.value === ''))
          .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
          .sort();
        lines.push(
          `${' '.repeat(depth)}<${child.namespaceURI}:${child.tagName} ${attrs.join(' ')}>`,
        );
        walk(child, depth + 1);
      } else if (child.nodeName === '#text' && 'value' in child) {
        lines.push(`${' '.repeat(depth)}${JSON.stringify(child.value)}`);
      }
    }
  };
  walk(parseFragment(html), 0);
  return lines;
}
