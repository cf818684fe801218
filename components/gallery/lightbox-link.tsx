'use client';

import { onDemand } from '@/components/islands/on-demand';

/** A content image's link to its lightbox (lightbox-link-view.tsx), loaded where it is shown. */
export const LightboxLink = onDemand(() =>
  import('./lightbox-link-view').then((module) => module.LightboxLink),
);
