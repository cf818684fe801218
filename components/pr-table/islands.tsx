'use client';

import { onDemand } from '@/components/islands/on-demand';

// The table's islands, their code in one chunk (table-parts.ts) loaded where a table is shown.
export const PrTableProvider = onDemand(() =>
  import('./table-parts').then((module) => module.PrTableProvider),
);
export const CategoryFilter = onDemand(() =>
  import('./table-parts').then((module) => module.CategoryFilter),
);
export const VisibleCount = onDemand(() =>
  import('./table-parts').then((module) => module.VisibleCount),
);
export const SortHeader = onDemand(() =>
  import('./table-parts').then((module) => module.SortHeader),
);
export const PrRows = onDemand(() => import('./table-parts').then((module) => module.PrRows));
