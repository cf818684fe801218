import type { MDXComponents } from 'mdx/types';
import { Fragment, createElement } from 'react';
import type { ReactNode } from 'react';
import { Admonition } from '@/components/docusaurus/admonition';
import { Details } from '@/components/docusaurus/details';
import { Head } from '@/components/docusaurus/head';
import { Gallery } from '@/components/gallery/gallery';
import { LightboxImage, PlainImage } from '@/components/gallery/lightbox-image';
import { PullRequestTable } from '@/components/pr-table/pull-request-table';
import type { GalleryImage, LightboxImageProps } from '@/lib/compile/component-props';
import { LAZY_REST_PROP } from '@/lib/compile/plugins/recma-lazy-rest';
import { contentMessages } from '@/lib/i18n/content-messages';
import { CopyButton } from './copy-button';
import { pageLocale } from '@/lib/render/site';

type RestProps = { children?: ReactNode } & {
  [LAZY_REST_PROP]?: () => ReactNode;
};

/**
 * What follows the truncate marker: a function (lib/compile/plugins/recma-lazy-rest.ts), whose
 * elements are given to React as written, like any element's children, not as a keyless list.
 */
function Rest({ children, [LAZY_REST_PROP]: lazy }: RestProps) {
  const rest = lazy ? lazy() : children;
  return Array.isArray(rest) ? createElement(Fragment, null, ...(rest as ReactNode[])) : rest;
}

function CodeCopyButton() {
  return <CopyButton labels={contentMessages(pageLocale()).code} />;
}

/**
 * Components available to every post on its own page. `Gallery` and `PullRequestTable` are
 * written by authors; the compile step checks their props and also makes `Gallery`,
 * `LightboxImage` and `CopyButton` from Markdown.
 */
export const pageComponents: MDXComponents = {
  TruncateRest: Rest,
  Gallery,
  LightboxImage,
  PullRequestTable,
  CopyButton: CodeCopyButton,
  // What Docusaurus's MDXComponents gives every post without an import.
  Admonition,
  Details,
  Head,
};

/** The same in lists: everything after the truncate marker is left out; images do not zoom. */
export const excerptComponents: MDXComponents = {
  ...pageComponents,
  TruncateRest: () => null,
  // A list shows many posts: none of their images jumps the queue.
  LightboxImage: (props: LightboxImageProps) => <PlainImage {...props} priority={false} />,
  Gallery: ({ images }: { images: GalleryImage[] }) => <Gallery images={images} lightbox={false} />,
};
