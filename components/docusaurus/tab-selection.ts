/**
 * Which tab `<Tabs>` shows, as Docusaurus decides it: the default tab, then a valid value from
 * the query string or from the tab group's remembered choice; and which tab an arrow key moves
 * to. Pure functions, shared by the server component and the client island.
 */
import type { ReactNode } from 'react';

/** A tab: from `<Tabs values>` or from a `<TabItem>`'s props. */
export type TabValue = {
  value: string;
  label?: ReactNode;
  attributes?: Record<string, unknown>;
  default?: boolean;
};

/** The value shown before the reader chooses: `defaultValue`, else the `default` tab, else the first. */
export function initialTabValue(
  tabs: readonly TabValue[],
  defaultValue: string | null | undefined,
): string {
  const [first] = tabs;
  if (!first) throw new Error('<Tabs> needs at least one <TabItem> child');
  if (defaultValue) {
    if (!tabs.some((tab) => tab.value === defaultValue)) {
      throw new Error(
        `<Tabs> has defaultValue "${defaultValue}", but none of its tabs has that value (values: ${tabs
          .map((tab) => `"${tab.value}"`)
          .join(', ')})`,
      );
    }
    return defaultValue;
  }
  return (tabs.find((tab) => tab.default) ?? first).value;
}

/** The first candidate that is one of `values` (a stale query or stored value is ignored). */
export function pickTabValue(
  values: readonly string[],
  ...candidates: (string | null | undefined)[]
): string | undefined {
  return candidates.find(
    (candidate): candidate is string => candidate != null && values.includes(candidate),
  );
}

/** Values named twice, which Docusaurus refuses. */
export function duplicateValues(tabs: readonly TabValue[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { value } of tabs) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

/** Where a tab group's choice is remembered: Docusaurus's own key, so old choices carry over. */
export function tabStorageKey(groupId: string): string {
  return `docusaurus.tab.${groupId}`;
}

/** The search parameter `queryString` names: itself, or the group id for `true`. */
export function tabQueryKey(
  queryString: string | boolean | undefined,
  groupId: string | undefined,
): string | undefined {
  if (typeof queryString === 'string') return queryString || undefined;
  if (!queryString) return undefined;
  if (!groupId) {
    throw new Error(
      '<Tabs queryString> needs a groupId, which names the search parameter (or give queryString="name")',
    );
  }
  return groupId;
}

/** The value `?key=…` asks for in a location's search string. */
export function queryTabValue(search: string, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  return new URLSearchParams(search).get(key) ?? undefined;
}

/** `href` with `?key=value` set, the rest of its query and its fragment kept. */
export function withTabQuery(href: string, key: string, value: string): string {
  const url = new URL(href);
  url.searchParams.set(key, value);
  return url.href;
}

/**
 * The index of the tab a key moves to in a horizontal tab list of `count` tabs (WAI-ARIA tabs:
 * arrows wrap around, Home and End go to the ends; in right-to-left text the arrows swap), or
 * undefined for other keys.
 */
export function tabKeyTarget(
  key: string,
  index: number,
  count: number,
  rtl = false,
): number | undefined {
  if (count === 0) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (index + 1) % count;
    case backward:
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
