'use client';

import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/** `fallback` on the server and until hydration, then `children`. */
export function BrowserOnlyIsland({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: ReactNode;
}) {
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  return hydrated ? children : fallback;
}
