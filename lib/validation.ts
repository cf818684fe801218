/**
 * zod's issues as field problems: `"date" must be a date (got "2024-13-01")`. Used by every
 * schema of the engine (front matter, authors, tags, data files, the site config).
 */
import type { z } from 'zod';

export type FieldProblem = { field: string; message: string };

function preview(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : JSON.stringify(value.toISOString());
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `authors[1].name` from `['authors', 1, 'name']`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Turns zod's issues into `"date" must be a date (got "2024-13-01")`-style problems; an issue
 * with the whole value reads `must map tag keys to … (got [...])`.
 */
export function describeIssues(error: z.ZodError, data: unknown): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    const got = valueAt(data, issue.path);
    const suffix = got === undefined ? '' : ` (got ${preview(got)})`;
    // An issue with the whole value (an authors.yml that is a list) has no field to name.
    const subject = field === '' ? '' : `"${field}" `;
    return { field, message: `${subject}${issue.message}${suffix}` };
  });
}
