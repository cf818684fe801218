/**
 * `output: 'export'` refuses a dynamic route whose generateStaticParams returns no params
 * (vercel/next.js#61213), which a small blog hits all the time (no second page yet, no tags yet).
 * Such a route then gets one placeholder page that sends the reader to the list it belongs to.
 */
export const PLACEHOLDER = '_';

export function orPlaceholder<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}
