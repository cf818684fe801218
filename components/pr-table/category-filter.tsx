'use client';

import type { CategoryCount } from './count-categories';
import { isShown, usePrTable } from './pr-table-state';

/** One toggle chip per category; pressed chips narrow the rows to their categories. */
export function CategoryFilter({
  label,
  categories,
}: {
  label: string;
  categories: CategoryCount[];
}) {
  const { selected, toggle } = usePrTable();
  return (
    <div role="group" aria-label={label} className="pr-chips">
      {categories.map(({ name, count }) => (
        <button
          key={name}
          type="button"
          className="pr-chip"
          aria-pressed={selected.has(name)}
          onClick={() => toggle(name)}
        >
          {name} <span className="pr-chip-count">{count}</span>
        </button>
      ))}
    </div>
  );
}

/** "20개 중 7개 표시", announced as the chips change it. */
export function VisibleCount({
  template,
  total,
  categories,
}: {
  /** With `{visible}` and `{total}` to fill in. */
  template: string;
  total: number;
  categories: CategoryCount[];
}) {
  const { selected } = usePrTable();
  const visible = categories
    .filter(({ name }) => isShown(selected, name))
    .reduce((sum, { count }) => sum + count, 0);
  return (
    <p role="status" className="pr-count">
      {template.replace('{visible}', String(visible)).replace('{total}', String(total))}
    </p>
  );
}
