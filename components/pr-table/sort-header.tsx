'use client';

import type { SortOrder } from './pr-table-state';
import { usePrTable } from './pr-table-state';

const ARROWS: Record<SortOrder, string> = {
  ascending: 'M4 10l4-4 4 4',
  descending: 'M4 6l4 4 4-4',
  none: 'M5 6l3-3 3 3M5 10l3 3 3-3',
};

/** The PR column's header: without JavaScript its label, with it a button that flips the order. */
export function SortHeader({ label, sortLabel }: { label: string; sortLabel: string }) {
  const { sort, flipSort } = usePrTable();
  return (
    <th scope="col" aria-sort={sort}>
      <span className="no-js-only">{label}</span>
      <button type="button" className="pr-sort js-only" aria-label={sortLabel} onClick={flipSort}>
        {label}
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d={ARROWS[sort]} />
        </svg>
      </button>
    </th>
  );
}
