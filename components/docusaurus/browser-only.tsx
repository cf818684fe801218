import type { ReactNode } from 'react';
import { Fragment, isValidElement } from 'react';
import { BrowserOnlyIsland } from './browser-only-island';

/**
 * Markup that can travel to the browser as it is: text, and HTML elements whose props are plain
 * values. Components and event handlers cannot (a component here would run on the server,
 * where what BrowserOnly guards against, `window` and the like, does not exist).
 */
export function isPlainMarkup(node: unknown): boolean {
  if (node === null || node === undefined || typeof node === 'boolean') return true;
  if (typeof node === 'string' || typeof node === 'number') return true;
  if (Array.isArray(node)) return node.every(isPlainMarkup);
  if (!isValidElement(node)) return false;
  if (node.type !== Fragment && typeof node.type !== 'string') return false;
  const props = node.props as Record<string, unknown>;
  return Object.entries(props).every(([name, value]) =>
    name === 'children'
      ? isPlainMarkup(value)
      : name === 'dangerouslySetInnerHTML' || name === 'style'
        ? typeof value === 'object' && value !== null && !Object.values(value).some(isFunction)
        : !isFunction(value) && (typeof value !== 'object' || value === null),
  );
}

const isFunction = (value: unknown) => typeof value === 'function';

/** What `children()` gives, if it runs outside a browser and gives plain markup. */
function plainResult(children: (() => ReactNode) | undefined): ReactNode | undefined {
  if (typeof children !== 'function') return undefined;
  try {
    const result = children();
    return isPlainMarkup(result) ? result : undefined;
  } catch {
    return undefined; // It needs the browser (`window is not defined`): the fallback stays.
  }
}

/**
 * Docusaurus's `<BrowserOnly fallback={…}>{() => …}</BrowserOnly>`: the server renders
 * `fallback`. A post's function runs on the server only (functions cannot be sent to the
 * browser), so its result replaces the fallback after hydration when it can: when the function
 * runs without the browser and gives plain markup (an `<iframe>` embed, say). Otherwise the
 * fallback stays.
 */
export function BrowserOnly({
  children,
  fallback = null,
}: {
  children?: () => ReactNode;
  fallback?: ReactNode;
}) {
  const result = plainResult(children);
  if (result === undefined) return <>{fallback}</>;
  return <BrowserOnlyIsland fallback={fallback}>{result}</BrowserOnlyIsland>;
}
