/**
 * The one rule for internal links, shared by the two places that check them: `npm run check`
 * (links in compiled posts, against the route table and `public/`) and the broken-site check
 * (links in the exported pages, against the export). Both describe what exists at a site path;
 * this decides what is wrong with a link to it.
 */

/** A page (with the ids on it, when known) or a file at a site path. */
export type LinkTarget = { kind: 'page' | 'file'; ids: ReadonlySet<string> | undefined };

export type LinkTargets = (sitePath: string) => LinkTarget | undefined;

export type LinkProblem =
  { kind: 'missing' } | { kind: 'no-id'; fragment: string; target: LinkTarget };

export { decodeUrlPart } from '../urls/site-urls';

/**
 * What is wrong with a link to `sitePath#fragment` (both decoded, see decodeUrlPart), if
 * anything: nothing there, or a page without an element of that id.
 */
export function linkProblem(
  targets: LinkTargets,
  sitePath: string,
  fragment: string,
): LinkProblem | undefined {
  const target = targets(sitePath);
  if (!target) return { kind: 'missing' };
  if (
    fragment === '' ||
    fragment.toLowerCase() === 'top' ||
    !target.ids ||
    target.ids.has(fragment)
  )
    return undefined;
  return { kind: 'no-id', fragment, target };
}
