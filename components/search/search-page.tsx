'use client';

import { useEffect, useRef, useState } from 'react';
import { SearchForm } from './search-form';
import SearchPageResults from './search-page-results';
import type { SearchIslandProps } from './use-search';

/**
 * The search page's form and results, once the search code has arrived (search-page-island.tsx
 * shows the form until then). The query comes from what the reader typed before, or from `?q=`
 * (the navbar's form sends it), and is kept there while typing, so a search can be shared.
 */
export function SearchPage({
  id,
  initialQuery,
  labels,
  searchUrl,
  index,
}: SearchIslandProps & { id: string; initialQuery: string }) {
  const input = useRef<HTMLInputElement>(null);
  // Rendered in the browser only: the URL's query is known here.
  const [query, setQuery] = useState(
    () => initialQuery || new URLSearchParams(window.location.search).get('q') || '',
  );

  // The page exists to search: the box is where the reader starts (or goes on typing), but not
  // when it opens on the results of `?q=`, which a phone's keyboard would cover.
  useEffect(() => {
    if (initialQuery || !new URLSearchParams(window.location.search).get('q')) {
      input.current?.focus();
    }
  }, [initialQuery]);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    window.history.replaceState(window.history.state, '', url);
  }, [query]);

  return (
    <div className="space-y-6">
      <SearchForm
        id={id}
        labels={labels}
        searchUrl={searchUrl}
        value={query}
        input={input}
        onChange={(event) => setQuery(event.target.value)}
      />
      <SearchPageResults labels={labels} searchUrl={searchUrl} index={index} query={query} />
    </div>
  );
}
