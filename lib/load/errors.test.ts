import { describe, expect, it } from 'vitest';
import { postAt, storeFor, writeSite } from '../testing/sites';
import { ContentError } from '../problems';

const AUTHORS = 'doxxx:\n  name: doxxx\njane:\n  name: Jane\n';

/** The problems loading a site reports, one line each. */
function problemsOf(files: Record<string, string>): string[] {
  const store = storeFor(writeSite({ 'posts/authors.yml': AUTHORS, ...files }));
  try {
    store.getAllPosts();
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

async function compileProblems(files: Record<string, string>, name: string): Promise<string[]> {
  const store = storeFor(writeSite(files));
  try {
    await store.getCompiledPost(postAt(store, name));
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

const post = (frontMatter: string, body = 'Text.\n') => `---\n${frontMatter}\n---\n\n${body}`;

describe('bad front matter', () => {
  it.each([
    [
      'an invalid date',
      { 'posts/foo.mdx': post('title: Foo\ndate: 2024-13-01') },
      ['posts/foo.mdx:3: front matter "date" must be a date (got "2024-13-01")'],
    ],
    [
      'a date that is not a string',
      { 'posts/foo.md': post('date: 2024') },
      ['posts/foo.md:2: front matter "date" must be a date (got 2024)'],
    ],
    [
      'invalid YAML',
      { 'posts/foo.md': post('title: [unclosed\ndate: 2024-01-01') },
      [
        'posts/foo.md:3:1: front matter is invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'a title of the wrong type',
      { 'posts/foo.md': post('title: 42\ndate: 2024-01-01') },
      ['posts/foo.md:2: front matter "title" must be a string (got 42)'],
    ],
    [
      'tags that are not a list',
      { 'posts/foo.md': post('date: 2024-01-01\ntags: rust') },
      ['posts/foo.md:3: front matter "tags" must be a list of tags (got "rust")'],
    ],
    [
      'a bad tag object',
      { 'posts/foo.md': post('date: 2024-01-01\ntags: [{label: x}]') },
      [
        'posts/foo.md:3: front matter "tags[0]" must be a tag name or an object with "label" and "permalink" (got {"label":"x"})',
      ],
    ],
    [
      'TOC levels out of range and out of order',
      {
        'posts/foo.md': post(
          'date: 2024-01-01\ntoc_min_heading_level: 7\ntoc_max_heading_level: 3',
        ),
      },
      [
        'posts/foo.md:3: front matter "toc_min_heading_level" must be a heading level from 2 to 6 (got 7)',
      ],
    ],
    [
      'min TOC level above max',
      {
        'posts/foo.md': post(
          'date: 2024-01-01\ntoc_min_heading_level: 4\ntoc_max_heading_level: 3',
        ),
      },
      [
        'posts/foo.md:3: front matter "toc_min_heading_level" must not be greater than "toc_max_heading_level" (3) (got 4)',
      ],
    ],
    [
      'draft and unlisted at once',
      { 'posts/foo.md': post('date: 2024-01-01\ndraft: true\nunlisted: true') },
      ['posts/foo.md:4: front matter "unlisted" cannot be combined with "draft: true" (got true)'],
    ],
  ])('%s', (_, files, expected) => {
    expect(problemsOf(files)).toEqual(expected);
  });

  it('collects every problem of a file, and of every file, before failing', () => {
    expect(
      problemsOf({
        'posts/a.md': post('title: 1\ndate: nope\ndraft: maybe'),
        'posts/b.md': post('date: 2024-01-01\nauthors: ghost'),
      }),
    ).toEqual([
      'posts/a.md:2: front matter "title" must be a string (got 1)',
      'posts/a.md:3: front matter "date" must be a date (got "nope")',
      'posts/a.md:4: front matter "draft" must be true or false (got "maybe")',
      'posts/b.md:3: front matter "authors": author "ghost" is not in posts/authors.yml (valid keys: doxxx, jane)',
    ]);
  });
});

describe('bad references', () => {
  it.each([
    [
      'an unknown author key, listing the valid keys',
      { 'posts/foo.md': post('date: 2024-01-01\nauthors: [doxxx, nobody]') },
      [
        'posts/foo.md:3: front matter "authors[1]": author "nobody" is not in posts/authors.yml (valid keys: doxxx, jane)',
      ],
    ],
    [
      'an author object with an unknown key',
      { 'posts/foo.md': post('date: 2024-01-01\nauthors:\n  - key: nobody') },
      [
        'posts/foo.md:3: front matter "authors[0]": author "nobody" is not in posts/authors.yml (valid keys: doxxx, jane)',
      ],
    ],
    [
      'an inline author without a name',
      { 'posts/foo.md': post('date: 2024-01-01\nauthors:\n  - title: Nameless') },
      ['posts/foo.md:3: front matter "authors[0]": an inline author needs a "key" or a "name"'],
    ],
    [
      'authors with legacy author fields',
      { 'posts/foo.md': post('date: 2024-01-01\nauthors: doxxx\nauthor: Someone') },
      [
        'posts/foo.md:3: front matter "authors" cannot be combined with the legacy "author", "author_url", "author_title" or "author_image_url"',
      ],
    ],
    [
      'a duplicate permalink, naming both files',
      {
        'posts/2024-01-01-hello.md': post('title: A'),
        'posts/other.md': post('title: B\nslug: /2024/01/01/hello'),
      },
      [
        'posts/other.md: permalink "/2024/01/01/hello/" is also the permalink of posts/2024-01-01-hello.md; change the file name or set a different "slug"',
      ],
    ],
    [
      'a permalink the blog itself uses',
      { 'posts/foo.md': post('date: 2024-01-01\nslug: /tags/foo') },
      [
        'posts/foo.md:3: front matter "slug" gives the permalink "/tags/foo/", which starts with "/tags/", which the blog itself uses',
      ],
    ],
    [
      'URLs that run code, in front matter and authors.yml',
      {
        'posts/authors.yml': 'eve:\n  name: Eve\n  url: "javascript:alert(1)"\n',
        'posts/foo.md': post('title: Foo\nimage: " JavaScript:alert(2)"'),
      },
      [
        'posts/authors.yml:1: "eve.url" must not be a URL that runs code (got "javascript:alert(1)")',
        'posts/foo.md:3: front matter "image" must not be a URL that runs code (got " JavaScript:alert(2)")',
      ],
    ],
    [
      'a slug with a ".." segment',
      { 'posts/foo.md': post('date: 2024-01-01\nslug: ../../etc') },
      ['posts/foo.md:3: front matter "slug" must not have "." or ".." segments (got "../../etc")'],
    ],
    [
      'a file name with "#"',
      { 'posts/c#-tips.md': post('title: C# tips') },
      [
        'posts/c#-tips.md: the permalink "/c#-tips/" has "#", which ends the path of a URL; set a "slug"',
      ],
    ],
    [
      'an impossible date in the file name',
      { 'posts/2026-02-30-x.md': post('title: X') },
      ['posts/2026-02-30-x.md: the date in the file name is not a valid date (got "2026-02-30")'],
    ],
  ])('%s', (_, files, expected) => {
    expect(problemsOf(files)).toEqual(expected);
  });
});

describe('bad authors.yml and tags.yml', () => {
  it('reports invalid YAML with its line', () => {
    expect(problemsOf({ 'posts/authors.yml': 'doxxx:\n  name: [x\n' })).toEqual([
      'posts/authors.yml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports authors without a name and unknown social platforms', () => {
    expect(
      problemsOf({
        'posts/authors.yml': 'a:\n  title: x\nb:\n  name: B\n  socials:\n    myspace: bob\n',
      }),
    ).toEqual([
      'posts/authors.yml:1: author "a" needs a "name" or an "image_url"',
      'posts/authors.yml:3: author "b": "socials.myspace" must be a full URL: "myspace" is not a known platform (known: x, twitter, github, linkedin, stackoverflow, bluesky, instagram, threads, mastodon, twitch, youtube)',
    ]);
  });

  it('reports two tags with the same permalink', () => {
    expect(
      problemsOf({ 'posts/tags.yml': 'a:\n  permalink: /same\nb:\n  permalink: /same\n' }),
    ).toEqual(['posts/tags.yml:3: tags "a" and "b" have the same permalink "/tags/same/"']);
  });
});

describe('bad content', () => {
  it('reports an MDX syntax error with its line and column in the file', async () => {
    expect(
      await compileProblems(
        { 'posts/foo.mdx': post('title: Foo\ndate: 2024-01-01', 'Fine.\n\nBroken <b>tag\n') },
        'foo.mdx',
      ),
    ).toEqual([
      'posts/foo.mdx:8:8: MDX: Expected a closing tag for `<b>` (8:8-8:11) before the end of `paragraph`',
    ]);
  });

  it('reports an unparsable expression', async () => {
    expect(
      await compileProblems(
        { 'posts/foo.mdx': post('title: Foo\ndate: 2024-01-01', 'A {broken expression\n') },
        'foo.mdx',
      ),
    ).toHaveLength(1);
  });

  it('reports missing images and links to missing posts, with their positions', async () => {
    expect(
      await compileProblems(
        {
          'posts/foo.md': post(
            'title: Foo\ndate: 2024-01-01',
            '![gone](/img/missing.png)\n\nSee [this](./nope.md) and ![x](./also-missing.png).\n',
          ),
        },
        'foo.md',
      ),
    ).toEqual([
      'posts/foo.md:6:1: image "/img/missing.png" is not a file in public/',
      'posts/foo.md:8:5: link to "./nope.md": no post at nope.md in posts/',
      'posts/foo.md:8:27: image "./also-missing.png" does not exist next to the post',
    ]);
  });
});
