/**
 * Docusaurus's magic comments in code blocks: a line that is only `// highlight-next-line`
 * highlights the line after it, `// highlight-start` … `// highlight-end` the lines between, and
 * the comments themselves are left out of the block. The comment is written the way the block's
 * language writes comments (`#` in Bash or Python, `<!-- -->` in HTML, a braced block comment in
 * JSX, …); a block without a language has none, and a fence that names its lines (`{1,3-4}`)
 * keeps its comments as text, as in Docusaurus (theme-common's codeBlockUtils).
 */

import { parseCodeMeta } from './code-meta';

const LINE = 'highlight-next-line';
const START = 'highlight-start';
const END = 'highlight-end';

/** Comment syntaxes, as regular expressions for what opens and closes one. */
const COMMENTS = {
  js: ['\\/\\/', ''],
  jsBlock: ['\\/\\*', '\\*\\/'],
  jsx: ['\\{\\s*\\/\\*', '\\*\\/\\s*\\}'],
  bash: ['#', ''],
  html: ['<!--', '-->'],
  lua: ['--', ''],
  wasm: ['\\;\\;', ''],
  tex: ['%', ''],
  vb: ["['‘’]", ''],
  vbnet: ["(?:_\\s*)?['‘’]", ''],
  rem: ['[Rr][Ee][Mm]\\b', ''],
  f90: ['!', ''],
  ml: ['\\(\\*', '\\*\\)'],
  cobol: ['\\*>', ''],
} as const;
type Syntax = keyof typeof COMMENTS;

const POPULAR: Syntax[] = ['js', 'jsBlock', 'jsx', 'bash', 'html'];

/** The comment syntaxes of a language, as Docusaurus names languages; others: the popular ones. */
const BY_LANGUAGE: Record<string, Syntax[]> = {
  js: ['js', 'jsBlock'],
  javascript: ['js', 'jsBlock'],
  ts: ['js', 'jsBlock'],
  typescript: ['js', 'jsBlock'],
  jsx: ['js', 'jsBlock', 'jsx'],
  tsx: ['js', 'jsBlock', 'jsx'],
  html: ['js', 'jsBlock', 'html'],
  python: ['bash'],
  py: ['bash'],
  bash: ['bash'],
  markdown: ['html', 'jsx', 'bash'],
  md: ['html', 'jsx', 'bash'],
  tex: ['tex'],
  latex: ['tex'],
  matlab: ['tex'],
  lua: ['lua'],
  haskell: ['lua'],
  sql: ['lua', 'jsBlock'],
  wasm: ['wasm'],
  vb: ['vb', 'rem'],
  vba: ['vb', 'rem'],
  'visual-basic': ['vb', 'rem'],
  vbnet: ['vbnet', 'rem'],
  batch: ['rem'],
  basic: ['rem', 'f90'],
  fsharp: ['js', 'ml'],
  ocaml: ['ml'],
  sml: ['ml'],
  fortran: ['f90'],
  cobol: ['cobol'],
};

const patterns = new Map<string, RegExp>();

/** A line that is only a directive, in one of the language's comment syntaxes. */
function directivePattern(language: string): RegExp {
  const syntaxes = Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language]! : POPULAR;
  const key = syntaxes.join(',');
  let pattern = patterns.get(key);
  if (!pattern) {
    const alternatives = syntaxes.map((syntax) => {
      const [open, close] = COMMENTS[syntax];
      return `(?:${open}\\s*(${LINE}|${START}|${END})\\s*${close})`;
    });
    pattern = new RegExp(`^\\s*(?:${alternatives.join('|')})\\s*$`);
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * The block's code without its magic comments, and the lines they highlight (counted from 1 in
 * that code); undefined when it has none. A `highlight-start` never ended highlights nothing.
 */
export function readMagicComments(
  code: string,
  language: string | undefined,
): { code: string; lines: number[] } | undefined {
  if (!language || !code.includes('highlight-')) return undefined;
  const pattern = directivePattern(language.toLowerCase());
  const kept: string[] = [];
  const highlighted = new Set<number>();
  // As in Docusaurus, an end without a start closes a block opened at the first line.
  let start = 0;
  let found = false;
  for (const line of code.split(/\r?\n/)) {
    const match = pattern.exec(line);
    const directive = match?.slice(1).find((group) => group !== undefined);
    if (directive === undefined) {
      kept.push(line);
      continue;
    }
    found = true;
    // `kept.length` is the line that comes next, counted from 0.
    if (directive === LINE) highlighted.add(kept.length + 1);
    else if (directive === START) start = kept.length;
    else for (let next = start; next < kept.length; next++) highlighted.add(next + 1);
  }
  if (!found) return undefined;
  const lines = [...highlighted].filter((line) => line <= kept.length).sort((a, b) => a - b);
  return { code: kept.join('\n'), lines };
}

/**
 * A code block's code and meta string once its magic comments are read: the comments left out,
 * the lines they highlight written into the meta as `{…}`, which the highlighter reads (as the
 * lines a fence names). Unchanged when the meta already names lines (readable or not).
 */
export function applyMagicComments(
  code: string,
  language: string | undefined,
  meta: string,
): { code: string; meta: string } {
  const named = parseCodeMeta(meta);
  const magic = named.lines.size > 0 || named.error ? undefined : readMagicComments(code, language);
  if (!magic) return { code, meta };
  const lines = magic.lines.length > 0 ? ` {${magic.lines.join(',')}}` : '';
  return { code: magic.code, meta: `${meta}${lines}` };
}
