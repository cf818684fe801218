import { bundleCount, bundleDir } from '@/lib/search/bundles';
import type { SearchIslandProps } from './use-search';
import { getBlog, t, withBase } from '@/lib/render/site';

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
      bundles: Array.from({ length: bundleCount(getBlog().routes().listed.length) - 1 }, (_, i) =>
        withBase(`/${bundleDir(i + 2)}/`),
      ),
    },
  };
}
