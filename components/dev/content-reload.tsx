'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Development only: asks the dev server four times a second whether posts changed (an answer
 * takes it a few milliseconds) and, if so, re-renders the page in place (a full reload when the
 * page is showing a content error). At 1,000 posts a save shows on the page in about 1.4 s
 * (bench/RESULTS.md).
 */
const POLL_MS = 250;

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
      if (!stopped) setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [endpoint, router, version]);

  return null;
}
