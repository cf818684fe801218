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

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value.normalize('NFC');
  }
}

/** What is wrong with a link to `sitePath#fragment` (both as written in a URL), if anything. */
export function linkProblem(
  targets: LinkTargets,
  sitePath: string,
  fragment: string,
): LinkProblem | undefined {
  const target = targets(safeDecode(sitePath));
  if (!target) return { kind: 'missing' };
  const id = safeDecode(fragment);
  if (id === '' || id.toLowerCase() === 'top' || !target.ids || target.ids.has(id))
    return undefined;
  return { kind: 'no-id', fragment: id, target };
}
