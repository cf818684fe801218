import { describe, expect, it } from 'vitest';
import { ProblemList, formatProblem } from '../problems';
import type { Author, AuthorsFile } from './authors';
import { normalizeSocials, parseAuthorsFile, resolveAuthors } from './authors';
import type { FrontMatter } from './front-matter';
import { createFrontMatterSchema } from './front-matter';
import { parseYamlStrict } from './yaml';

const FILE = 'posts/authors.yml';
const authorPath = (slug: string) => `/blog/authors/${slug}/`;

/** authors.yml as written: the authors it defines and its problems, one line each. */
function parse(source: string): { authors: AuthorsFile; problems: string[] } {
  const problems = new ProblemList();
  const authors = parseAuthorsFile(parseYamlStrict(source), source, FILE, problems, authorPath);
  return { authors, problems: problems.items.map(formatProblem) };
}

function authorsOf(source: string): AuthorsFile {
  const { authors, problems } = parse(source);
  expect(problems).toEqual([]);
  return authors;
}

const AUTHORS = authorsOf(
  [
    'doxxx:',
    '  name: doxxx',
    '  title: Maintainer',
    '  url: https://doxxx.example',
    '  image_url: /img/doxxx.png',
    '  email: doxxx@example.com',
    '  description: Writes about Rust.',
    '  page: true',
    '  socials:',
    '    github: doxxx',
    '    x: "@doxxx"',
    'jane:',
    '  name: Jane',
    '  imageURL: https://example.com/jane.png',
    '  page:',
    '    permalink: /jane-doe/',
    'bot:',
    '  image_url: /img/bot.png',
  ].join('\n'),
);

