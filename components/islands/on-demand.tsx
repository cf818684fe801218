import type { ComponentType } from 'react';
import { lazy } from 'react';

/**
 * A client island whose code the browser loads only on a page that shows it. Every page of the
 * site shares one route, so an island imported as it is would be in every page's scripts; with
 * this, use it from a `'use client'` module, the import written out:
 * `export const X = onDemand(() => import('./x-view').then((module) => module.X))`.
 *
 * There is no Suspense boundary: the server renders the island's HTML in place as always (the
 * build waits for its code), and the browser hydrates the page once the code has come. It is a
 * component rather than the lazy itself because React does not follow a lazy that resolves to
 * another lazy (which is what a client reference to a lazy is while its module loads).
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const View = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return <View {...props} />;
  };
}
