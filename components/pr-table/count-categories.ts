import type { PullRequestRow } from '@/lib/compile/component-props';

export type CategoryCount = { name: string; count: number };

/** How many rows each category has, in the order the categories first appear. */
export function countCategories(rows: readonly PullRequestRow[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}
