import type { DetailsHTMLAttributes, ReactElement, ReactNode } from 'react';
import { Children, isValidElement } from 'react';
import { contentMessages } from '@/lib/i18n/content-messages';
import { pageLocale } from '@/lib/render/site';

export type DetailsProps = Omit<DetailsHTMLAttributes<HTMLElement>, 'summary'> & {
  /** A `<summary>` element (what Docusaurus passes) or its content. */
  summary?: ReactNode;
};

function isSummary(node: ReactNode): node is ReactElement {
  return isValidElement(node) && node.type === 'summary';
}

/**
 * Docusaurus's `<Details summary={…}>`: a `<details>` styled as every details in a post is.
 * The summary is the `summary` prop, else a `<summary>` among the children, else a default
 * in the site's language.
 */
export function Details({ summary, children, ...props }: DetailsProps) {
  const items = Children.toArray(children);
  const child = summary === undefined || summary === null ? items.find(isSummary) : undefined;
  const content = child === undefined ? items : items.filter((item) => item !== child);
  const head =
    summary === undefined || summary === null ? (
      (child ?? <summary>{contentMessages(pageLocale()).details}</summary>)
    ) : isSummary(summary) ? (
      summary
    ) : (
      <summary>{summary}</summary>
    );
  return (
    <details {...props}>
      {head}
      {content}
    </details>
  );
}
