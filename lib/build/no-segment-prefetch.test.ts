import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const noSegmentPrefetch = require('./no-segment-prefetch.cjs') as (source: string) => string;

const NEXT_SOURCE = [
  'export async function collectSegmentData(isCacheComponentsEnabled, fullPageDataBuffer) {',
  '  return new Map([["/_tree", fullPageDataBuffer]]);',
  '}',
  'export async function collectPrefetchHints() {',
  '  return { hints: 1 };',
  '}',
].join('\n');

async function load(source: string) {
  const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as Record<string, () => Promise<unknown>>;
}

describe('the no-segment-prefetch loader', () => {
  it('makes collectSegmentData answer nothing and keeps the other exports', async () => {
    const loaded = await load(noSegmentPrefetch(NEXT_SOURCE));
    expect(await loaded.collectSegmentData?.()).toBeUndefined();
    expect(await loaded.collectPrefetchHints?.()).toEqual({ hints: 1 });
  });

  it('passes a source without that function through unchanged', () => {
    const renamed = NEXT_SOURCE.replace('collectSegmentData', 'collectSegments');
    expect(noSegmentPrefetch(renamed)).toBe(renamed);
  });
});
