import { describe, expect, it } from 'vitest';
import { describeIssues } from '../validation';
import { createFrontMatterSchema } from './front-matter';

const schema = createFrontMatterSchema('Asia/Seoul');

/** The problems of front matter, as loading words them (without the file and line). */
function problemsOf(data: Record<string, unknown>): string[] {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : describeIssues(parsed.error, data).map((issue) => issue.message);
}

function parse(data: Record<string, unknown>) {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(describeIssues(parsed.error, data)[0]?.message);
  return parsed.data;
}

describe('front matter: good values', () => {
  it.each<[string, unknown, unknown]>([
    ['title', 'Hello', 'Hello'],
    ['title', '  안녕하세요  ', '안녕하세요'],
    ['title_meta', 'Hello | SEO', 'Hello | SEO'],
    ['description', '', ''],
    ['description', 'About this post.', 'About this post.'],
    ['sidebar_label', 'Short', 'Short'],
    ['image', ' /img/pic.png ', '/img/pic.png'],
    ['image', 'https://example.com/pic.png', 'https://example.com/pic.png'],
    ['keywords', [], []],
    ['keywords', ['rust', '쿠버네티스'], ['rust', '쿠버네티스']],
    ['slug', '/custom/path', '/custom/path'],
    ['slug', ' hello ', 'hello'],
    ['tags', ['rust', { label: 'Go', permalink: '/golang', description: 'Go.' }], null],
    ['authors', 'doxxx', 'doxxx'],
    ['authors', { key: 'doxxx', title: 'Guest' }, { key: 'doxxx', title: 'Guest' }],
    ['authors', ['doxxx', { name: 'Guest', socials: { github: 'guest' } }], null],
    ['author', 'Old Timer', 'Old Timer'],
    ['author_url', 'https://old.example', 'https://old.example'],
    ['author_title', 'Founder', 'Founder'],
    ['author_image_url', '/img/old.png', '/img/old.png'],
    ['authorURL', '/about/', '/about/'],
    ['authorTitle', 'Founder', 'Founder'],
    ['authorImageURL', 'https://example.com/a.png', 'https://example.com/a.png'],
    ['draft', true, true],
    ['unlisted', false, false],
    ['hide_table_of_contents', true, true],
    ['comments', false, false],
    ['toc_min_heading_level', 2, 2],
    ['toc_max_heading_level', 6, 6],
  ])('%s: %j', (field, value, expected) => {
    expect(parse({ [field]: value })[field as 'title']).toEqual(expected ?? value);
  });

  it('reads a date in the site’s time zone, and keeps a date YAML already parsed', () => {
    expect(parse({ date: '2026-02-20' }).date?.toISOString()).toBe('2026-02-19T15:00:00.000Z');
    expect(parse({ date: '2026-02-20 12:00:00 +0900' }).date?.toISOString()).toBe(
      '2026-02-20T03:00:00.000Z',
    );
    const instant = new Date('2026-02-20T03:00:00Z');
    expect(parse({ date: instant }).date).toEqual(instant);
    expect(createFrontMatterSchema('UTC').parse({ date: '2026-02-20' }).date?.toISOString()).toBe(
      '2026-02-20T00:00:00.000Z',
    );
  });

  it('reads last_update with a date and an author, or either', () => {
    const { last_update } = parse({ last_update: { date: '2026-03-02 18:30', author: 'Jane' } });
    expect(last_update?.date?.toISOString()).toBe('2026-03-02T09:30:00.000Z');
    expect(last_update?.author).toBe('Jane');
    expect(parse({ last_update: { author: 'Jane' } }).last_update).toEqual({ author: 'Jane' });
  });

  it('accepts TOC levels in order, equal, and a min that only the default max bounds', () => {
    expect(problemsOf({ toc_min_heading_level: 3, toc_max_heading_level: 5 })).toEqual([]);
    expect(problemsOf({ toc_min_heading_level: 4, toc_max_heading_level: 4 })).toEqual([]);
    expect(problemsOf({ toc_min_heading_level: 3 })).toEqual([]);
    expect(problemsOf({ toc_max_heading_level: 2 })).toEqual([]);
  });

  it('keeps unknown keys, as Docusaurus allows them', () => {
    const data = { title: 'X', custom_field: { nested: [1, 2] }, pagination_next: null };
    expect(parse(data)).toEqual(data);
  });

  it('accepts empty front matter', () => {
    expect(parse({})).toEqual({});
  });
});