/** Front matter as a post writes it, validated as loading validates it. */
function frontMatter(yaml: string): FrontMatter {
  const parsed = createFrontMatterSchema('UTC').safeParse(parseYamlStrict(yaml) ?? {});
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const resolve = (yaml: string, authors: AuthorsFile = AUTHORS, fileName = FILE) =>
  resolveAuthors(frontMatter(yaml), authors, fileName);

const inline = (fields: Partial<Author>): Author => ({
  key: undefined,
  name: '',
  title: undefined,
  url: undefined,
  imageUrl: undefined,
  email: undefined,
  description: undefined,
  socials: [],
  permalink: undefined,
  slug: undefined,
  ...fields,
});

describe('parseAuthorsFile', () => {
  it('reads every field of an author, with socials as URLs and its page through authorPath', () => {
    expect(AUTHORS.get('doxxx')).toEqual({
      key: 'doxxx',
      name: 'doxxx',
      title: 'Maintainer',
      url: 'https://doxxx.example',
      imageUrl: '/img/doxxx.png',
      email: 'doxxx@example.com',
      description: 'Writes about Rust.',
      socials: [
        { platform: 'github', url: 'https://github.com/doxxx' },
        { platform: 'x', url: 'https://x.com/doxxx' },
      ],
      permalink: '/blog/authors/doxxx/',
      slug: 'doxxx',
    });
  });

  it('gives `page: { permalink }` its own slug, and imageURL as the image', () => {
    expect(AUTHORS.get('jane')).toMatchObject({
      name: 'Jane',
      imageUrl: 'https://example.com/jane.png',
      slug: 'jane-doe',
      permalink: '/blog/authors/jane-doe/',
    });
  });

  it('names an author with only an image by its key, and gives no page without `page`', () => {
    expect(AUTHORS.get('bot')).toMatchObject({
      key: 'bot',
      name: 'bot',
      imageUrl: '/img/bot.png',
      permalink: undefined,
      slug: undefined,
    });
  });

  it('gives no page for `page: false`, and nothing for an empty file', () => {
    expect(authorsOf('a:\n  name: A\n  page: false\n').get('a')?.permalink).toBeUndefined();
    expect(authorsOf('').size).toBe(0);
    expect(authorsOf('# no authors yet\n').size).toBe(0);
  });

  it.each([
    [
      'an author without a name or an image',
      'a:\n  name: A\nb:\n  title: Nameless\n',
      ['posts/authors.yml:3: author "b" needs a "name" or an "image_url"'],
    ],
    [
      'an author that is not an object',
      'a: Just a name\n',
      ['posts/authors.yml:1: "a" must be an object with at least "name" (got "Just a name")'],
    ],
    [
      'a field of the wrong type',
      'a:\n  name: A\nb:\n  name: 42\n',
      ['posts/authors.yml:3: "b.name" must be a string (got 42)'],
    ],
    [
      'a bad page',
      'a:\n  name: A\n  page: yes\n',
      ['posts/authors.yml:1: "a.page" must be true, false or { permalink } (got "yes")'],
    ],
    [
      'an empty page permalink',
      'a:\n  name: A\n  page:\n    permalink: /\n',
      ['posts/authors.yml:1: "a.page.permalink" must not be empty'],
    ],
    [
      'a file that is not a map of authors',
      '- doxxx\n- jane\n',
      [
        'posts/authors.yml: must map author keys to { name, title, url, image_url, … } (got ["doxxx","jane"])',
      ],
    ],
    [
      'socials that are not a map',
      'a:\n  name: A\n  socials: [github]\n',
      ['posts/authors.yml:1: "a.socials" must map platforms to handles or URLs (got ["github"])'],
    ],
    [
      'an unknown social platform given a handle',
      'a:\n  name: A\n  socials:\n    myspace: tom\n',
      [
        'posts/authors.yml:1: author "a": "socials.myspace" must be a full URL: "myspace" is not a known platform (known: x, twitter, github, linkedin, stackoverflow, bluesky, instagram, threads, mastodon, twitch, youtube)',
      ],
    ],
  ])('reports %s', (_, source, expected) => {
    expect(parse(source).problems).toEqual(expected);
  });
});

describe('normalizeSocials', () => {
  it.each([
    ['x', 'doxxx', 'https://x.com/doxxx'],
    ['twitter', '@doxxx', 'https://twitter.com/doxxx'],
    ['github', 'doxxx', 'https://github.com/doxxx'],
    ['linkedin', 'doxxx', 'https://www.linkedin.com/in/doxxx'],
    ['stackoverflow', '123', 'https://stackoverflow.com/users/123'],
    ['bluesky', 'doxxx.bsky.social', 'https://bsky.app/profile/doxxx.bsky.social'],
    ['instagram', 'doxxx', 'https://www.instagram.com/doxxx'],
    ['threads', '@doxxx', 'https://www.threads.net/@doxxx'],
    ['mastodon', 'doxxx', 'https://mastodon.social/@doxxx'],
    ['twitch', 'doxxx', 'https://twitch.tv/doxxx'],
    ['youtube', 'doxxx', 'https://youtube.com/@doxxx'],
    ['github', 'https://github.com/someone-else', 'https://github.com/someone-else'],
    ['myspace', 'http://myspace.com/tom', 'http://myspace.com/tom'],
  ])('%s: %s → %s', (platform, value, url) => {
    expect(normalizeSocials({ [platform]: value })).toEqual([{ platform, url }]);
  });
});

describe('resolveAuthors', () => {
  it('resolves keys of the authors file, one or a list, in order', () => {
    expect(resolve('authors: doxxx')).toEqual([AUTHORS.get('doxxx')]);
    expect(resolve('authors: [jane, doxxx]')).toEqual([AUTHORS.get('jane'), AUTHORS.get('doxxx')]);
    expect(resolve('title: No authors')).toEqual([]);
  });

  it('takes an inline author as written, with its socials as URLs', () => {
    expect(
      resolve(
        [
          'authors:',
          '  - name: Guest',
          '    title: Visitor',
          '    url: https://guest.example',
          '    image_url: https://guest.example/me.png',
          '    email: guest@example.com',
          '    socials:',
          '      github: guest',
          '      mastodon: https://hachyderm.io/@guest',
        ].join('\n'),
      ),
    ).toEqual([
      inline({
        name: 'Guest',
        title: 'Visitor',
        url: 'https://guest.example',
        imageUrl: 'https://guest.example/me.png',
        email: 'guest@example.com',
        socials: [
          { platform: 'github', url: 'https://github.com/guest' },
          { platform: 'mastodon', url: 'https://hachyderm.io/@guest' },
        ],
      }),
    ]);
  });

  it('overrides fields of a key with what the post writes, keeping the page of the key', () => {
    const [author] = resolve(
      'authors:\n  - key: doxxx\n    title: Guest editor\n    socials:\n      github: other\n',
    ) as Author[];
    expect(author).toEqual({
      ...AUTHORS.get('doxxx'),
      title: 'Guest editor',
      socials: [{ platform: 'github', url: 'https://github.com/other' }],
    });
    expect(author?.permalink).toBe('/blog/authors/doxxx/');
  });

  it('reads the legacy author fields as one inline author', () => {
    expect(
      resolve(
        'author: Old Timer\nauthor_title: Founder\nauthor_url: https://old.example\nauthor_image_url: /img/old.png',
      ),
    ).toEqual([
      inline({
        name: 'Old Timer',
        title: 'Founder',
        url: 'https://old.example',
        imageUrl: '/img/old.png',
      }),
    ]);
    expect(
      resolve(
        'author: Camel\nauthorTitle: Founder\nauthorURL: /about/\nauthorImageURL: /img/c.png',
      ),
    ).toEqual([
      inline({ name: 'Camel', title: 'Founder', url: '/about/', imageUrl: '/img/c.png' }),
    ]);
  });

  it.each([
    [
      'an unknown key, listing the valid keys',
      'authors: [doxxx, ghost]',
      '"authors[1]": author "ghost" is not in posts/authors.yml (valid keys: doxxx, jane, bot)',
    ],
    [
      'an unknown key as the only author',
      'authors: ghost',
      '"authors": author "ghost" is not in posts/authors.yml (valid keys: doxxx, jane, bot)',
    ],
    [
      'an author object with an unknown key',
      'authors:\n  - key: ghost\n    title: Boo',
      '"authors[0]": author "ghost" is not in posts/authors.yml (valid keys: doxxx, jane, bot)',
    ],
    [
      'an inline author without a key or a name',
      'authors:\n  - title: Nameless',
      '"authors[0]": an inline author needs a "key" or a "name"',
    ],
    [
      'an inline author with an unknown social platform',
      'authors:\n  - name: Guest\n    socials:\n      myspace: tom',
      '"authors[0]": "socials.myspace" must be a full URL: "myspace" is not a known platform (known: x, twitter, github, linkedin, stackoverflow, bluesky, instagram, threads, mastodon, twitch, youtube)',
    ],
    [
      '"authors" with a legacy field',
      'authors: doxxx\nauthor_url: https://old.example',
      '"authors" cannot be combined with the legacy "author", "author_url", "author_title" or "author_image_url"',
    ],
    [
      'legacy fields without "author"',
      'author_title: Founder',
      '"author" is required with "author_url", "author_title" or "author_image_url"',
    ],
  ])('reports %s', (_, yaml, message) => {
    expect(resolve(yaml)).toBe(message);
  });

  it('names the authors file it was given, and says when it defines no authors', () => {
    expect(resolve('authors: ghost', AUTHORS, 'content/people.yml')).toBe(
      '"authors": author "ghost" is not in content/people.yml (valid keys: doxxx, jane, bot)',
    );
    expect(resolve('authors: ghost', new Map(), 'posts/authors.yml')).toBe(
      '"authors": author "ghost" is not in posts/authors.yml (posts/authors.yml defines no authors)',
    );
  });
});
