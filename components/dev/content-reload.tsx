'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Development only: asks the dev server every second whether posts changed and, if so,
 * re-renders the page in place (a full reload when the page is showing a content error).
 */
export function ContentReload({ endpoint, version }: { endpoint: string; version?: number }) {
  const router = useRouter();

  useEffect(() => {
    let last = version;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(endpoint, { cache: 'no-store' });
        const { version } = (await response.json()) as { version: number };
        if (last !== undefined && version !== last) {
          if (document.documentElement.hasAttribute('data-content-error')) window.location.reload();
          else router.refresh();
        }
        last = version;
      } catch {
        // The dev server is restarting; try again.
      }
      if (!stopped) setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [endpoint, router, version]);

  return null;
}
