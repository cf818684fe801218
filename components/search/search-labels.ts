import { bundleCount, bundleDir } from '@/lib/search/bundles';
import type { SearchIslandProps } from './use-search';
import { getBlog, site, ui, withBase } from '@/lib/render/site';

/** What the search islands need from the server: their words and where things are. */
export function searchProps(): SearchIslandProps {
  const t = ui();
  // Each locale has its own index, beside its home (`/pagefind/`, `/en/pagefind/`).
  const { urls, searchable } = getBlog().routes();
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
    searchUrl: withBase(urls.search),
    index: {
      indexUrl: withBase(`${urls.home}${bundleDir(1)}/pagefind.js`),
      baseUrl: withBase('/'),
      bundles: Array.from(
        { length: bundleCount(searchable.length, site.search.postsPerBundle) - 1 },
        (_, i) => withBase(`${urls.home}${bundleDir(i + 2)}/`),
      ),
    },
  };
}
