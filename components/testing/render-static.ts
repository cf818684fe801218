/** Test helper: a React tree as the static HTML of a page (what `next build` prerenders). */
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';

/**
 * The tree's HTML once everything in it has loaded (islands loaded on demand too), without the
 * markers React adds for hydration (text separators, Suspense boundaries), so that it reads
 * as `renderToStaticMarkup`'s would.
 */
export async function renderStatic(node: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(node);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/<!--(?:\$|\/\$| )-->/g, '');
}
