import type { ScalarTag } from 'yaml';
import { LineCounter, YAMLError as LibraryError, isAlias, parseDocument, visit } from 'yaml';
import type { Problem } from '../problems';

/** How often anchored values may be repeated through aliases (the `yaml` package's default). */
export const MAX_ALIAS_COUNT = 100;

/** Tags the core schema reads, and `!!timestamp` (below); any other tag is a problem. */
const KNOWN_TAGS = ['str', 'int', 'float', 'bool', 'null', 'seq', 'map', 'timestamp'];
const KNOWN_TAGS_TEXT = '!!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp';

/**
 * `!!timestamp 2026-02-20` is read as the text it tags, as `2026-02-20` is: dates are parsed by
 * dates.ts in the site's time zone, and an impossible one is reported, never rolled over
 * (`yaml`'s own timestamp tag reads `2026-02-30` as March 2, in UTC).
 */
const timestampAsText: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  identify: () => false,
  resolve: (text) => text,
};

/** YAML that cannot be read; `kind: 'aliases'` when its aliases would repeat too much. */
export class YamlError extends Error {
  constructor(
    readonly reason: string,
    readonly kind: 'syntax' | 'aliases',
    readonly line?: number,
    readonly column?: number,
  ) {
    super(reason);
    this.name = 'YamlError';
  }
}

/** An error of the `yaml` package; with the `source`, tag errors say which tag as written. */
function fromLibraryError(error: LibraryError, source?: string): YamlError {
  const position = error.linePos?.[0];
  let reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const tagError = error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE';
  if (tagError && source !== undefined) {
    const written = source.slice(error.pos[0], error.pos[1]);
    const name =
      /^!!(\w+)$/.exec(written)?.[1] ?? /^!<tag:yaml\.org,2002:(\w+)>$/.exec(written)?.[1];
    reason =
      name !== undefined && KNOWN_TAGS.includes(name)
        ? `the tag "${written}" does not fit its value`
        : `unknown tag "${written}" (only ${KNOWN_TAGS_TEXT} are read)`;
  }
  return new YamlError(reason, 'syntax', position?.line, position?.col);
}

/** `doc.toJS` throws a bare ReferenceError for aliases; this says what and, when known, where. */
function aliasError(
  error: ReferenceError,
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
): YamlError {
  if (error.message.startsWith('Excessive alias count'))
    return new YamlError('too many aliases', 'aliases');
  const name = /^Unresolved alias[^:]*: (.*)$/.exec(error.message)?.[1];
  if (name === undefined) return new YamlError(error.message, 'syntax');
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!isAlias(node) || node.source !== name) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  const position = offset === undefined ? undefined : lines.linePos(offset);
  return new YamlError(
    `alias "*${name}" has no anchor "&${name}" before it`,
    'syntax',
    position?.line,
    position?.col,
  );
}

/**
 * YAML with the 1.2 core schema: timestamps stay strings (dates are parsed by us, in the site's
 * time zone, not by the YAML library in UTC), duplicate keys are errors, tags other than the
 * core schema's are errors (no `!!binary`, `!!set` or custom types), and aliases may not repeat
 * anchored values more than {@link MAX_ALIAS_COUNT} times ("billion laughs"). Throws a
 * {@link YamlError}.
 */
export function parseYamlStrict(source: string): unknown {
  return parseYamlDocument(source).value;
}

/**
 * {@link parseYamlStrict}, with the parsed document and its line counter kept, to say at which
 * line a value that is read but not valid sits.
 */
export function parseYamlDocument(source: string): {
  value: unknown;
  document: ReturnType<typeof parseDocument>;
  lines: LineCounter;
} {
  const lines = new LineCounter();
  const document = parseDocument(source, {
    schema: 'core',
    uniqueKeys: true,
    resolveKnownTags: false,
    customTags: [timestampAsText],
    lineCounter: lines,
  });
  const [error] = document.errors;
  if (error) throw fromLibraryError(error, source);
  for (const warning of document.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE')
      throw fromLibraryError(warning, source);
    // As `yaml`'s own `parse` does with the warnings it does not turn into errors.
    process.emitWarning(warning);
  }
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), document, lines };
  } catch (thrown) {
    if (thrown instanceof ReferenceError) throw aliasError(thrown, document, lines);
    if (thrown instanceof RangeError) throw new YamlError(thrown.message, 'syntax');
    throw thrown;
  }
}

/**
 * A YAML error (a {@link YamlError}, or an error of the `yaml` package) as a problem in `file`;
 * with `subject` (`front matter`), as a problem of that part of the file. Undefined for other
 * errors.
 */
export function yamlProblem(thrown: unknown, file: string, subject?: string): Problem | undefined {
  const error = thrown instanceof LibraryError ? fromLibraryError(thrown) : thrown;
  if (!(error instanceof YamlError)) return undefined;
  const where = { file, line: error.line, column: error.column };
  if (error.kind === 'aliases') {
    const message = `too many YAML aliases (anchored values may be repeated at most ${MAX_ALIAS_COUNT} times)`;
    return { ...where, message: subject === undefined ? message : `${subject}: ${message}` };
  }
  const message = `invalid YAML: ${error.reason}`;
  return { ...where, message: subject === undefined ? message : `${subject} is ${message}` };
}

/** The 1-based line of a top-level `key:` in YAML source. */
export function lineOfKey(source: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^["']?${escaped}["']?\\s*:`);
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}
