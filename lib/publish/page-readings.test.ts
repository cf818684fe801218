/**
 * The broken-site check reads again only the pages whose HTML changed since the last check, and
 * finds the same problems from what it kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageReading } from './check-site';
import { checkSite, formatProblem } from './check-site';
import { pageReadings } from './page-readings';

const html = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

function tmp(name: string) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `page-readings-${name}-`));
}

/** One check of `dir` with the readings kept in `file`: its problems and the pages it parsed. */
function check(dir: string, file: string, engine = 'e1') {
  const readings = pageReadings(file, engine);
  const parsed: string[] = [];
  const counting = {
    read: (text: string, read: (text: string) => PageReading) =>
      readings.read(text, (page) => {
        parsed.push(page);
        return read(page);
      }),
  };
  const problems = checkSite({
    dir,
    basePath: '',
    siteUrl: 'https://example.com',
    readings: counting,
  });
  readings.save();
  return {
    problems: problems.map((p) => formatProblem(p).replace(dir, 'out')),
    parsed: parsed.length,
  };
}

describe('page readings', () => {
  it('let a check parse only the pages that changed, with the same problems', () => {
    const dir = tmp('export');
    const file = path.join(tmp('cache'), 'readings.json');
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      html('<a href="/a/">a</a><a href="/gone/">x</a>'),
    );
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'index.html'), html('<a href="/#nope">home</a>'));
    const first = check(dir, file);
    expect(first.parsed).toBe(2);
    expect(first.problems).toEqual([
      'out/a/index.html: link to "/#nope" — no element with id "nope" on /',
      'out/index.html: link to "/gone/" — no such page',
    ]);

    expect(check(dir, file)).toEqual({ problems: first.problems, parsed: 0 });

    fs.writeFileSync(path.join(dir, 'a', 'index.html'), html('<a href="/">home</a>'));
    const edited = check(dir, file);
    expect(edited.parsed).toBe(1);
    expect(edited.problems).toEqual(['out/index.html: link to "/gone/" — no such page']);
  });

  it('are not used by another version of the check', () => {
    const dir = tmp('export');
    const file = path.join(tmp('cache'), 'readings.json');
    fs.writeFileSync(path.join(dir, 'index.html'), html('home'));
    check(dir, file, 'e1');
    expect(check(dir, file, 'e2').parsed).toBe(1);
  });
});
