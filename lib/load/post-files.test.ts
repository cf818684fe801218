/**
 * Post files that are not plain LF-ended UTF-8 with YAML front matter: other front matter
 * languages, YAML meant to exhaust the loader, CRLF and BOM, empty and binary files, impossible
 * dates, and Unicode names. Each must load exactly like a plain file or fail with a problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postAt, storeFor, writeSite } from '../testing/sites';
import { ContentError } from '../problems';

const AUTHORS = 'doxxx:\n  name: doxxx\n';

type Files = Record<string, string | Uint8Array>;

/** A site whose files may be bytes (writeSite takes text only). */
function siteWith(files: Files): string {
  const text: Record<string, string> = { 'posts/authors.yml': AUTHORS };
  const bytes: [string, Uint8Array][] = [];
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string') text[name] = content;
    else bytes.push([name, content]);
  }
  const dir = writeSite(text);
  for (const [name, content] of bytes) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The problems loading the site in `dir` reports, one line each. */
function problemsIn(dir: string): string[] {
  const store = storeFor(dir);
  try {
    store.getAllPosts();
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

const problemsOf = (files: Files) => problemsIn(siteWith(files));

const post = (frontMatter: string, body = 'Text.\n') => `---\n${frontMatter}\n---\n\n${body}`;

/** Nine levels of nine aliases each: 9^9 strings if expanded. */
const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefgh'[i] ?? 'a';
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

describe('YAML that would exhaust the loader', () => {
  it('reports an alias bomb in front matter, authors.yml and tags.yml', () => {
    expect(
      problemsOf({
        'posts/a.md': post(`title: A\n${BOMB}`),
        'posts/authors.yml': `${BOMB}\n`,
        'posts/tags.yml': `${BOMB}\n`,
      }),
    ).toEqual([
      'posts/authors.yml: too many YAML aliases (anchored values may be repeated at most 100 times)',
      'posts/tags.yml: too many YAML aliases (anchored values may be repeated at most 100 times)',
      'posts/a.md: front matter: too many YAML aliases (anchored values may be repeated at most 100 times)',
    ]);
  });

  it('reads a few aliases', () => {
    const store = storeFor(
      siteWith({ 'posts/a.md': post('title: &t Same\ndescription: *t\nkeywords: [*t, *t]') }),
    );
    expect(postAt(store, 'a.md')).toMatchObject({
      title: 'Same',
      description: 'Same',
      keywords: ['Same', 'Same'],
    });
  });

  it.each([
    [
      'an alias without an anchor',
      post('title: A\ndescription: *nope'),
      'posts/a.md:3:14: front matter is invalid YAML: alias "*nope" has no anchor "&nope" before it',
    ],
    [
      'an unknown tag',
      post('title: !shell A'),
      'posts/a.md:2:8: front matter is invalid YAML: unknown tag "!shell" (only !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp are read)',
    ],
    [
      'a YAML 1.1 tag',
      post('title: A\nimage: !!binary aGVsbG8='),
      'posts/a.md:3:8: front matter is invalid YAML: unknown tag "!!binary" (only !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp are read)',
    ],
    [
      'a core tag on a value it does not fit',
      post('title: A\ntoc_min_heading_level: !!int two'),
      'posts/a.md:3:24: front matter is invalid YAML: the tag "!!int" does not fit its value',
    ],
    [
      'nesting deeper than the parser goes',
      post(`title: ${'['.repeat(5000)}${']'.repeat(5000)}`),
      expect.stringMatching(
        /^posts\/a\.md:2:\d+: front matter is invalid YAML: Maximum call stack size exceeded$/,
      ),
    ],
  ])('reports %s', (_, source, expected) => {
    expect(problemsOf({ 'posts/a.md': source })).toEqual([expected]);
  });
});

describe('impossible dates', () => {
  const message = (got: string, line = 3, field = 'date') =>
    `posts/a.md:${line}: front matter "${field}" must be a date (got "${got}")`;

  it.each([
    ['plain', 'date: 2026-02-30', message('2026-02-30')],
    ['quoted', 'date: "2026-02-30"', message('2026-02-30')],
    ['single-quoted', "date: '2026-02-30'", message('2026-02-30')],
    ['tagged !!timestamp', 'date: !!timestamp 2026-02-30', message('2026-02-30')],
    ['tagged !!str', 'date: !!str 2026-02-30', message('2026-02-30')],
    [
      'with a time and offset',
      'date: 2026-02-30T10:00:00+09:00',
      message('2026-02-30T10:00:00+09:00'),
    ],
    ['with a space and a time', 'date: 2026-02-30 10:00', message('2026-02-30 10:00')],
    ['the 29th of a common year', 'date: 2026-02-29', message('2026-02-29')],
    [
      'in last_update',
      'last_update:\n  date: 2026-02-30',
      message('2026-02-30', 3, 'last_update.date'),
    ],
    [
      'in last_update, tagged',
      'last_update:\n  date: !!timestamp 2026-02-30T10:00:00Z',
      message('2026-02-30T10:00:00Z', 3, 'last_update.date'),
    ],
  ])('reports a date %s', (_, frontMatter, expected) => {
    expect(problemsOf({ 'posts/a.md': post(`title: A\n${frontMatter}`) })).toEqual([expected]);
  });

  it('reads a tagged !!timestamp in the site time zone, like an untagged date', () => {
    const store = storeFor(
      siteWith({
        'posts/a.md': post('title: A\ndate: !!timestamp 2024-02-29'),
        'posts/b.md': post('title: B\ndate: 2024-02-29'),
      }),
    );
    expect(postAt(store, 'a.md').date).toEqual(postAt(store, 'b.md').date);
    expect(postAt(store, 'a.md').date.toISOString()).toBe('2024-02-28T15:00:00.000Z');
  });
});
