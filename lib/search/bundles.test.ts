import { describe, expect, it } from 'vitest';
import { bundleCount, bundleSize } from './bundles';

describe('the search index’s bundles', () => {
  it.each([
    [0, 1, 1],
    [2, 1, 2],
    [250, 1, 250],
    [251, 2, 126],
    [1000, 4, 250],
    [3001, 4, 751],
    [8000, 4, 2000],
    [10_000, 5, 2000],
    [20_001, 11, 1819],
  ])('%i posts make %i bundles of up to %i posts', (posts, bundles, size) => {
    expect(bundleCount(posts)).toBe(bundles);
    expect(bundleSize(posts)).toBe(size);
  });

  it('holds as many posts as the site says, if it says', () => {
    expect(bundleSize(1000, 2000)).toBe(2000);
    expect(bundleCount(1000, 2000)).toBe(1);
    expect(bundleSize(1000, 120)).toBe(120);
    expect(bundleCount(1000, 120)).toBe(9);
  });
});
