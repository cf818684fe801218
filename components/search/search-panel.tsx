'use client';

import { useEffect } from 'react';
import { SearchResultLink } from './search-result';
import type { SearchIslandProps } from './use-search';
import { statusMessage, useSearch } from './use-search';

/**
 * The navbar search's results: loaded (with the search code) only when the box is first
 * focused, so pages ship just the box. Searches whenever the query changes.
 */
export default function SearchPanel({
  labels,
  searchUrl,
  index,
  query,
  open,
}: SearchIslandProps & { query: string; open: boolean }) {
  const { status, results, search } = useSearch(index, 8);
  const term = query.trim();

  useEffect(() => {
    void search(query);
  }, [query, search]);

  return (
    <>
      <p role="status" className={results.length > 0 ? 'sr-only' : 'px-3 py-2 text-sm'}>
        {statusMessage(labels, { status, query, count: results.length }, '')}
      </p>
      {open && term !== '' && results.length > 0 ? (
        <>
          <ul>
            {results.map((result) => (
              <li key={result.url}>
                <SearchResultLink
                  result={result}
                  className="rounded-md px-3 py-2 hover:bg-gray-100 focus:bg-gray-100 dark:hover:bg-gray-800 dark:focus:bg-gray-800"
                />
              </li>
            ))}
          </ul>
          <a
            href={`${searchUrl}?q=${encodeURIComponent(term)}`}
            className="mt-1 block rounded-md px-3 py-2 text-sm font-medium text-accent-700 hover:bg-gray-100 dark:text-accent-400 dark:hover:bg-gray-800"
          >
            {labels.allResults}
          </a>
        </>
      ) : null}
    </>
  );
}
