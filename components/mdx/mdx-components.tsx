import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';

function Rest({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/** Components available to every post on its own page. */
export const pageComponents: MDXComponents = { TruncateRest: Rest };

/** The same in lists: everything after the truncate marker is left out. */
export const excerptComponents: MDXComponents = { ...pageComponents, TruncateRest: () => null };
