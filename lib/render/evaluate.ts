/**
 * Runs compiled MDX (MDX's function-body output, always written for the production JSX runtime
 * by lib/compile) the way next-mdx-remote's RSC `compileMDX` does, but from code that was
 * compiled once and kept.
 */
import type { MDXComponents } from 'mdx/types';
import vm from 'node:vm';
import type { ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { Lru } from '../lru';

type MdxContent = (props: { components?: MDXComponents }) => ReactNode;

// Keyed by the imports a post is given (a page's or a list's) and its code; a page needs at most
// a list's worth of posts at once.
const evaluated = new WeakMap<object, Lru<string, MdxContent>>();
const NO_IMPORTS: Readonly<Record<string, unknown>> = {};

/**
 * The post's elements, rendered with `components`; `imports` are the modules its `import`s name
 * (lib/compile/plugins/remark-imports.ts), the same for every post of a process.
 */
export function renderMdx(
  code: string,
  components: MDXComponents,
  imports: Readonly<Record<string, unknown>> = NO_IMPORTS,
): ReactNode {
  let cache = evaluated.get(imports);
  if (!cache) {
    cache = new Lru<string, MdxContent>(200);
    evaluated.set(imports, cache);
  }
  let content = cache.get(code);
  if (!content) {
    // Not `new Function`: V8 keeps every function body it compiled that way in its eval cache,
    // which no ordinary GC empties (3,000 posts of 60 KB: 185 MB kept, 3 MB with this; at
    // 10,000 posts a rendering worker grew to 1.8 GB and the build to 3.4–4.0 GB).
    const exports = vm.compileFunction(code)({ ...runtime, imports }) as { default: MdxContent };
    content = exports.default;
    cache.set(code, content);
  }
  return content({ components });
}
