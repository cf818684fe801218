'use client';

import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { SearchResultLink } from './search-result';
import type { SearchIslandProps } from './use-search';
import { statusMessage, useSearch, useSearchShortcut } from './use-search';

function SearchIcon({ className }: { className: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

/**
 * The navbar's search: a form that goes to the search page (which is all there is without
 * JavaScript, and what Enter in the box does), and while typing, the best matches under it.
 * Arrow keys move between the results, Enter opens one, Escape closes them; Ctrl+K or ⌘K
 * focuses the box (or opens the search page where the box is hidden, on small screens).
 */
export function SearchBox({ labels, searchUrl, index }: SearchIslandProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [shortcut, setShortcut] = useState('Ctrl K');
  const { status, results, search } = useSearch(index, 8);

  useEffect(() => {
    // The platform is only known in the browser; the server renders the common case.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (/Mac|iPhone|iPad/.test(navigator.platform)) setShortcut('⌘ K');
  }, []);

  useSearchShortcut(() => {
    const box = input.current;
    if (box && box.getClientRects().length > 0) {
      box.focus();
      box.select();
    } else {
      window.location.assign(searchUrl);
    }
  });

  const links = () => [
    ...(form.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-result]') ?? []),
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const items = links();
    const index = items.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      items[Math.min(index + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) input.current?.focus();
      else items[index - 1]?.focus();
    }
  };

  const term = query.trim();
  const statusText = statusMessage(labels, { status, query, count: results.length }, '');
  const panelId = `${id}-results`;

  return (
    <>
      <a
        href={searchUrl}
        className="inline-flex size-10 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100 lg:hidden dark:text-gray-200 dark:hover:bg-gray-800"
      >
        <SearchIcon className="size-5" />
        <span className="sr-only">{labels.label}</span>
      </a>
      <form
        ref={form}
        role="search"
        action={searchUrl}
        method="get"
        className="relative hidden lg:block"
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
        }}
      >
        <label htmlFor={`${id}-input`} className="sr-only">
          {labels.label}
        </label>
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-gray-500 dark:text-gray-400" />
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          name="q"
          value={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts="Control+K Meta+K"
          aria-controls={panelId}
          className="h-9 w-44 rounded-md border border-gray-300 bg-gray-50 pl-8 pr-14 text-sm text-gray-900 placeholder:text-gray-600 focus:border-accent-600 focus:bg-white xl:w-56 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400 dark:focus:bg-gray-950 [&::-webkit-search-cancel-button]:hidden"
          onFocus={() => setOpen(true)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            void search(event.target.value);
          }}
        />
        <kbd
          aria-hidden="true"
          className="js-only pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-gray-300 px-1 font-sans text-[0.7rem] text-gray-600 dark:border-gray-600 dark:text-gray-400"
        >
          {shortcut}
        </kbd>
        <div
          id={panelId}
          className={
            open && term !== ''
              ? 'absolute right-0 top-full z-50 mt-2 max-h-[70vh] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-gray-200 bg-white p-2 shadow-lg dark:border-gray-700 dark:bg-gray-900'
              : 'sr-only'
          }
        >
          <p role="status" className={results.length > 0 ? 'sr-only' : 'px-3 py-2 text-sm'}>
            {statusText}
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
        </div>
      </form>
    </>
  );
}