describe('front matter: bad values', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['an empty title', { title: '  ' }, ['"title" must not be empty (got "  ")']],
    ['a title that is a number', { title: 42 }, ['"title" must be a string (got 42)']],
    [
      'a description that is a list',
      { description: ['a'] },
      ['"description" must be a string (got ["a"])'],
    ],
    ['an empty image', { image: '' }, ['"image" must not be empty (got "")']],
    [
      'an image that is not a string',
      { image: true },
      ['"image" must be a URL or a path (got true)'],
    ],
    [
      'keywords that are not a list',
      { keywords: 'rust, go' },
      ['"keywords" must be a list of strings (got "rust, go")'],
    ],
    [
      'a keyword that is not a string',
      { keywords: ['rust', 1] },
      ['"keywords[1]" must be a string (got 1)'],
    ],
    ['an empty slug', { slug: '' }, ['"slug" must not be empty (got "")']],
    ['an impossible date', { date: '2026-02-30' }, ['"date" must be a date (got "2026-02-30")']],
    ['a month out of range', { date: '2024-13-01' }, ['"date" must be a date (got "2024-13-01")']],
    ['a date that is not a string', { date: 2024 }, ['"date" must be a date (got 2024)']],
    [
      'a date that is not a date',
      { date: 'yesterday' },
      ['"date" must be a date (got "yesterday")'],
    ],
    [
      'an invalid Date',
      { date: new Date('nope') },
      ['"date" must be a date (got an invalid date)'],
    ],
    ['tags that are not a list', { tags: 'rust' }, ['"tags" must be a list of tags (got "rust")']],
    ['an empty tag', { tags: ['rust', ''] }, ['"tags[1]" must not be empty (got "")']],
    [
      'a tag object without a permalink',
      { tags: [{ label: 'x' }] },
      [
        '"tags[0]" must be a tag name or an object with "label" and "permalink" (got {"label":"x"})',
      ],
    ],
    [
      'a tag that is a number',
      { tags: [7] },
      ['"tags[0]" must be a tag name or an object with "label" and "permalink" (got 7)'],
    ],
    [
      'authors that are a number',
      { authors: 42 },
      ['"authors" must be an author key, an author object, or a list of them (got 42)'],
    ],
    ['an empty author key', { authors: '' }, ['"authors" must not be empty (got "")']],
    [
      'an author in a list that is a number',
      { authors: ['doxxx', 42] },
      ['"authors" must be an author key, an author object, or a list of them (got ["doxxx",42])'],
    ],
    [
      'an inline author with a bad url',
      { authors: [{ name: 'X', url: '' }] },
      ['"authors[0].url" must not be empty (got "")'],
    ],
    [
      'a legacy author that is not a string',
      { author: { name: 'X' } },
      ['"author" must be a string (got {"name":"X"})'],
    ],
    [
      'an empty legacy author_url',
      { author_url: ' ' },
      ['"author_url" must not be empty (got " ")'],
    ],
    [
      'draft that is not a boolean',
      { draft: 'yes' },
      ['"draft" must be true or false (got "yes")'],
    ],
    [
      'unlisted that is not a boolean',
      { unlisted: 1 },
      ['"unlisted" must be true or false (got 1)'],
    ],
    [
      'comments that is not a boolean',
      { comments: 'no' },
      ['"comments" must be true or false (got "no")'],
    ],
    [
      'hide_table_of_contents that is not a boolean',
      { hide_table_of_contents: 'true' },
      ['"hide_table_of_contents" must be true or false (got "true")'],
    ],
    [
      'a TOC level below 2',
      { toc_min_heading_level: 1 },
      ['"toc_min_heading_level" must be a heading level from 2 to 6 (got 1)'],
    ],
    [
      'a TOC level above 6',
      { toc_max_heading_level: 7 },
      ['"toc_max_heading_level" must be a heading level from 2 to 6 (got 7)'],
    ],
    [
      'a TOC level that is not whole',
      { toc_max_heading_level: 2.5 },
      ['"toc_max_heading_level" must be a heading level from 2 to 6 (got 2.5)'],
    ],
    [
      'a TOC level that is a string',
      { toc_min_heading_level: '2' },
      ['"toc_min_heading_level" must be a heading level from 2 to 6 (got "2")'],
    ],
    [
      'a min TOC level above the max',
      { toc_min_heading_level: 5, toc_max_heading_level: 3 },
      ['"toc_min_heading_level" must not be greater than "toc_max_heading_level" (3) (got 5)'],
    ],
    [
      'a min TOC level above the default max',
      { toc_min_heading_level: 4 },
      ['"toc_min_heading_level" must not be greater than "toc_max_heading_level" (3) (got 4)'],
    ],
    [
      'draft and unlisted at once',
      { draft: true, unlisted: true },
      ['"unlisted" cannot be combined with "draft: true" (got true)'],
    ],
    [
      'last_update that is a date string',
      { last_update: '2026-03-02' },
      ['"last_update" must be an object with "date" and/or "author" (got "2026-03-02")'],
    ],
    [
      'an impossible last_update date',
      { last_update: { date: '2026-02-30' } },
      ['"last_update.date" must be a date (got "2026-02-30")'],
    ],
  ])('%s', (_, data, expected) => {
    expect(problemsOf(data)).toEqual(expected);
  });

  it('reports every bad field at once', () => {
    expect(problemsOf({ title: '', draft: 'no', keywords: 'x', date: 'nope' })).toEqual([
      '"title" must not be empty (got "")',
      '"keywords" must be a list of strings (got "x")',
      '"date" must be a date (got "nope")',
      '"draft" must be true or false (got "no")',
    ]);
  });
});
