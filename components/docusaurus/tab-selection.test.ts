import { describe, expect, it } from 'vitest';
import {
  duplicateValues,
  initialTabValue,
  pickTabValue,
  queryTabValue,
  tabKeyTarget,
  tabQueryKey,
  tabStorageKey,
  withTabQuery,
} from './tab-selection';

const tabs = [{ value: 'npm' }, { value: 'yarn', default: true }, { value: 'pnpm' }];

describe('the tab shown first', () => {
  it('is defaultValue, else the TabItem marked default, else the first', () => {
    expect(initialTabValue(tabs, 'pnpm')).toBe('pnpm');
    expect(initialTabValue(tabs, undefined)).toBe('yarn');
    expect(initialTabValue([{ value: 'a' }, { value: 'b' }], undefined)).toBe('a');
    // Docusaurus 3 reads defaultValue={null} as "no defaultValue".
    expect(initialTabValue([{ value: 'a' }, { value: 'b' }], null)).toBe('a');
  });

  it('refuses a defaultValue no tab has, and no tabs at all', () => {
    expect(() => initialTabValue(tabs, 'bun')).toThrow(
      '<Tabs> has defaultValue "bun", but none of its tabs has that value (values: "npm", "yarn", "pnpm")',
    );
    expect(() => initialTabValue([], undefined)).toThrow('at least one <TabItem>');
  });

  it('finds values named twice', () => {
    expect(duplicateValues([{ value: 'a' }, { value: 'b' }, { value: 'a' }])).toEqual(['a']);
    expect(duplicateValues(tabs)).toEqual([]);
  });
});

describe('a value from the query string or the group', () => {
  it('is taken only when a tab has it, first candidate first', () => {
    const values = ['npm', 'yarn'];
    expect(pickTabValue(values, undefined, 'yarn', 'npm')).toBe('yarn');
    expect(pickTabValue(values, 'bun', null, 'npm')).toBe('npm');
    expect(pickTabValue(values, 'bun', undefined)).toBeUndefined();
  });

  it('is stored under Docusaurus’s key', () => {
    expect(tabStorageKey('pm')).toBe('docusaurus.tab.pm');
  });

  it('is read from the parameter queryString names, or the group id for true', () => {
    expect(tabQueryKey('manager', 'pm')).toBe('manager');
    expect(tabQueryKey(true, 'pm')).toBe('pm');
    expect(tabQueryKey(false, 'pm')).toBeUndefined();
    expect(tabQueryKey(undefined, 'pm')).toBeUndefined();
    expect(() => tabQueryKey(true, undefined)).toThrow('needs a groupId');
    expect(queryTabValue('?a=1&pm=yarn', 'pm')).toBe('yarn');
    expect(queryTabValue('?a=1', 'pm')).toBeUndefined();
    expect(queryTabValue('?pm=yarn', undefined)).toBeUndefined();
  });

  it('is written into the URL, keeping its other parameters and fragment', () => {
    expect(withTabQuery('https://x.dev/post/?a=1&pm=npm#install', 'pm', 'yarn')).toBe(
      'https://x.dev/post/?a=1&pm=yarn#install',
    );
    expect(withTabQuery('https://x.dev/post/', 'os', 'mac os')).toBe(
      'https://x.dev/post/?os=mac+os',
    );
  });
});

describe('keys in the tab list', () => {
  it('move with the arrows, wrapping around, and to the ends with Home and End', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(tabKeyTarget('ArrowLeft', 2, 3)).toBe(1);
    expect(tabKeyTarget('Home', 2, 3)).toBe(0);
    expect(tabKeyTarget('End', 0, 3)).toBe(2);
  });

  it('swap the arrows in right-to-left text and ignore other keys', () => {
    expect(tabKeyTarget('ArrowRight', 1, 3, true)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 2, 3, true)).toBe(0);
    expect(tabKeyTarget('ArrowDown', 0, 3)).toBeUndefined();
    expect(tabKeyTarget('Enter', 0, 3)).toBeUndefined();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined();
  });
});
