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
import { readPostSource } from './load';

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

async function compileProblems(files: Files, name: string): Promise<string[]> {
  const store = storeFor(siteWith(files));
  try {
    await store.getCompiledPost(postAt(store, name));
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

const post = (frontMatter: string, body = 'Text.\n') => `---\n${frontMatter}\n---\n\n${body}`;
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('front matter in another language than YAML', () => {
  it('is never evaluated: a ---js post that would write a file does not', () => {
    const dir = siteWith({});
    const marker = path.join(dir, 'pwned');
    const js = `{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Evaluated') }`;
    fs.writeFileSync(path.join(dir, 'posts/a.md'), `---js\n${js}\n---\n\nText.\n`);
    fs.writeFileSync(path.join(dir, 'posts/b.md'), `---javascript\n${js}\n---\n\nText.\n`);
    expect(problemsIn(dir)).toEqual([
      'posts/a.md:1: front matter must be YAML (got "---js")',
      'posts/b.md:1: front matter must be YAML (got "---javascript")',
    ]);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('is not evaluated when the compiler reads the post again after it changed', () => {
    const dir = siteWith({ 'posts/a.md': post('title: A') });
    const marker = path.join(dir, 'pwned');
    const loaded = postAt(storeFor(dir), 'a.md');
    fs.writeFileSync(
      loaded.path,
      `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'A') }\n---\n`,
    );
    expect(() => readPostSource(loaded)).toThrow(
      new ContentError([
        { file: 'posts/a.md', line: 1, message: 'front matter must be YAML (got "---js")' },
      ]),
    );
    expect(fs.existsSync(marker)).toBe(false);
  });

  it.each([
    ['---toml', '---toml\ntitle = "A"\n---\n\nText.\n'],
    ['---coffee', '---coffee\ntitle: "A"\n---\n\nText.\n'],
    ['---json', '---json\n{ "title": "A" }\n---\n\nText.\n'],
    ['--- constructor', '--- constructor\ntitle: A\n---\n\nText.\n'],
    ['---__proto__', '---__proto__\ntitle: A\n---\n\nText.\n'],
  ])('%s is a problem', (opening, source) => {
    expect(problemsOf({ 'posts/a.md': source })).toEqual([
      `posts/a.md:1: front matter must be YAML (got "${opening}")`,
    ]);
  });

  it('accepts ---yaml and ---yml, which are YAML', () => {
    const store = storeFor(
      siteWith({
        'posts/a.md': '---yaml\ntitle: A\n---\n\nText.\n',
        'posts/b.md': '---yml\ntitle: B\n---\n\nText.\n',
      }),
    );
    expect(store.getAllPosts().map((p) => p.title)).toEqual(expect.arrayContaining(['A', 'B']));
  });
});

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

describe('front matter that is not a mapping', () => {
  it.each([
    ['a list', '- title\n- A'],
    ['a string', 'just a title'],
    ['a number', '42'],
    ['true or false', 'true'],
  ])('reports %s', (what, frontMatter) => {
    expect(problemsOf({ 'posts/a.md': post(frontMatter) })).toEqual([
      `posts/a.md:2: front matter must be a mapping of keys to values (got ${what})`,
    ]);
  });

  it('reports the line where the value starts, after comments', () => {
    expect(problemsOf({ 'posts/a.md': post('# a comment\n\n- A') })).toEqual([
      'posts/a.md:4: front matter must be a mapping of keys to values (got a list)',
    ]);
  });

  it('accepts empty front matter, and front matter of only comments or null', () => {
    const store = storeFor(
      siteWith({
        'posts/a.md': post(''),
        'posts/b.md': post('# nothing yet'),
        'posts/c.md': post('~'),
      }),
    );
    expect(store.getAllPosts().map((p) => p.title)).toEqual(
      expect.arrayContaining(['a', 'b', 'c']),
    );
  });
});

describe('CRLF line endings and a UTF-8 byte order mark', () => {
  const lf = post(
    'title: Windows\ndate: 2024-01-01\ntags: [a, b]\nunlisted: true',
    'First paragraph.\n\n## Heading\n\nMore.\n',
  );
  const crlf = lf.replaceAll('\n', '\r\n');
  const bom = '\uFEFF';

  it.each([
    ['CRLF', crlf],
    ['a BOM', bom + lf],
    ['a BOM and CRLF', bom + crlf],
    ['old Mac CR', lf.replaceAll('\n', '\r')],
  ])('reads %s exactly like LF, for the loader and the compiler', (_, source) => {
    const dir = siteWith({ 'posts/lf.md': lf, 'posts/other.md': source });
    const store = storeFor(dir);
    const plain = postAt(store, 'lf.md');
    const other = postAt(store, 'other.md');
    expect(other.unlisted).toBe(true);
    expect(other.frontMatter).toEqual(plain.frontMatter);
    expect(other.description).toBe('First paragraph.');
    expect(other.sourceHash).toBe(plain.sourceHash);
    expect(readPostSource(other)).toBe(readPostSource(plain));
  });

  it('keeps the lines of front matter problems', () => {
    const bad = post('title: A\ndate: 2024-13-01\ndraft: maybe');
    expect(
      problemsOf({
        'posts/crlf.md': bad.replaceAll('\n', '\r\n'),
        'posts/bom.md': bom + bad,
      }),
    ).toEqual([
      'posts/bom.md:3: front matter "date" must be a date (got "2024-13-01")',
      'posts/bom.md:4: front matter "draft" must be true or false (got "maybe")',
      'posts/crlf.md:3: front matter "date" must be a date (got "2024-13-01")',
      'posts/crlf.md:4: front matter "draft" must be true or false (got "maybe")',
    ]);
  });

  it('keeps the lines and columns of compiler problems', async () => {
    const bad = post('title: Foo\ndate: 2024-01-01', 'Fine.\n\nBroken <b>tag\n');
    const expected = [
      'posts/foo.mdx:8:8: MDX: Expected a closing tag for `<b>` (8:8-8:11) before the end of `paragraph`',
    ];
    expect(
      await compileProblems({ 'posts/foo.mdx': bad.replaceAll('\n', '\r\n') }, 'foo.mdx'),
    ).toEqual(expected);
    expect(await compileProblems({ 'posts/foo.mdx': bom + bad }, 'foo.mdx')).toEqual(expected);
  });

  it('reads authors.yml and tags.yml with CRLF and a BOM', () => {
    const store = storeFor(
      siteWith({
        'posts/authors.yml': `${bom}jane:\r\n  name: Jane\r\n  page: true\r\n`,
        'posts/tags.yml': `${bom}rust:\r\n  label: Rust\r\n  permalink: /rust-lang\r\n`,
        'posts/a.md': post('title: A\nauthors: jane\ntags: [rust]'),
      }),
    );
    expect(postAt(store, 'a.md').authors[0]).toMatchObject({ key: 'jane', name: 'Jane' });
    expect(postAt(store, 'a.md').tags[0]).toMatchObject({ label: 'Rust', slug: 'rust-lang' });
  });
});

describe('files that are not text', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48];

  it.each([
    ['an empty file', '', 'posts/a.md: the file is empty'],
    ['a file of blank lines', '\n  \n\n', 'posts/a.md: the file is empty'],
    ['a file with only a BOM', '\uFEFF', 'posts/a.md: the file is empty'],
    [
      'a NUL byte',
      bytes('---\ntitle: A\n---\n\nText', [0], '\n'),
      'posts/a.md:5: the file is not text (it contains a NUL byte)',
    ],
    ['a PNG named .md', bytes(PNG), 'posts/a.md:3: the file is not text (it contains a NUL byte)'],
    [
      'a Latin-1 file',
      bytes('---\ntitle: Caf', [0xe9], '\n---\n\nText.\n'),
      'posts/a.md:2: the file is not valid UTF-8 (first bad byte at line 2)',
    ],
    [
      'a truncated sequence',
      bytes(post('title: A'), 'Hangul ', [0xed, 0x95], '\n'),
      'posts/a.md:6: the file is not valid UTF-8 (first bad byte at line 6)',
    ],
    [
      'an encoded surrogate',
      bytes(post('title: A'), [0xed, 0xa0, 0x80], '\n'),
      'posts/a.md:6: the file is not valid UTF-8 (first bad byte at line 6)',
    ],
    [
      'an overlong encoding',
      bytes(post('title: A'), 'ok\n', [0xc0, 0xaf], '\n'),
      'posts/a.md:7: the file is not valid UTF-8 (first bad byte at line 7)',
    ],
  ])('reports %s', (_, content, expected) => {
    expect(problemsOf({ 'posts/a.md': content })).toEqual([expected]);
  });

  it('accepts a post with front matter and no text', () => {
    const store = storeFor(siteWith({ 'posts/a.md': '---\ntitle: Only a title\n---\n' }));
    expect(postAt(store, 'a.md').title).toBe('Only a title');
  });

  it('reports authors.yml and tags.yml that are not text', () => {
    expect(
      problemsOf({
        'posts/authors.yml': bytes('jane:\n  name: Jan', [0xe9], '\n'),
        'posts/tags.yml': bytes(PNG),
      }),
    ).toEqual([
      'posts/authors.yml:2: the file is not valid UTF-8 (first bad byte at line 2)',
      'posts/tags.yml:3: the file is not text (it contains a NUL byte)',
    ]);
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

describe('impossible dates in file names', () => {
  it.each([
    ['2026-02-30-x.md', 'title: X', '2026-02-30'],
    ['2026-02-30-x.md', 'title: X\ndate: 2026-03-01', '2026-02-30'],
    ['2026/02/30/x.md', 'title: X\ndate: 2026-03-01', '2026/02/30'],
    ['2026-13-01-x/index.md', 'title: X', '2026-13-01'],
  ])('reports an impossible date in the file name %s (with %j)', (name, frontMatter, written) => {
    expect(problemsOf({ [`posts/${name}`]: post(frontMatter) })).toEqual([
      `posts/${name}: the date in the file name is not a valid date (got "${written}")`,
    ]);
  });
});

describe('Unicode normalization', () => {
  const nfc = '한글-글';
  const nfd = nfc.normalize('NFD');

  it('gives a post named in NFD (as macOS writes Hangul) its NFC permalink and title', () => {
    expect(nfd).not.toBe(nfc);
    const store = storeFor(siteWith({ [`posts/2024-01-01-${nfd}.md`]: 'Text.\n' }));
    const [only] = store.getAllPosts();
    expect(only?.permalink).toBe(`/2024/01/01/${nfc}/`);
    expect(only?.path.endsWith(`${nfd}.md`)).toBe(true);
    expect(store.getPostBySegments(['2024', '01', '01', encodeURIComponent(nfc)])).toBe(only);
    expect(storeFor(siteWith({ [`posts/${nfd}.md`]: 'Text.\n' })).getAllPosts()[0]).toMatchObject({
      title: nfc,
      permalink: `/${nfc}/`,
    });
  });

  it('normalizes slugs and tags to NFC', () => {
    const store = storeFor(
      siteWith({
        'posts/tags.yml': `${nfd}:\n  description: NFD key\n`,
        'posts/a.md': post(
          `title: A\nslug: /${nfd}\ntags: [${nfc}, ${nfd} 둘, {label: ${nfd}, permalink: /${nfd}-x}]`,
        ),
      }),
    );
    const only = postAt(store, 'a.md');
    expect(only.permalink).toBe(`/${nfc}/`);
    expect(only.tags).toEqual([
      { label: nfc, slug: nfc, permalink: `/tags/${nfc}/`, description: 'NFD key' },
      {
        label: `${nfc} 둘`,
        slug: `${nfc}-둘`,
        permalink: `/tags/${nfc}-둘/`,
        description: undefined,
      },
      { label: nfc, slug: `${nfc}-x`, permalink: `/tags/${nfc}-x/`, description: undefined },
    ]);
    expect(store.getTag(encodeURIComponent(`${nfc}-둘`))?.posts).toEqual([only]);
  });

  it('reports two tags.yml keys that are the same once normalized', () => {
    expect(problemsOf({ 'posts/tags.yml': `${nfc}:\n  label: A\n${nfd}:\n  label: B\n` })).toEqual([
      `posts/tags.yml:3: tags "${nfc}" and "${nfc}" have the same permalink "/tags/${nfc}/"`,
    ]);
  });

  // APFS and HFS+ cannot hold two names that differ only in normalization.
  it.skipIf(process.platform === 'darwin')(
    'reports two posts whose permalinks are the same once normalized, naming both files',
    () => {
      expect(
        problemsOf({
          [`posts/${nfc}.md`]: post('title: NFC'),
          [`posts/${nfd}.md`]: post('title: NFD'),
        }),
      ).toEqual([
        `posts/${nfc}.md: permalink "/${nfc}/" is also the permalink of posts/${nfd}.md (the two file names differ only in how their letters are encoded: NFC and NFD); change the file name or set a different "slug"`,
      ]);
      expect(
        problemsOf({
          [`posts/${nfc}.md`]: post('title: NFC'),
          'posts/other.md': post(`title: Slug\nslug: ${nfd}`),
        }),
      ).toEqual([
        `posts/${nfc}.md: permalink "/${nfc}/" is also the permalink of posts/other.md; change the file name or set a different "slug"`,
      ]);
    },
  );
});
