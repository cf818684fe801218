import type { ChangeEvent, RefObject } from 'react';
import type { SearchLabels } from './use-search';

/**
 * The search page's form: the box where the reader starts. Without JavaScript (`webSearch`), a
 * GET form to a web search of this site, since the site's own search runs in the browser; with
 * it, the search code answers as the reader types.
 */
export function SearchForm({
  id,
  labels,
  searchUrl,
  webSearch,
  value,
  input,
  onChange,
}: {
  id: string;
  labels: Pick<SearchLabels, 'label' | 'placeholder'>;
  searchUrl: string;
  /** Without JavaScript: a web search engine's address and the site to search on it. */
  webSearch?: { action: string; site: string };
  /** Controlled once the search code runs; left to the browser before. */
  value?: string;
  input?: RefObject<HTMLInputElement | null>;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <form
      role="search"
      action={webSearch?.action ?? searchUrl}
      method="get"
      onSubmit={onChange ? (event) => event.preventDefault() : undefined}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        name="q"
        value={value}
        placeholder={labels.placeholder}
        autoComplete="off"
        enterKeyHint="search"
        className="h-12 w-full rounded-lg border border-gray-300 bg-white px-4 text-base text-gray-900 placeholder:text-gray-600 focus:border-accent-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400"
        onChange={onChange}
      />
      {webSearch ? <input type="hidden" name="as_sitesearch" value={webSearch.site} /> : null}
    </form>
  );
}
