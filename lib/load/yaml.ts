import { YAMLParseError, parse } from 'yaml';
import type { Problem } from '../problems';

/**
 * YAML with the 1.2 core schema: timestamps stay strings (dates are parsed by us, in the site's
 * time zone, not by the YAML library in UTC) and duplicate keys are errors.
 */
export function parseYamlStrict(source: string): unknown {
  return parse(source, { schema: 'core', uniqueKeys: true });
}

/** A YAML syntax error as a problem in `file`, shifted by `lineOffset` lines (front matter). */
export function yamlProblem(error: unknown, file: string, lineOffset = 0): Problem | undefined {
  if (!(error instanceof YAMLParseError)) return undefined;
  const position = error.linePos?.[0];
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return {
    file,
    line: position ? position.line + lineOffset : undefined,
    column: position?.col,
    message: `invalid YAML: ${reason}`,
  };
}

/** The 1-based line of a top-level `key:` in YAML source. */
export function lineOfKey(source: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^["']?${escaped}["']?\\s*:`);
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}
