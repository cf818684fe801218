// The table's interactive parts, one chunk loaded by islands.tsx on a page with a table.
export { CategoryFilter, VisibleCount } from './category-filter';
export { PrRows } from './pr-rows';
export { PrTableProvider } from './pr-table-state';
export { SortHeader } from './sort-header';
