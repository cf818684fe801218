'use client';

import type { ReactNode } from 'react';
import { createContext, use, useMemo, useState } from 'react';

export type SortOrder = 'ascending' | 'descending' | 'none';

type PrTableState = {
  /** Categories whose chips are pressed; none pressed shows every row. */
  selected: ReadonlySet<string>;
  toggle: (category: string) => void;
  sort: SortOrder;
  flipSort: () => void;
};

const PrTableContext = createContext<PrTableState | null>(null);

/** What the table's controls share: the pressed category chips and the sort order. */
export function PrTableProvider({
  initialSort,
  children,
}: {
  initialSort: SortOrder;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [sort, setSort] = useState(initialSort);
  const state = useMemo<PrTableState>(
    () => ({
      selected,
      sort,
      toggle: (category) =>
        setSelected((current) => {
          const next = new Set(current);
          if (!next.delete(category)) next.add(category);
          return next;
        }),
      flipSort: () => setSort((current) => (current === 'ascending' ? 'descending' : 'ascending')),
    }),
    [selected, sort],
  );
  return <PrTableContext value={state}>{children}</PrTableContext>;
}

export function usePrTable(): PrTableState {
  const state = use(PrTableContext);
  if (!state) throw new Error('PR table controls must be inside <PrTableProvider>');
  return state;
}

export function isShown(selected: ReadonlySet<string>, category: string): boolean {
  return selected.size === 0 || selected.has(category);
}
