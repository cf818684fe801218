import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEGMENT_DATA_FILE, nextSupport } from './next-support';

const require = createRequire(import.meta.url);
const noSegmentPrefetch = require('./no-segment-prefetch.cjs') as (source: string) => string;
const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function load(source: string) {
  const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
}

describe('the no-segment-prefetch loader', () => {
  it('is for the installed Next.js: it verified the version, and finds what it rewrites', () => {
    expect(nextSupport(ROOT)).toMatchObject({ supported: true });
    const installed = fs.readFileSync(path.join(ROOT, SEGMENT_DATA_FILE), 'utf8');
    expect(() => noSegmentPrefetch(installed)).not.toThrow();
  });

  it('makes the installed collectSegmentData answer nothing and keeps the other exports', () => {
    const installed = fs.readFileSync(path.join(ROOT, SEGMENT_DATA_FILE), 'utf8');
    const rewritten = noSegmentPrefetch(installed);
    const exports = (text: string) =>
      [...text.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]).sort();
    expect(exports(rewritten)).toEqual(exports(installed));
    expect(rewritten).toMatch(
      /export async function collectSegmentData\(\) \{\n {2}return undefined;/,
    );
  });

  it('makes collectSegmentData answer nothing at run time', async () => {
    const loaded = await load(
      noSegmentPrefetch(
        'export async function collectSegmentData(a, b) {\n  return new Map([["/_tree", b]]);\n}\nexport const other = 1;\n',
      ),
    );
    expect(await (loaded.collectSegmentData as () => Promise<unknown>)()).toBeUndefined();
    expect(loaded.other).toBe(1);
  });

  it('fails loudly, naming the file, when Next.js no longer has the function', () => {
    expect(() => noSegmentPrefetch('export async function collectSegments() {}\n')).toThrow(
      /collect-segment-data\.js has no "export async function collectSegmentData\(…" to rewrite/,
    );
  });
});

describe('nextSupport', () => {
  function rootWith(version: string | undefined): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-'));
    if (version !== undefined) {
      fs.mkdirSync(path.join(dir, 'node_modules', 'next'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'node_modules', 'next', 'package.json'),
        JSON.stringify({ version }),
      );
    }
    return dir;
  }

  it.each([
    ['16.4.0', true],
    ['16.4.6', true],
    ['16.4.7-canary.3', true],
    ['16.3.9', false],
    ['16.5.0', false],
    ['17.0.0', false],
  ])('Next.js %s: supported %s', (version, supported) => {
    expect(nextSupport(rootWith(version)).supported).toBe(supported);
  });

  it('says why when Next.js is outside the range or missing', () => {
    expect(nextSupport(rootWith('16.5.1'))).toEqual({
      supported: false,
      version: '16.5.1',
      reason:
        "Next.js 16.5.1 is outside 16.4.x, the versions the build's workarounds were verified with",
    });
    expect(nextSupport(rootWith(undefined))).toMatchObject({
      supported: false,
      version: undefined,
    });
  });
});
