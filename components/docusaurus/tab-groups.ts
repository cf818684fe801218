/**
 * Tab groups: every `<Tabs groupId="x">` on a page shows the same choice, remembered in
 * localStorage under Docusaurus's key (`docusaurus.tab.x`), and a choice made in another window
 * of the site follows (the `storage` event). No React here, so it is tested as it is.
 */
import { tabStorageKey } from './tab-selection';

type Listener = () => void;

export type TabGroups = {
  /** The group's choice: made on this page, else remembered, else none. Stable between changes. */
  get(groupId: string): string | undefined;
  /** Makes a choice for the group: remembered, and every Tabs of the group is told. */
  set(groupId: string, value: string): void;
  /** Calls `listener` after each change of the group's choice; returns the unsubscribe function. */
  subscribe(groupId: string, listener: Listener): () => void;
  /** A `storage` event's key and new value: a choice made in another window. */
  receive(key: string | null, value: string | null): void;
};

/** The groups of one page; `storage` is localStorage (absent, or throwing when blocked). */
export function createTabGroups(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): TabGroups {
  const choices = new Map<string, string | undefined>();
  const listeners = new Map<string, Set<Listener>>();
  const change = (groupId: string, value: string) => {
    choices.set(groupId, value);
    for (const listener of [...(listeners.get(groupId) ?? [])]) listener();
  };
  return {
    get(groupId) {
      if (!choices.has(groupId)) {
        let stored: string | undefined;
        try {
          stored = storage?.getItem(tabStorageKey(groupId)) ?? undefined;
        } catch {
          stored = undefined;
        }
        choices.set(groupId, stored);
      }
      return choices.get(groupId);
    },
    set(groupId, value) {
      try {
        storage?.setItem(tabStorageKey(groupId), value);
      } catch {
        // Storage full or blocked: the page still follows the choice, it is just not remembered.
      }
      change(groupId, value);
    },
    subscribe(groupId, listener) {
      let group = listeners.get(groupId);
      if (!group) listeners.set(groupId, (group = new Set()));
      group.add(listener);
      return () => {
        group.delete(listener);
        if (group.size === 0) listeners.delete(groupId);
      };
    },
    receive(key, value) {
      const prefix = tabStorageKey('');
      if (key === null || value === null || !key.startsWith(prefix)) return;
      change(key.slice(prefix.length), value);
    },
  };
}
