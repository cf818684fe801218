import { t } from '@/lib/i18n';
import { withBase } from '@/lib/urls';
import type { SearchIslandProps } from './use-search';

/** What the search islands need from the server: their words and where things are. */
export const searchProps: SearchIslandProps = {
  labels: {
    label: t.searchLabel,
    placeholder: t.searchPlaceholder,
    loading: t.searchLoading,
    noResults: t.searchNoResults,
    resultCount: t.searchResultCount,
    prompt: t.searchPrompt,
    failed: t.searchFailed,
    allResults: t.searchAllResults,
  },
  searchUrl: withBase('/search/'),
  index: { indexUrl: withBase('/pagefind/pagefind.js'), baseUrl: withBase('/') },
};
