import { SearchBox } from './search-box';
import { searchProps } from './search-labels';

/** The navbar's search box (a client island with plain props). */
export function NavbarSearch() {
  return <SearchBox {...searchProps} />;
}
