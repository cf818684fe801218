import { describe, expect, it } from 'vitest';
import { ProblemList, formatProblem } from '../problems';
import type { Tag, TagsFile } from './tags';
import { parseTagsFile, resolveTags, tagSlug } from './tags';
import { parseYamlStrict } from './yaml';

const FILE = 'posts/tags.yml';
const tagPath = (slug: string) => `/blog/tags/${slug}/`;

/** tags.yml as written: the tags it defines and its problems, one line each. */
function parse(source: string): { tags: TagsFile; problems: string[] } {
  const problems = new ProblemList();
  const tags = parseTagsFile(parseYamlStrict(source), source, FILE, problems, tagPath);
  return { tags, problems: problems.items.map(formatProblem) };
}

function tagsOf(source: string): TagsFile {
  const { tags, problems } = parse(source);
  expect(problems).toEqual([]);
  return tags;
}

const tag = (label: string, slug: string, description?: string): Tag => ({
  label,
  slug,
  permalink: tagPath(slug),
  description,
});

const TAGS = tagsOf(
  [
    'rust:',
    '  label: Rust',
    '  description: Posts about Rust.',
    'k8s:',
    '  label: Kubernetes',
    '  permalink: /kubernetes',
    '오픈소스:',
    '  permalink: /open-source/',
    'plain:',
    'Open Source Contribution:',
    '  description: First PRs.',
  ].join('\n'),
);

describe('tagSlug (lodash kebabCase, as Docusaurus)', () => {
  it.each([
    ['rust', 'rust'],
    ['Open Source', 'open-source'],
    ['kube-rs', 'kube-rs'],
    ['helloWorld', 'hello-world'],
    ['Node.js', 'node-js'],
    ['open_source', 'open-source'],
    ['Éclair', 'eclair'],
    ['C++', 'c'],
    ['2024', '2024'],
    ['오픈소스', '오픈소스'],
    ['오픈소스 기여', '오픈소스-기여'],
    ['Rust 입문', 'rust-입문'],
    ['!!!', ''],
  ])('%s → %s', (label, slug) => {
    expect(tagSlug(label)).toBe(slug);
  });
});

describe('parseTagsFile', () => {
  it('reads labels, permalinks and descriptions; the key gives what is not written', () => {
    expect(Object.fromEntries(TAGS)).toEqual({
      rust: tag('Rust', 'rust', 'Posts about Rust.'),
      k8s: tag('Kubernetes', 'kubernetes'),
      오픈소스: tag('오픈소스', 'open-source'),
      plain: tag('plain', 'plain'),
      'Open Source Contribution': tag(
        'Open Source Contribution',
        'open-source-contribution',
        'First PRs.',
      ),
    });
  });

  it('is empty for an empty file', () => {
    expect(tagsOf('').size).toBe(0);
  });

  it.each([
    [
      'two tags with the same permalink, on the later one',
      'a:\n  permalink: /same\nb:\n  label: B\nc:\n  permalink: /same/\n',
      ['posts/tags.yml:5: tags "a" and "c" have the same permalink "/blog/tags/same/"'],
    ],
    [
      'a key whose slug is another tag’s permalink',
      'rust:\n  label: Rust\nRust:\n  description: Again\n',
      ['posts/tags.yml:3: tags "rust" and "Rust" have the same permalink "/blog/tags/rust/"'],
    ],
    [
      'a permalink with a slash inside',
      'a:\n  permalink: /lang/rust/\n',
      ['posts/tags.yml:1: "a.permalink" must be a single path segment such as "/lang-rust"'],
    ],
    [
      'an empty permalink',
      'a:\n  permalink: /\n',
      ['posts/tags.yml:1: "a.permalink" must not be empty'],
    ],
    [
      'a file that is not a map of tags',
      '- rust\n',
      ['posts/tags.yml: must map tag keys to { label, permalink, description } (got ["rust"])'],
    ],
    [
      'a tag that is not an object',
      'a: Just a label\n',
      [
        'posts/tags.yml:1: "a" must be an object with "label", "permalink" and/or "description" (got "Just a label")',
      ],
    ],
    [
      'a field of the wrong type',
      'a:\n  label: 42\n',
      ['posts/tags.yml:1: "a.label" must be a string (got 42)'],
    ],
  ])('reports %s', (_, source, expected) => {
    expect(parse(source).problems).toEqual(expected);
  });
});

describe('resolveTags', () => {
  const resolve = (inputs: Parameters<typeof resolveTags>[0], tags: TagsFile = TAGS) =>
    resolveTags(inputs, tags, tagPath);

  it('resolves keys of the tags file to their tags', () => {
    expect(resolve(['rust', 'k8s', '오픈소스'])).toEqual([
      tag('Rust', 'rust', 'Posts about Rust.'),
      tag('Kubernetes', 'kubernetes'),
      tag('오픈소스', 'open-source'),
    ]);
  });

  it('gives an inline name its kebab-case slug through tagPath, keeping Hangul', () => {
    expect(resolve(['Web Assembly', '쿠버네티스 운영'])).toEqual([
      tag('Web Assembly', 'web-assembly'),
      tag('쿠버네티스 운영', '쿠버네티스-운영'),
    ]);
  });

  it('takes a { label, permalink, description } object as written', () => {
    expect(resolve([{ label: 'Go', permalink: '/golang/', description: 'The language.' }])).toEqual(
      [tag('Go', 'golang', 'The language.')],
    );
  });

  it('keeps the first of tags with the same slug', () => {
    expect(
      resolve([
        'Rust',
        'rust',
        { label: 'RUST!', permalink: '/rust' },
        'Open Source',
        'open-source',
      ]),
    ).toEqual([tag('Rust', 'rust'), tag('Open Source', 'open-source')]);
  });

  it('reports a tag without letters or digits, and a bad permalink of an object', () => {
    expect(resolve(['rust', '!!!'])).toBe('"tags[1]" has no letters or digits (got "!!!")');
    expect(resolve([{ label: 'A', permalink: '/a/b' }])).toBe(
      '"tags[0].permalink" must be a single path segment such as "/a-b"',
    );
    expect(resolve(['rust', { label: 'Root', permalink: '/' }])).toBe(
      '"tags[1].permalink" must not be empty',
    );
  });

  it('gives a decomposed (NFD) Hangul tag, inline or in tags.yml, the NFC label and slug', () => {
    const nfd = '오픈소스 기여'.normalize('NFD');
    expect(nfd).not.toBe('오픈소스 기여');
    const [inline] = resolve([nfd], new Map()) as Tag[];
    expect(inline).toEqual(tag('오픈소스 기여', '오픈소스-기여'));

    const [fromObject] = resolve([{ label: nfd, permalink: `/${nfd}/` }], new Map()) as Tag[];
    expect(fromObject).toEqual(tag('오픈소스 기여', '오픈소스 기여'));

    // A key written decomposed in tags.yml is found by a post that writes it composed, and back.
    const file = tagsOf(`${nfd}:\n  description: NFD key\n`);
    expect([...file.keys()]).toEqual(['오픈소스 기여']);
    expect(resolve(['오픈소스 기여'], file)).toEqual([
      tag('오픈소스 기여', '오픈소스-기여', 'NFD key'),
    ]);
    expect(resolve([nfd], file)).toEqual([tag('오픈소스 기여', '오픈소스-기여', 'NFD key')]);
  });
});
