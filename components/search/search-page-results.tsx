'use client';

import { useEffect } from 'react';
import { SearchResultLink } from './search-result';
import type { SearchIslandProps } from './use-search';
import { statusMessage, useSearch } from './use-search';

/**
 * The search page's status and results, with the search code (loaded on the search page only,
 * with search-page.tsx).
 */
export default function SearchPageResults({
  labels,
  index,
  query,
}: SearchIslandProps & { query: string }) {
  const { status, results, search } = useSearch(index, 50);

  useEffect(() => {
    void search(query);
  }, [query, search]);

  const statusText = statusMessage(labels, { status, query, count: results.length }, labels.prompt);
  return (
    <>
      <p role="status" className="js-only text-sm text-gray-600 dark:text-gray-400">
        {statusText}
      </p>
      {results.length > 0 ? (
        <ol className="space-y-2">
          {results.map((result) => (
            <li key={result.url}>
              <SearchResultLink
                result={result}
                showUrl
                className="-mx-3 rounded-lg px-3 py-3 hover:bg-gray-100 focus:bg-gray-100 dark:hover:bg-gray-900 dark:focus:bg-gray-900"
              />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
