import { describe, expect, it, vi } from 'vitest';
import { createTabGroups } from './tab-groups';

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('tab groups', () => {
  it('start from the choice remembered under docusaurus.tab.<groupId>', () => {
    const groups = createTabGroups(memoryStorage({ 'docusaurus.tab.pm': 'yarn' }));
    expect(groups.get('pm')).toBe('yarn');
    expect(groups.get('os')).toBeUndefined();
  });

  it('remember a choice and tell every Tabs of that group, and only that group', () => {
    const storage = memoryStorage();
    const groups = createTabGroups(storage);
    const first = vi.fn();
    const second = vi.fn();
    const other = vi.fn();
    groups.subscribe('pm', first);
    const unsubscribe = groups.subscribe('pm', second);
    groups.subscribe('os', other);

    groups.set('pm', 'pnpm');
    expect(storage.map.get('docusaurus.tab.pm')).toBe('pnpm');
    expect(groups.get('pm')).toBe('pnpm');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();

    unsubscribe();
    groups.set('pm', 'npm');
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('keep the same answer between changes, so React sees no change', () => {
    const storage = memoryStorage({ 'docusaurus.tab.pm': 'yarn' });
    const groups = createTabGroups(storage);
    expect(groups.get('pm')).toBe('yarn');
    storage.map.set('docusaurus.tab.pm', 'npm'); // written by someone else, no event
    expect(groups.get('pm')).toBe('yarn');
  });

  it('still follow choices when storage is blocked', () => {
    const groups = createTabGroups({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    const listener = vi.fn();
    groups.subscribe('pm', listener);
    expect(groups.get('pm')).toBeUndefined();
    groups.set('pm', 'yarn');
    expect(groups.get('pm')).toBe('yarn');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(createTabGroups(undefined).get('pm')).toBeUndefined();
  });

  it('follow a choice made in another window (a storage event), ignoring other keys', () => {
    const groups = createTabGroups(memoryStorage());
    const listener = vi.fn();
    groups.subscribe('pm', listener);
    groups.receive('theme', 'dark');
    groups.receive('docusaurus.tab.pm', null);
    expect(listener).not.toHaveBeenCalled();
    groups.receive('docusaurus.tab.pm', 'bun');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(groups.get('pm')).toBe('bun');
  });
});
