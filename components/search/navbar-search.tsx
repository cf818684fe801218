import { SearchBox } from './search-box';
import { SearchIcon } from './search-icon';
import { searchProps } from './search-labels';

/**
 * The navbar's search. On small screens an icon linking to the search page; on wide ones a
 * search form (a client island with plain props; its static parts are rendered here).
 */
export function NavbarSearch() {
  const props = searchProps();
  const { labels, searchUrl } = props;
  return (
    <>
      <a
        href={searchUrl}
        className="inline-flex size-10 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100 lg:hidden dark:text-gray-200 dark:hover:bg-gray-800"
      >
        <SearchIcon className="size-5" />
        <span className="sr-only">{labels.label}</span>
      </a>
      <SearchBox {...props}>
        <label htmlFor="navbar-search" className="sr-only">
          {labels.label}
        </label>
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-gray-500 dark:text-gray-400" />
        <kbd
          aria-hidden="true"
          className="js-only pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-gray-300 px-1 font-sans text-[0.7rem] text-gray-600 dark:border-gray-600 dark:text-gray-400"
        >
          Ctrl K
        </kbd>
      </SearchBox>
    </>
  );
}
