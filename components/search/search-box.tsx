'use client';

import type { KeyboardEvent, ReactNode } from 'react';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useSearchShortcut } from './search-shortcut';
import type { SearchIslandProps } from './use-search';

// The results and the search code load when the box is first focused, not with the page.
const SearchPanel = lazy(() => import('./search-panel'));

/**
 * The navbar's search: a form that goes to the search page (which is all there is without
 * JavaScript, and what Enter in the box does), and while typing, the best matches under it.
 * Arrow keys move between the results, Enter opens one, Escape closes them; Ctrl+K or ⌘K
 * focuses the box (or opens the search page where the box is hidden, on small screens).
 */
export function SearchBox({
  labels,
  searchUrl,
  index,
  children,
}: SearchIslandProps & { children: ReactNode }) {
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(false);

  useEffect(() => {
    // The platform is only known in the browser; the server renders the common case.
    const kbd = form.current?.querySelector('kbd');
    if (kbd && /Mac|iPhone|iPad/.test(navigator.platform)) kbd.textContent = '⌘ K';
    // A reader who typed before this script ran gets the results for it now.
    const typed = input.current?.value ?? '';
    if (typed !== '') {
      setQuery(typed);
      setActive(true);
      setOpen(document.activeElement === input.current);
    }
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
  const panelId = 'navbar-search-results';

  return (
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
      {children}
      <input
        ref={input}
        id="navbar-search"
        type="search"
        name="q"
        value={query}
        placeholder={labels.placeholder}
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="Control+K Meta+K"
        aria-controls={panelId}
        className="h-9 w-44 rounded-md border border-gray-300 bg-gray-50 pl-8 pr-14 text-sm text-gray-900 placeholder:text-gray-600 focus:border-accent-600 focus:bg-white xl:w-56 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400 dark:focus:bg-gray-950 [&::-webkit-search-cancel-button]:hidden"
        onFocus={() => {
          setOpen(true);
          setActive(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(true);
        }}
      />
      <div
        id={panelId}
        className={
          open && term !== ''
            ? 'absolute right-0 top-full z-50 mt-2 max-h-[70vh] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-gray-200 bg-white p-2 shadow-lg dark:border-gray-700 dark:bg-gray-900'
            : 'sr-only'
        }
      >
        {active ? (
          <Suspense fallback={null}>
            <SearchPanel
              labels={labels}
              searchUrl={searchUrl}
              index={index}
              query={query}
              open={open}
            />
          </Suspense>
        ) : null}
      </div>
    </form>
  );
}
