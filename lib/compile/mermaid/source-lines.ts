/**
 * Mermaid parses a cleaned copy of a diagram: YAML frontmatter, `%%{init: …}%%` directives,
 * `%%` comment lines and leading blank lines removed (mermaid's `preprocessDiagram`). Its parse
 * errors count lines in that copy, so this file repeats the same removals while remembering
 * where each kept character came from, and maps a position back to the diagram as written.
 */

/** The code as mermaid parses it, and for each of its characters the index in the original. */
type Tracked = { text: string; origin: number[] };

function removeRanges(tracked: Tracked, ranges: readonly [number, number][]): Tracked {
  if (ranges.length === 0) return tracked;
  let text = '';
  const origin: number[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    text += tracked.text.slice(from, start);
    origin.push(...tracked.origin.slice(from, start));
    from = end;
  }
  text += tracked.text.slice(from);
  origin.push(...tracked.origin.slice(from));
  return { text, origin };
}

function removeMatches(tracked: Tracked, pattern: RegExp): Tracked {
  const ranges: [number, number][] = [];
  for (const match of tracked.text.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length]);
  }
  return removeRanges(tracked, ranges);
}

const isLineBreak = (char: string | undefined) => char === '\n' || char === '\r';
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** Length of the frontmatter block at the start of `text` (mermaid's `matchFrontMatter`). */
export function frontmatterLength(text: string): number {
  let cursor = 0;
  while (cursor < text.length && isSpace(text[cursor]) && !isLineBreak(text[cursor])) cursor++;
  const indent = text.slice(0, cursor);
  if (!text.startsWith('---', cursor)) return 0;
  const openingEnds: number[] = [];
  for (let i = cursor + 3; i < text.length && isSpace(text[i]); i++) {
    if (isLineBreak(text[i])) openingEnds.push(i);
  }
  const firstOpeningEnd = openingEnds[0];
  if (firstOpeningEnd === undefined) return 0;
  const fence = `${indent}---`;
  const lastBreakInSpaces = (from: number) => {
    let index = -1;
    for (let i = from; i < text.length && isSpace(text[i]); i++)
      if (isLineBreak(text[i])) index = i;
    return index;
  };
  const closingEnd = (i: number) =>
    isLineBreak(text[i]) && text.startsWith(fence, i + 1)
      ? lastBreakInSpaces(i + 1 + fence.length)
      : -1;
  let lastClosingFence = -1;
  for (let i = firstOpeningEnd + 1; i < text.length; i++) {
    if (closingEnd(i) !== -1) lastClosingFence = i;
  }
  if (lastClosingFence === -1) return 0;
  let openingEnd = firstOpeningEnd;
  for (const candidate of openingEnds) if (candidate < lastClosingFence) openingEnd = candidate;
  for (let i = openingEnd + 1; i <= lastClosingFence; i++) {
    const end = closingEnd(i);
    if (end !== -1) return end + 1;
  }
  return 0;
}

/** Mermaid's own patterns (src/diagram-api/regexes.ts and comments.ts). */
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

function cleaned(code: string): Tracked {
  // Line breaks become `\n` first; every later step works on that text.
  const normalized = code.replace(/\r\n?/g, '\n');
  let tracked: Tracked = {
    text: normalized,
    origin: Array.from({ length: normalized.length }, (_, i) => i),
  };
  tracked = removeRanges(tracked, [[0, frontmatterLength(normalized)]]);
  tracked = removeMatches(tracked, DIRECTIVE);
  tracked = removeMatches(tracked, COMMENT_LINE);
  const leading = tracked.text.length - tracked.text.trimStart().length;
  return removeRanges(tracked, [[0, leading]]);
}

export type SourcePosition = { line: number; column?: number };

/**
 * Maps a 1-based line (and optional 1-based column) in the code mermaid parsed back to the code
 * as written. Lines past the end (a parser that fails at end of input) map to the last line.
 */
export function sourcePosition(
  code: string,
  parsedLine: number,
  parsedColumn?: number,
): SourcePosition {
  const normalized = code.replace(/\r\n?/g, '\n');
  const lineCount = normalized.replace(/\n$/, '').split('\n').length;
  const { text, origin } = cleaned(code);
  const lineOf = (index: number) => {
    let line = 1;
    for (let i = 0; i < index; i++) if (normalized[i] === '\n') line++;
    return line;
  };
  // Where the parsed line starts in the cleaned text.
  let start = 0;
  for (let line = 1; line < parsedLine; line++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const lineEnd = text.indexOf('\n', start);
  const last = Math.min(lineEnd === -1 ? text.length - 1 : lineEnd, text.length - 1);
  const at = Math.min(start + Math.max((parsedColumn ?? 1) - 1, 0), last);
  const sourceIndex = origin[at];
  if (sourceIndex === undefined) return { line: Math.min(parsedLine, lineCount) };
  const line = Math.min(lineOf(sourceIndex), lineCount);
  if (parsedColumn === undefined) return { line };
  const lineStart = normalized.lastIndexOf('\n', sourceIndex - 1) + 1;
  return { line, column: sourceIndex - lineStart + 1 };
}
