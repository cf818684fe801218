import type { ChangeEvent, RefObject } from 'react';
import type { SearchLabels } from './use-search';

/**
 * The search page's form: a GET form to the search page (all there is without JavaScript), with
 * the box where the reader starts. Plain markup, the same whether the search code has arrived.
 */
export function SearchForm({
  id,
  labels,
  searchUrl,
  value,
  input,
  onChange,
}: {
  id: string;
  labels: Pick<SearchLabels, 'label' | 'placeholder'>;
  searchUrl: string;
  /** Controlled once the search code runs; left to the browser before. */
  value?: string;
  input?: RefObject<HTMLInputElement | null>;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <form
      role="search"
      action={searchUrl}
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
        // The page exists to search: the box is where the reader starts.
        autoFocus
        className="h-12 w-full rounded-lg border border-gray-300 bg-white px-4 text-base text-gray-900 placeholder:text-gray-600 focus:border-accent-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400"
        onChange={onChange}
      />
    </form>
  );
}
