/**
 * The rows of a `<PullRequestTable>`, written as props or in a data file next to the post
 * (YAML or JSON: `repo: owner/name` and `rows: [{ number, title, category }]`).
 */
import { isNode } from 'yaml';
import { z } from 'zod';
import { describeIssues } from '../validation';
import type { Problem } from '../problems';
import { parseYamlDocument, yamlProblem } from '../load/yaml';
import type { PullRequestTableProps } from './component-props';

const text = () =>
  z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' });

const unknownKeys = (keys: string[], known: string) =>
  `has unknown keys ${keys.map((key) => `"${key}"`).join(', ')} (use ${known})`;

const rowSchema = z.strictObject(
  {
    number: z
      .number({ error: 'must be a PR number' })
      .int({ error: 'must be a whole number' })
      .positive({ error: 'must be a PR number' }),
    title: text(),
    category: text(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownKeys(issue.keys, '"number", "title" and "category"')
        : 'must be a row with "number", "title" and "category"',
  },
);

const rowsSchema = z
  .array(rowSchema, { error: 'must be a list of { number, title, category } rows' })
  .min(1, { error: 'must hold at least one row' })
  .superRefine((rows, ctx) => {
    const seen = new Map<number, number>();
    rows.forEach((row, index) => {
      const first = seen.get(row.number);
      if (first === undefined) seen.set(row.number, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [index, 'number'],
          message: `repeats #${row.number} of rows[${first}]`,
          input: row.number,
        });
    });
  });

export const pullRequestTableSchema = z.strictObject(
  {
    repo: z
      .string({ error: 'must be a string' })
      .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'must be a GitHub repository such as "kube-rs/kube"' }),
    rows: rowsSchema,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownKeys(issue.keys, '"repo" and "rows"')
        : 'must be a mapping with "repo" and "rows"',
  },
);

export type TableCheck =
  | { ok: true; table: PullRequestTableProps }
  | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

/** Checks a table's data; each issue reads like `"rows[3].category" must be a string (got 12)`. */
export function checkPullRequestTable(data: unknown): TableCheck {
  const parsed = pullRequestTableSchema.safeParse(data);
  if (parsed.success) return { ok: true, table: parsed.data };
  const messages = describeIssues(parsed.error, data);
  return {
    ok: false,
    issues: parsed.error.issues.map((issue, index) => ({
      path: issue.path,
      // An issue with the whole table (unknown keys) has no field to name.
      message: (issue.path.length > 0 ? messages[index]?.message : undefined) ?? issue.message,
    })),
  };
}

/** A data file's table, or its problems, each at the line of the value that is wrong. */
export function readPullRequestFile(
  source: string,
  file: string,
): { ok: true; table: PullRequestTableProps } | { ok: false; problems: Problem[] } {
  let parsed: ReturnType<typeof parseYamlDocument>;
  try {
    // The loader's strict YAML: core schema, no unknown tags, bounded aliases.
    parsed = parseYamlDocument(source);
  } catch (thrown) {
    const problem = yamlProblem(thrown, file);
    if (!problem) throw thrown;
    return { ok: false, problems: [problem] };
  }
  const { value, document, lines } = parsed;
  const checked = checkPullRequestTable(value);
  if (checked.ok) return checked;
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return {
    ok: false,
    problems: checked.issues.map((issue) => ({
      file,
      line: lineOf(issue.path),
      message: issue.message,
    })),
  };
}
