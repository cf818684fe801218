'use client';

import type { KeyboardEvent } from 'react';
import { useCallback, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { TabListTab } from './tab-buttons';
import { TabButtons } from './tab-buttons';
import type { TabGroups } from './tab-groups';
import { createTabGroups } from './tab-groups';
import { pickTabValue, queryTabValue, tabKeyTarget, withTabQuery } from './tab-selection';

let groups: TabGroups | undefined;

/** The page's tab groups, made on first use (in the browser only). */
function pageTabGroups(): TabGroups {
  if (!groups) {
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    const created = createTabGroups(storage);
    window.addEventListener('storage', (event) => created.receive(event.key, event.newValue));
    groups = created;
  }
  return groups;
}

/** The query string changes when a Tabs with `queryString` is chosen (replaceState sends no event). */
const locationListeners = new Set<() => void>();

function subscribeLocation(listener: () => void) {
  locationListeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    locationListeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const noSubscription = () => () => {};

/** Keeps `element` where it is on screen while the panels above it change height. */
function keepInView(element: HTMLElement) {
  const top = element.getBoundingClientRect().top;
  requestAnimationFrame(() => {
    const moved = element.getBoundingClientRect().top - top;
    if (moved !== 0) window.scrollBy({ top: moved, behavior: 'instant' });
  });
}

export type TabListProps = {
  tabs: TabListTab[];
  defaultValue: string;
  groupId?: string;
  queryKey?: string;
  block?: boolean;
};

/**
 * The tab list of a `<Tabs>`: the one part that needs JavaScript (hidden without it, when every
 * panel shows with its label). It shows the chosen panel by marking the others `data-inactive`;
 * the panels themselves stay server-rendered. Until hydration it shows `defaultValue`.
 */
export function TabList({ tabs, defaultValue, groupId, queryKey, block = false }: TabListProps) {
  const [chosen, setChosen] = useState<string>();
  const search = useSyncExternalStore(
    queryKey === undefined ? noSubscription : subscribeLocation,
    () => window.location.search,
    () => '',
  );
  const subscribeGroup = useCallback(
    (listener: () => void) =>
      groupId === undefined ? () => {} : pageTabGroups().subscribe(groupId, listener),
    [groupId],
  );
  const grouped = useSyncExternalStore(
    subscribeGroup,
    () => (groupId === undefined ? undefined : pageTabGroups().get(groupId)),
    () => undefined,
  );
  const values = tabs.map((tab) => tab.value);
  // As in Docusaurus: a choice made here, else the query string, else the group's choice.
  const selected =
    pickTabValue(values, chosen, queryTabValue(search, queryKey), grouped) ?? defaultValue;

  useLayoutEffect(() => {
    for (const tab of tabs) {
      if (tab.panelId === undefined) continue;
      document
        .getElementById(tab.panelId)
        ?.toggleAttribute('data-inactive', tab.value !== selected);
    }
  }, [tabs, selected]);

  function select(value: string, tab: HTMLElement) {
    keepInView(tab);
    if (queryKey !== undefined) {
      window.history.replaceState(
        window.history.state,
        '',
        withTabQuery(window.location.href, queryKey, value),
      );
      for (const listener of [...locationListeners]) listener();
    }
    // In a group, the group's choice is the one to follow (another Tabs may change it later).
    if (groupId === undefined) setChosen(value);
    else {
      setChosen(undefined);
      pageTabGroups().set(groupId, value);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [
      ...event.currentTarget.querySelectorAll<HTMLButtonElement>(':scope > [role="tab"]'),
    ];
    const index = buttons.findIndex((button) => button === event.target);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const target = index === -1 ? undefined : tabKeyTarget(event.key, index, buttons.length, rtl);
    const button = target === undefined ? undefined : buttons[target];
    const tab = target === undefined ? undefined : tabs[target];
    if (!button || !tab) return;
    event.preventDefault();
    button.focus();
    select(tab.value, button);
  }

  return (
    <TabButtons
      tabs={tabs}
      selected={selected}
      block={block}
      onSelect={select}
      onKeyDown={onKeyDown}
    />
  );
}
