/**
 * What Docusaurus 3 accepts in `.mdx` that MDX itself rejects (its `mdx1Compat` defaults):
 * HTML comments (`<!-- truncate -->`) become MDX comments, and `## Title {#id}` heading ids are
 * escaped so that MDX reads them as text. Code is left alone; line numbers do not change.
 */

const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING_ID_RE = /^(\s{0,3}#{1,6}\s.*?)\{(#[^\s}]+\}\s*)$/;

function convertProse(chunk: string): string {
  return chunk
    .replace(
      /(`+)[\s\S]*?\1|<!--([\s\S]*?)-->/g,
      (match, ticks: string | undefined, comment: string) =>
        ticks ? match : `{/*${comment.replaceAll('*/', '*\\/')}*/}`,
    )
    .split('\n')
    .map((line) => line.replace(HEADING_ID_RE, '$1\\{$2'))
    .join('\n');
}

export function preprocessMdx(source: string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (prose.length > 0) out.push(convertProse(prose.join('\n')));
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
