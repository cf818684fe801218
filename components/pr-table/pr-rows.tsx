'use client';

import type { ReactNode } from 'react';
import { Children } from 'react';
import { isShown, usePrTable } from './pr-table-state';

/**
 * The table's body: the server renders every row's cells (children, in `rows` order); this shows
 * the rows of the pressed categories, in the chosen order, numbered as shown (no gaps).
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
  return (
    <tbody>
      {shown.map(({ child, number }, position) => (
        <tr key={number}>
          <td className="pr-index">{position + 1}</td>
          {child}
        </tr>
      ))}
    </tbody>
  );
}
