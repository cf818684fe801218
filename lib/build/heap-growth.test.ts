import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const PRELOAD = pathToFileURL(path.join(import.meta.dirname, 'heap-growth.mjs')).href;

// ~40 MB of live data, then garbage made and dropped as a page render does; prints the largest
// heap seen, in MB.
const CHURN = `
const v8 = require('node:v8');
const live = [];
for (let i = 0; i < 200000; i++) live.push({ i, s: 'x'.repeat(100) + i });
let max = 0;
for (let round = 0; round < 150; round++) {
  const garbage = [];
  for (let i = 0; i < 20000; i++) garbage.push({ round, s: 'y'.repeat(50) + i, a: [i, i + 1] });
  max = Math.max(max, v8.getHeapStatistics().used_heap_size);
}
console.log(Math.round(max / 1e6), live.length);
`;

function largestHeapMB(nodeArgs: string[]): number {
  const result = spawnSync(process.execPath, [...nodeArgs, '-e', CHURN], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return Number(result.stdout.split(' ')[0]);
}

describe('the rendering step’s heap setting (heap-growth.mjs)', () => {
  it('keeps a churning heap well under what V8 lets it grow to by default', () => {
    const plain = largestHeapMB([]);
    const preloaded = largestHeapMB(['--import', PRELOAD]);
    // Measured: ~400 MB plain, ~140 MB preloaded.
    expect(plain).toBeGreaterThan(200);
    expect(preloaded).toBeLessThan(plain * 0.6);
  }, 30_000);
});
