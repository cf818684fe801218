'use client';

import { useCallback, useRef, useState } from 'react';

/** The words of the search island, from lib/i18n (`{query}` and `{count}` are filled in). */
export type SearchLabels = {
  label: string;
  placeholder: string;
  loading: string;
  noResults: string;
  resultCount: string;
  prompt: string;
  failed: string;
  allResults: string;
};

export type SearchResult = { url: string; title: string; excerpt: string };
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

type PagefindResult = { data: () => Promise<unknown> };
type Pagefind = {
  options: (options: { baseUrl: string }) => Promise<void>;
  mergeIndex: (url: string, options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPagefind(value: unknown): value is Pagefind {
  return (
    isRecord(value) && typeof value.search === 'function' && typeof value.options === 'function'
  );
}

function toResult(data: unknown): SearchResult | undefined {
  if (!isRecord(data) || typeof data.url !== 'string' || typeof data.excerpt !== 'string') {
    return undefined;
  }
  const title = isRecord(data.meta) && typeof data.meta.title === 'string' ? data.meta.title : '';
  return { url: data.url, title: title || data.url, excerpt: data.excerpt };
}

/**
 * Pagefind's script, imported from the export at run time (it is not part of the bundle). The
 * index holds site paths; `baseUrl` (the base path) is put in front of them.
 */
async function loadPagefind({ indexUrl, baseUrl, bundles }: SearchIndex): Promise<Pagefind> {
  const loaded: unknown = await import(/* webpackIgnore: true */ indexUrl);
  if (!isPagefind(loaded)) throw new Error(`${indexUrl} is not Pagefind`);
  await loaded.options({ baseUrl });
  // A large site's index comes in several bundles (lib/search/bundles.ts): search them all.
  for (const bundle of bundles) await loaded.mergeIndex(bundle, { baseUrl });
  return loaded;
}

export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

/** Where the search island finds the index (and its further bundles) and the site's base URL. */
export type SearchIndex = { indexUrl: string; baseUrl: string; bundles: string[] };

/** The props of both search islands, made on the server (components/search/search-labels.ts). */
export type SearchIslandProps = { labels: SearchLabels; searchUrl: string; index: SearchIndex };

/** What to say about a search: `empty` before anything is typed, then progress or outcome. */
export function statusMessage(
  labels: SearchLabels,
  { status, query, count }: { status: SearchStatus; query: string; count: number },
  empty: string,
): string {
  const term = query.trim();
  if (term === '') return empty;
  if (status === 'loading') return labels.loading;
  if (status === 'failed') return labels.failed;
  if (status !== 'ready') return '';
  return count === 0
    ? fillIn(labels.noResults, { query: term })
    : fillIn(labels.resultCount, { count });
}

/**
 * Searches the Pagefind index, which is first loaded when the first non-empty query is
 * searched. Answers to older queries that arrive late are dropped.
 */
export function useSearch(index: SearchIndex, limit: number) {
  const [state, setState] = useState<{
    status: SearchStatus;
    query: string;
    results: SearchResult[];
  }>({ status: 'idle', query: '', results: [] });
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const latest = useRef(0);

  const search = useCallback(
    async (query: string) => {
      const ticket = ++latest.current;
      const term = query.trim();
      if (term === '') {
        setState({ status: 'idle', query, results: [] });
        return;
      }
      setState((current) => ({ ...current, status: 'loading', query }));
      try {
        pagefind.current ??= loadPagefind(index);
        const found = await (await pagefind.current).search(term);
        if (found === null || ticket !== latest.current) return;
        const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
        if (ticket !== latest.current) return;
        const results = data.map(toResult).filter((r): r is SearchResult => r !== undefined);
        setState({ status: 'ready', query, results });
      } catch {
        pagefind.current = null;
        if (ticket === latest.current) setState({ status: 'failed', query, results: [] });
      }
    },
    [index, limit],
  );

  return { ...state, search };
}
