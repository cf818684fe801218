/**
 * Mermaid's errors, made into one line of text and a position in the diagram as written.
 * Mermaid has two kinds of parser: Jison (flowchart, sequence, class, …) whose errors say
 * `Parse error on line 3:` and carry a `hash` with the location, and Langium (pie, gitGraph,
 * packet, …) whose errors say `Parse error on line 3, column 10: …`.
 */
import { sourcePosition } from './source-lines';

/** What the page reports when mermaid throws (plain data, it crosses from the browser). */
export type ThrownByMermaid = {
  name: string;
  message: string;
  /** Jison's details: `line` is 0-based, `loc.first_line` 1-based. */
  hash?: { line?: number; loc?: { first_line?: number } };
};

export type DiagramError = { message: string; line?: number; column?: number };

const MAX_NEAR = 24;

function jisonError(text: string): { message: string; line?: number } | undefined {
  const lexical = /^Lexical error on line (\d+)\.\s*([^\n]*)\n([^\n]*)\n(-*)\^/.exec(text);
  if (lexical) {
    const [, line, reason = '', excerpt = '', dashes = ''] = lexical;
    const near = excerpt.slice(dashes.length).trim().slice(0, MAX_NEAR);
    const what = reason.replace(/\.$/, '').toLowerCase() || 'unrecognized text';
    return { message: `lexical error: ${what}${near ? ` at '${near}'` : ''}`, line: Number(line) };
  }
  const parse = /^Parse error on line (\d+):\n[^\n]*\n-*\^\n([^\n]*)/.exec(text);
  if (parse) {
    const [, line, expecting = ''] = parse;
    return { message: `parse error: ${expecting}`.trim(), line: Number(line) };
  }
  return undefined;
}

function langiumError(text: string): DiagramError | undefined {
  const match = /(Lexer|Parse) error on line (\d+), column (\d+): ([^\n]*)/.exec(text);
  if (!match) return undefined;
  const [, kind = 'Parse', line, column, reason = ''] = match;
  return {
    message: `${kind.toLowerCase()} error: ${reason.trim()}`,
    line: Number(line),
    column: Number(column),
  };
}

/**
 * Turns what mermaid threw for `code` into a message (without a `mermaid:` prefix; the caller
 * adds the file and line) and a 1-based line (and column when mermaid gives one) in `code`.
 */
export function describeMermaidError(code: string, thrown: ThrownByMermaid): DiagramError {
  const text = thrown.message.replace(/\r\n?/g, '\n');
  let found: DiagramError | undefined;
  if (thrown.name === 'UnknownDiagramError' || text.startsWith('No diagram type detected')) {
    found = {
      message:
        code.trim() === ''
          ? 'the diagram is empty'
          : 'unknown diagram type (the first line names it: flowchart, sequenceDiagram, classDiagram, …)',
      // The first line mermaid parses, where the type is named.
      line: 1,
    };
  } else {
    found = langiumError(text) ?? jisonError(text);
    // Jison's location of the last token read is closer to the mistake than its line count.
    const locLine = thrown.hash?.loc?.first_line;
    if (found && locLine !== undefined && locLine > 0) found = { ...found, line: locLine };
    if (found && found.line === undefined && thrown.hash?.line !== undefined) {
      found = { ...found, line: thrown.hash.line + 1 };
    }
  }
  if (!found) {
    const first = text.split('\n').find((line) => line.trim() !== '') ?? 'could not render';
    return { message: first.trim() };
  }
  if (found.line === undefined) return found;
  const position = sourcePosition(code, found.line, found.column);
  return { message: found.message, ...position };
}
