'use client';

import { onDemand } from '@/components/islands/on-demand';

export type { TabAttributes, TabListTab } from './tab-list-view';

/** The tab list of a `<Tabs>` (tab-list-view.tsx), its code loaded on pages with tabs only. */
export const TabList = onDemand(() => import('./tab-list-view').then((module) => module.TabList));
