/**
 * Runs compiled MDX (next-mdx-remote's function-body output) the way next-mdx-remote's RSC
 * `compileMDX` does, but from code that was compiled once and kept.
 */
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import * as devRuntime from 'react/jsx-dev-runtime';
import * as prodRuntime from 'react/jsx-runtime';
import { Lru } from '../lru';

type MdxContent = (props: { components?: MDXComponents }) => ReactNode;

const runtime = process.env.NODE_ENV === 'production' ? prodRuntime : devRuntime;
// Keyed by the code itself; a page needs at most a list's worth of posts at once.
const evaluated = new Lru<string, MdxContent>(200);

/** The post's elements, rendered with `components`. MDX content is a pure function of props. */
export function renderMdx(code: string, components: MDXComponents): ReactNode {
  let content = evaluated.get(code);
  if (!content) {
    const exports = new Function(code)(runtime) as { default: MdxContent };
    content = exports.default;
    evaluated.set(code, content);
  }
  return content({ components });
}
