import type { ReactNode } from 'react';
import { Fragment } from 'react';
import type { PullRequestTableProps } from '@/lib/compile/component-props';
import { contentMessages } from '@/lib/i18n/content-messages';
import { CategoryFilter, VisibleCount } from './category-filter';
import { countCategories } from './count-categories';
import { PrRows } from './pr-rows';
import { PrTableProvider } from './pr-table-state';
import { SortHeader } from './sort-header';
import { pageLocale } from '@/lib/render/site';

/**
 * Pull requests to one repository, folded in a `<details>` whose summary counts them by
 * category. Open, it is a table every row of which the server renders; with JavaScript, chips
 * filter it by category and the PR column sorts it by number.
 */
export function PullRequestTable({ repo, rows }: PullRequestTableProps) {
  const messages = contentMessages(pageLocale()).pullRequests;
  const categories = countCategories(rows);
  const summary = messages.summary(
    rows.length,
    categories.map(({ name, count }) => messages.count(name, count)).join(', '),
  );
  const ascending = rows.every((row, index) => {
    const previous = rows[index - 1];
    return previous === undefined || previous.number < row.number;
  });
  // Each row's cells after its running number, which PrRows writes (it counts the rows shown).
  const cells = rows.map((row) => (
    <Fragment key={row.number}>
      <td>
        <a
          href={`https://github.com/${repo}/pull/${row.number}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          #{row.number}
        </a>
      </td>
      <td>
        {row.title}{' '}
        {/* Phones have no room for the category column: the category follows the title. */}
        <span className="pr-category pr-category-inline">{row.category}</span>
      </td>
      <td className="pr-category-cell">
        <span className="pr-category">{row.category}</span>
      </td>
    </Fragment>
  ));
  const columns = (pr: ReactNode) => (
    <thead>
      <tr>
        <th scope="col" className="pr-index">
          {messages.columns.index}
        </th>
        {pr}
        <th scope="col">{messages.columns.title}</th>
        <th scope="col" className="pr-category-cell">
          {messages.columns.category}
        </th>
      </tr>
    </thead>
  );
  return (
    <details className="pr-table">
      <summary>{summary}</summary>
      <PrTableProvider initialSort={ascending ? 'ascending' : 'none'}>
        <div className="pr-table-controls not-prose js-only">
          <CategoryFilter label={messages.filter} categories={categories} />
          <VisibleCount template={messages.showing} total={rows.length} categories={categories} />
        </div>
        <div className="pr-table-scroll">
          <table className="pr-rows">
            {columns(<SortHeader label={messages.columns.pr} sortLabel={messages.sortByNumber} />)}
            <PrRows rows={rows.map(({ number, category }) => ({ number, category }))}>
              {cells}
            </PrRows>
          </table>
        </div>
      </PrTableProvider>
    </details>
  );
}
