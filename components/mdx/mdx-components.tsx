import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { contentMessages } from '@/lib/mdx/messages';
import { site } from '@/lib/site';
import { CopyButton } from './copy-button';

function Rest({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

function CodeCopyButton() {
  return <CopyButton labels={contentMessages(site.locale).code} />;
}

/** Components available to every post on its own page; the compile step makes `CopyButton`. */
export const pageComponents: MDXComponents = { TruncateRest: Rest, CopyButton: CodeCopyButton };

/** The same in lists: everything after the truncate marker is left out. */
export const excerptComponents: MDXComponents = { ...pageComponents, TruncateRest: () => null };
