'use client';

import type { ReactNode } from 'react';
import { Suspense, lazy } from 'react';
import type { TabListProps } from './tab-list';

// The tab list's code (tab groups, the query string, the keyboard) is fetched by the pages that
// show tabs, not with every page's scripts. Until it arrives the list stays as the server wrote
// it, and the rest of the page hydrates without waiting for it.
const TabListCode = lazy(() =>
  import('./tab-list').then((module) => ({ default: module.TabList })),
);

/**
 * The tab list of a `<Tabs>` (components/docusaurus/tab-list.tsx), its code loaded on demand.
 * `fallback` is the same list as the server renders it: what shows if React writes the list
 * apart from the page and moves it in place (as it does with larger parts).
 */
export function TabList({ fallback, ...props }: TabListProps & { fallback: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <TabListCode {...props} />
    </Suspense>
  );
}
