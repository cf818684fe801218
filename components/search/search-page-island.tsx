'use client';

import type { ComponentType, ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { SearchPage as SearchPageType } from './search-page';
import type { SearchIslandProps } from './use-search';

type Loaded = { Page: ComponentType<Parameters<typeof SearchPageType>[0]>; typed: string };

/**
 * The search page's island. Every page of the site shares one route, whose islands' scripts
 * would otherwise be on all of them: this shows the server's form (`children`, all there is
 * without JavaScript) until it has loaded the search code, on this page only, then the search,
 * keeping what the reader typed meanwhile.
 */
export function SearchPage({
  id,
  children,
  ...props
}: SearchIslandProps & { id: string; children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    let live = true;
    void import('./search-page').then(({ SearchPage: Page }) => {
      const box = document.getElementById(`${id}-input`);
      const typed = box instanceof HTMLInputElement ? box.value : '';
      if (live) setLoaded({ Page, typed });
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (loaded) return <loaded.Page {...props} id={id} initialQuery={loaded.typed} />;
  return children;
}
