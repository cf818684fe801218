'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * Development only: listens to the dev server's content version (server-sent events from
 * `endpoint`) and, when it changes, re-renders the page in place (a full reload when the page is
 * showing a content error). At 1,000 posts a save shows on the page in about a second
 * (bench/RESULTS.md). The browser connects again by itself after a restart.
 */
export function ContentReload({ endpoint, version }: { endpoint: string; version?: number }) {
  const router = useRouter();
  // The version the page was rendered from; later ones come as events (a refresh renders this
  // component again with the new one, which must not open a new connection).
  const rendered = useRef(version);

  useEffect(() => {
    let last = rendered.current;
    let events: EventSource | undefined;
    const connect = () => {
      events = new EventSource(endpoint);
      events.onmessage = (event: MessageEvent<string>) => {
        const version = Number(event.data);
        if (last !== undefined && version !== last) {
          if (document.documentElement.hasAttribute('data-content-error')) window.location.reload();
          else router.refresh();
        }
        last = version;
      };
    };
    // A hidden tab lets its connection go (a browser opens at most six to one server over
    // HTTP/1.1, and `next dev` serves HTTP/1.1); shown again, it connects, and the first event
    // says whether anything changed meanwhile.
    const onVisibility = () => {
      if (document.hidden) {
        events?.close();
        events = undefined;
      } else if (!events) connect();
    };
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      events?.close();
    };
  }, [endpoint, router]);

  return null;
}
