/**
 * The broken-site check reads again only the pages whose files changed since the last check, and
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

/** Writes `file` modified at `modified` (seconds): by default, as an earlier build wrote it. */
function writePage(file: string, text: string, modified = Date.now() / 1000 - 60) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.utimesSync(file, modified, modified);
}

function tmp(name: string) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `page-readings-${name}-`));
}

/** One check of `dir` with the readings kept in `file`: its problems and the pages it parsed. */
function check(dir: string, file: string, engine = 'e1') {
  const readings = pageReadings(file, engine);
  const parsed: string[] = [];
  const counting = {
    read: (page: string, read: (html: string) => PageReading) =>
      readings.read(page, (html) => {
        parsed.push(html);
        return read(html);
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
    writePage(path.join(dir, 'index.html'), html('<a href="/a/">a</a><a href="/gone/">x</a>'));
    writePage(path.join(dir, 'a', 'index.html'), html('<a href="/#nope">home</a>'));
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

  it('know a page hard-linked from the last build, not a copy of it', () => {
    const [first, linked, copied] = [tmp('first'), tmp('linked'), tmp('copied')];
    const file = path.join(tmp('cache'), 'readings.json');
    writePage(path.join(first, 'index.html'), html('<a href="/#nope">x</a>'));
    expect(check(first, file).parsed).toBe(1);
    fs.linkSync(path.join(first, 'index.html'), path.join(linked, 'index.html'));
    expect(check(linked, file)).toEqual({
      problems: ['out/index.html: link to "/#nope" — no element with id "nope" on /'],
      parsed: 0,
    });
    fs.copyFileSync(path.join(linked, 'index.html'), path.join(copied, 'index.html'));
    expect(check(copied, file).parsed).toBe(1);
  });

  it('read again a page modified just before they were saved', () => {
    // The same file, size and modification time, as a coarse clock gives two close writes.
    const dir = tmp('export');
    const file = path.join(tmp('cache'), 'readings.json');
    const page = path.join(dir, 'index.html');
    const now = Date.now() / 1000;
    writePage(page, html('<a href="/#aaa">a</a>'), now);
    expect(check(dir, file).problems).toEqual([
      'out/index.html: link to "/#aaa" — no element with id "aaa" on /',
    ]);
    writePage(page, html('<a href="/#bbb">b</a>'), now);
    expect(check(dir, file)).toEqual({
      problems: ['out/index.html: link to "/#bbb" — no element with id "bbb" on /'],
      parsed: 1,
    });
  });

  it('are not used by another version of the check', () => {
    const dir = tmp('export');
    const file = path.join(tmp('cache'), 'readings.json');
    writePage(path.join(dir, 'index.html'), html('home'));
    check(dir, file, 'e1');
    expect(check(dir, file, 'e1').parsed).toBe(0);
    expect(check(dir, file, 'e2').parsed).toBe(1);
  });
});
