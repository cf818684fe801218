/**
 * What a code fence says after its language, as in Docusaurus:
 * ```` ```ts title="lib/posts.ts" {1,3-4} ````.
 */

export type CodeMeta = {
  title?: string;
  /** Highlighted lines, counted from 1. */
  lines: ReadonlySet<number>;
  /** Why the `{…}` part could not be read. */
  error?: string;
};

const TITLE_RE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;
const LINES_RE = /\{([^}]*)\}/;
const RANGE_RE = /^(\d+)(?:-(\d+))?$/;

const cache = new Map<string, CodeMeta>();

function readLines(spec: string): { lines: Set<number>; error?: string } {
  const lines = new Set<number>();
  for (const part of spec.split(',')) {
    const range = RANGE_RE.exec(part.trim());
    const none = new Set<number>();
    if (!range?.[1]) {
      return { lines: none, error: `"{${spec}}" must list lines and ranges, such as {1,3-4}` };
    }
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (from < 1) return { lines: none, error: `"{${spec}}": lines are counted from 1` };
    if (to < from)
      return { lines: none, error: `"{${spec}}": the range ${from}-${to} runs backwards` };
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return { lines };
}

export function parseCodeMeta(meta: string): CodeMeta {
  const cached = cache.get(meta);
  if (cached) return cached;
  const title = TITLE_RE.exec(meta);
  const rest = title ? meta.replace(title[0], ' ') : meta;
  const spec = LINES_RE.exec(rest)?.[1];
  const parsed: CodeMeta = {
    ...(spec === undefined ? { lines: new Set<number>() } : readLines(spec)),
    ...(title ? { title: (title[1] ?? title[2] ?? '').trim() } : {}),
  };
  cache.set(meta, parsed);
  return parsed;
}
