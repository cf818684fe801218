/**
 * What Docusaurus 3 accepts that Markdown or MDX itself reads otherwise: the legacy admonition
 * title `:::note Title` (today `:::note[Title]`), and in MDX (its `mdx1Compat` defaults) HTML
 * comments (`<!-- truncate -->`) as MDX comments and `## Title {#id}` heading ids escaped so that
 * MDX reads them as text. Code is left alone; line numbers do not change.
 */

const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING_ID_RE = /^(\s{0,3}#{1,6}\s.*?)\{(#[^\s}]+\}\s*)$/;

/** `:::note Some title` → `:::note[Some title]` (not when a `[label]` or `{attributes}` follows). */
const LEGACY_TITLE_RE = /^(\s{0,3}:{3,}[A-Za-z][\w-]*)[ \t]+([^\s[{].*?)[ \t]*$/;

function legacyTitles(chunk: string): string {
  return chunk
    .split('\n')
    .map((line) => line.replace(LEGACY_TITLE_RE, '$1[$2]'))
    .join('\n');
}

function convertProse(chunk: string): string {
  return legacyTitles(chunk)
    .replace(
      /(`+)[\s\S]*?\1|<!--([\s\S]*?)-->/g,
      (match, ticks: string | undefined, comment: string) =>
        ticks ? match : `{/*${comment.replaceAll('*/', '*\\/')}*/}`,
    )
    .split('\n')
    .map((line) => line.replace(HEADING_ID_RE, '$1\\{$2'))
    .join('\n');
}

/** The source as Docusaurus would read it, for `format` (see above). */
export function preprocessSource(source: string, format: 'md' | 'mdx'): string {
  return eachProse(source, format === 'mdx' ? convertProse : legacyTitles);
}

function eachProse(source: string, convert: (chunk: string) => string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (prose.length > 0) out.push(convert(prose.join('\n')));
    prose = [];
  };
  for (const line of source.split('\n')) {
    const marker = FENCE_RE.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) {
      flush();
      out.push(line);
      fence = marker;
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}
