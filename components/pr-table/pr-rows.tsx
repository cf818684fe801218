'use client';

import type { ReactNode } from 'react';
import { Children } from 'react';
import { isShown, usePrTable } from './pr-table-state';

/**
 * The table's body: the server renders every row (children, in `rows` order); this shows those
 * of the pressed categories, in the chosen order.
 */
export function PrRows({
  rows,
  children,
}: {
  rows: { number: number; category: string }[];
  children: ReactNode;
}) {
  const { selected, sort } = usePrTable();
  const shown = Children.toArray(children).flatMap((child, index) => {
    const row = rows[index];
    return row && isShown(selected, row.category) ? [{ child, number: row.number }] : [];
  });
  if (sort !== 'none') {
    const direction = sort === 'ascending' ? 1 : -1;
    shown.sort((a, b) => (a.number - b.number) * direction);
  }
  return <tbody>{shown.map(({ child }) => child)}</tbody>;
}
