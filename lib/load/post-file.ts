/**
 * A post file split into its front matter (YAML, parsed) and its body. The loader and the
 * compiler both read posts through {@link readPostFile}, so what one validates and hashes is
 * what the other compiles.
 *
 * gray-matter picks a parser from the word after the opening `---` (`---js` evaluates the block
 * as JavaScript, `---coffee` as CoffeeScript) and keeps its JavaScript and JSON engines whatever
 * `engines` says. So that nothing but YAML is ever run, that word is checked here before
 * gray-matter sees the file, and every engine but YAML is replaced by one that refuses.
 */
import matter from 'gray-matter';
import type { Problem } from '../problems';
import { readFileText } from './file-text';
import { parseYamlStrict, yamlProblem } from './yaml';

export type PostFile = {
  /** The front matter block as written, from the end of the opening `---` line. */
  matter: string;
  /** The front matter: a mapping (`{}` when there is none). */
  data: Record<string, unknown>;
  body: string;
  /** How many lines of the file come before the body. */
  bodyLine: number;
};

type Result = { ok: true; post: PostFile } | { ok: false; problem: Problem };

/** Thrown by the engines that replace gray-matter's non-YAML ones. */
class NotYamlError extends Error {}

const yamlEngine = { parse: (source: string) => parseYamlStrict(source) as object };
const refuse = {
  parse: (): object => {
    throw new NotYamlError();
  },
};
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: { yaml: yamlEngine, javascript: refuse, json: refuse, coffee: refuse },
};

/**
 * The opening line (`---`, `---js`, …), or undefined when the file does not open with front
 * matter (gray-matter's rule: `---` not followed by a fourth `-`).
 */
function openingLine(text: string): string | undefined {
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const end = text.indexOf('\n');
  return text.slice(0, end === -1 ? undefined : end).trimEnd();
}

function notYaml(file: string, opening: string): Problem {
  const shown = opening.length > 40 ? `${opening.slice(0, 37)}...` : opening;
  return { file, line: 1, message: `front matter must be YAML (got "${shown}")` };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'not a mapping';
}

/** The line where the front matter's value starts: its first line that is not blank or a comment. */
function firstValueLine(block: string): number | undefined {
  const index = block.split('\n').findIndex((line, i) => i > 0 && !/^\s*(?:#.*)?$/.test(line));
  return index === -1 ? undefined : index + 1;
}

/** A post's text (see file-text.ts) split into front matter and body. */
export function splitPost(text: string, file: string): Result {
  const opening = openingLine(text);
  if (opening !== undefined && !/^---\s*(?:ya?ml)?$/i.test(opening))
    return { ok: false, problem: notYaml(file, opening) };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, MATTER_OPTIONS);
  } catch (error) {
    if (error instanceof NotYamlError) return { ok: false, problem: notYaml(file, opening ?? '') };
    const problem = yamlProblem(error, file, 'front matter');
    if (!problem) throw error;
    return { ok: false, problem };
  }
  const data: unknown = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return {
      ok: false,
      problem: {
        file,
        line: firstValueLine(parsed.matter),
        message: `front matter must be a mapping of keys to values (got ${kindOf(data)})`,
      },
    };
  }
  const offset = text.length - parsed.content.length;
  return {
    ok: true,
    post: {
      matter: parsed.matter,
      data: data as Record<string, unknown>,
      body: parsed.content,
      bodyLine: text.slice(0, offset).split('\n').length - 1,
    },
  };
}

/** A post file read and split; an empty file, or one that is not UTF-8 text, is a problem. */
export function readPostFile(absolute: string, file: string): Result {
  const read = readFileText(absolute);
  if (!read.ok) return { ok: false, problem: { file, ...read.problem } };
  if (read.text.trim() === '')
    return { ok: false, problem: { file, message: 'the file is empty' } };
  return splitPost(read.text, file);
}
