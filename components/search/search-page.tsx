'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { SearchResultLink } from './search-result';
import type { SearchIslandProps } from './use-search';
import { statusMessage, useSearch } from './use-search';

/**
 * The search page's form and results. The query comes from `?q=` (the navbar's form sends it)
 * and is kept there while typing, so a search can be shared. Without JavaScript the form is
 * still there and the page says what to do instead.
 */
export function SearchPage({ labels, searchUrl, index }: SearchIslandProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const { status, results, search } = useSearch(index, 50);

  const update = useCallback(
    (value: string) => {
      setQuery(value);
      const url = new URL(window.location.href);
      if (value === '') url.searchParams.delete('q');
      else url.searchParams.set('q', value);
      window.history.replaceState(window.history.state, '', url);
      void search(value);
    },
    [search],
  );

  useEffect(() => {
    // What the reader typed before this script ran (the box has focus from the HTML), else
    // the query in the URL, which only the browser knows in a static export.
    const initial =
      input.current?.value || new URLSearchParams(window.location.search).get('q') || '';
    if (initial !== '') update(initial);
  }, [update]);

  const statusText = statusMessage(labels, { status, query, count: results.length }, labels.prompt);

  return (
    <div className="space-y-6">
      <form
        role="search"
        action={searchUrl}
        method="get"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor={`${id}-input`} className="sr-only">
          {labels.label}
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          name="q"
          value={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          // The page exists to search: the box is where the reader starts.
          autoFocus
          className="h-12 w-full rounded-lg border border-gray-300 bg-white px-4 text-base text-gray-900 placeholder:text-gray-600 focus:border-accent-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400"
          onChange={(event) => update(event.target.value)}
        />
      </form>
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
    </div>
  );
}
