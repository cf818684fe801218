import { getPosts } from '@/lib/load';
import { t } from '@/lib/i18n';
import { bundleCount, bundleDir } from '@/lib/search/bundles';
import { withBase } from '@/lib/routes/urls';
import type { SearchIslandProps } from './use-search';

/** What the search islands need from the server: their words and where things are. */
export function searchProps(): SearchIslandProps {
  return {
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
    index: {
      indexUrl: withBase(`/${bundleDir(1)}/pagefind.js`),
      baseUrl: withBase('/'),
      bundles: Array.from({ length: bundleCount(getPosts().length) - 1 }, (_, i) =>
        withBase(`/${bundleDir(i + 2)}/`),
      ),
    },
  };
}
