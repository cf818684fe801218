import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, postAt, storeFor } from '../testing/sites';
import type { TestStore as ContentStore } from '../testing/sites';

let store: ContentStore;

beforeAll(() => {
  store = storeFor(copyFixture('site'));
});

describe('loading posts/', () => {
  it('finds .md, .mdx, dated folders and folder posts, ignoring _ files and drafts', () => {
    expect(store.getAllPosts().map((post) => post.id)).toEqual([
      'unlisted.md',
      '2026-03-01-morning.md',
      '2026-02-20-kube-rs-contribution.md',
      'slugged.mdx',
      'h1-title.md',
      '2024-04-01-folder-post/index.md',
      '2024/03/05/nested.md',
      '2024-01-15-dated.md',
      'legacy-author.md',
    ]);
  });

  it('includes drafts only when asked (development)', () => {
    const dev = storeFor(copyFixture('site'), { includeDrafts: true });
    expect(dev.getAllPosts().map((post) => post.id)).toContain('draft.md');
    expect(dev.getPosts().find((post) => post.id === 'draft.md')?.draft).toBe(true);
  });

  it('keeps unlisted posts out of lists but gives them a page', () => {
    expect(store.getPosts().map((post) => post.id)).not.toContain('unlisted.md');
    expect(store.getPost('/unlisted/')?.unlisted).toBe(true);
  });

  it('gives Docusaurus permalinks', () => {
    const permalinks = Object.fromEntries(
      store.getAllPosts().map((post) => [post.id, post.permalink]),
    );
    expect(permalinks).toMatchObject({
      '2026-02-20-kube-rs-contribution.md': '/2026/02/20/kube-rs-contribution/',
      '2024/03/05/nested.md': '/2024/03/05/nested/',
      '2024-04-01-folder-post/index.md': '/2024/04/01/folder-post/',
      'slugged.mdx': '/custom/path/',
      'h1-title.md': '/h1-title/',
    });
    expect(store.getPostBySegments(['2024', '03', '05', 'nested'])?.id).toBe(
      '2024/03/05/nested.md',
    );
  });
});

describe('front matter', () => {
  it('reads every field of the dated post', () => {
    const post = postAt(store, '2024-01-15-dated.md');
    expect(post).toMatchObject({
      title: 'Dated by its file name',
      titleMeta: 'Dated post | SEO title',
      sidebarLabel: 'Dated',
      description: 'Intro paragraph with a link and code.',
      image: '/img/pic.png',
      keywords: ['rust', 'blog'],
      toc: { hidden: false, minLevel: 2, maxLevel: 4 },
      draft: false,
      unlisted: false,
    });
    expect(post.date.toISOString()).toBe('2024-01-14T15:00:00.000Z');
    expect(post.lastUpdate?.date?.toISOString()).toBe('2024-01-31T15:00:00.000Z');
    expect(post.lastUpdate?.author).toBe('Jane');
  });

  it('falls back to the leading # H1 for the title and the first paragraph for the description', () => {
    const post = postAt(store, 'h1-title.md');
    expect(post.title).toBe('Title From Heading');
    expect(post.titleFromContent).toBe(true);
    expect(post.description).toBe('First paragraph with a link on two lines.');
  });

  it('parses the seed post date written as "+0900"', () => {
    const post = postAt(store, 'kube-rs-contribution.md');
    expect(post.date.toISOString()).toBe('2026-02-20T03:00:00.000Z');
    expect(post.description).toBe(
      'kube-rs 프로젝트에 4개월간 20개의 PR을 기여하면서 겪은 시행착오와 배운 점들을 기록합니다.',
    );
    expect(post.image).toBe('https://i.imgur.com/u6lj9tj.png');
  });

  it('keeps hide_table_of_contents and the default TOC levels', () => {
    expect(postAt(store, 'slugged.mdx').toc).toEqual({ hidden: true, minLevel: 2, maxLevel: 3 });
  });

  it('reads Korean reading time in words, not characters', () => {
    const post = postAt(store, 'kube-rs-contribution.md');
    expect(post.words).toBeGreaterThan(900);
    expect(post.words).toBeLessThan(1400);
    expect(post.readingMinutes).toBe(Math.ceil(post.words / 200));
  });
});

describe('tags', () => {
  it('resolves tags.yml keys, inline tags (keeping Hangul) and tag objects', () => {
    expect(postAt(store, '2024-01-15-dated.md').tags).toEqual([
      {
        label: 'Rust',
        slug: 'rust-lang',
        permalink: '/tags/rust-lang/',
        description: 'Posts about Rust.',
      },
      {
        label: '오픈소스 기여',
        slug: '오픈소스-기여',
        permalink: '/tags/오픈소스-기여/',
        description: undefined,
      },
      {
        label: 'TypeScript',
        slug: 'type-script',
        permalink: '/tags/type-script/',
        description: undefined,
      },
    ]);
    expect(postAt(store, 'slugged.mdx').tags).toEqual([
      {
        label: 'Custom Tag',
        slug: 'custom-tag',
        permalink: '/tags/custom-tag/',
        description: undefined,
      },
    ]);
  });

  it('gives tags.yml entries without a label or permalink Docusaurus defaults', () => {
    const seed = postAt(store, 'kube-rs-contribution.md');
    expect(seed.tags.map((tag) => tag.permalink)).toEqual([
      '/tags/open-source/',
      '/tags/rust-lang/',
      '/tags/kubernetes/',
      '/tags/kube-rs/',
    ]);
    expect(seed.tags[0]).toMatchObject({ label: 'open-source', description: '오픈소스 이야기' });
  });

  it('lists tags with their listed posts (Korean collation), and unlisted-only tags apart', () => {
    expect(store.getTags().map((tag) => [tag.label, tag.posts.length])).toEqual([
      ['오픈소스 기여', 1],
      ['Custom Tag', 1],
      ['kube-rs', 1],
      ['kubernetes', 1],
      ['open-source', 1],
      ['Rust', 2],
      ['TypeScript', 1],
    ]);
    expect(store.getTag('secret-tag')).toMatchObject({ unlisted: true });
    expect(store.getTag(encodeURIComponent('오픈소스-기여'))?.posts).toHaveLength(1);
    expect(store.getTag('오픈소스-기여')?.posts).toHaveLength(1);
  });
});

describe('authors', () => {
  it('resolves keys, lists of keys, key objects with overrides, inline and legacy authors', () => {
    expect(postAt(store, 'kube-rs-contribution.md').authors.map((a) => a.name)).toEqual(['doxxx']);
    expect(postAt(store, 'nested.md').authors.map((a) => a.key)).toEqual(['doxxx', 'jane']);
    expect(postAt(store, 'folder-post/index.md').authors[0]).toMatchObject({
      key: 'jane',
      name: 'Jane Kim',
      title: 'Guest title',
      permalink: '/authors/jane-kim/',
    });
    expect(postAt(store, 'slugged.mdx').authors[0]).toMatchObject({
      key: undefined,
      name: 'Inline Person',
      url: 'https://example.com/inline',
    });
    expect(postAt(store, 'legacy-author.md').authors[0]).toMatchObject({
      name: 'Old Style',
      title: 'Writer',
      url: 'https://example.com/old',
      imageUrl: 'https://example.com/old.png',
    });
  });

  it('normalizes socials and makes pages only for authors with `page`', () => {
    const authors = store.getAuthors();
    expect(authors.map((a) => [a.key, a.permalink, a.posts.length])).toEqual([
      ['doxxx', '/authors/doxxx/', 3],
      ['jane', '/authors/jane-kim/', 3],
      ['quiet', undefined, 0],
    ]);
    expect(store.getAuthorPage('quiet')).toBeUndefined();
    expect(authors[1]?.socials).toEqual([
      { platform: 'github', url: 'https://github.com/janekim' },
      { platform: 'x', url: 'https://x.com/jane' },
    ]);
    expect(store.getAuthorPage('jane-kim')?.name).toBe('Jane Kim');
  });
});

describe('lists', () => {
  it('groups the archive by year in the site time zone, newest first', () => {
    expect(store.getArchive().map((y) => [y.year, y.posts.length])).toEqual([
      [2026, 2],
      [2025, 2],
      [2024, 3],
      [2023, 1],
    ]);
  });

  it('paginates', () => {
    const small = storeFor(copyFixture('site'), { postsPerPage: 3 });
    expect(small.paginate(small.getPosts(), 1)?.totalPages).toBe(3);
    expect(small.paginate(small.getPosts(), 3)?.items).toHaveLength(2);
    expect(small.paginate(small.getPosts(), 4)).toBeUndefined();
    expect(small.laterPages(small.getPosts().length)).toEqual([2, 3]);
  });

  it('knows each post’s newer and older neighbours', () => {
    const seed = postAt(store, 'kube-rs-contribution.md');
    const { newer, older } = store.getAdjacentPosts(seed);
    expect(newer?.id).toBe('2026-03-01-morning.md');
    expect(older?.id).toBe('slugged.mdx');
  });
});

describe('compiled posts on disk', () => {
  it('are reused by another process, and dropped when a file they read changes', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = copyFixture('site');
    const cacheDir = path.join(dir, '.cache', 'mdx');
    const first = storeFor(dir, { cacheDir });
    const post = postAt(first, 'kube-rs-contribution.md');
    const original = await first.getCompiledPost(post);
    const entries = fs.readdirSync(cacheDir).sort();
    expect(entries).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}\.js$/),
      expect.stringMatching(/^[0-9a-f]{64}\.json$/),
    ]);
    const entry = entries[0];

    // Tamper with the entry: a second store (another worker, a later build) must return it.
    const file = path.join(cacheDir, entry ?? '');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replaceAll('기여 전체 목록', 'FROM CACHE'),
    );
    const second = storeFor(dir, { cacheDir });
    expect(
      (await second.getCompiledPost(postAt(second, 'kube-rs-contribution.md'))).code,
    ).toContain('FROM CACHE');

    // An image the post shows changes: the entry no longer counts.
    const image = path.join(dir, 'public/img/blog/2026-02-20/bug.png');
    fs.utimesSync(image, new Date(), new Date(Date.now() + 5000));
    const third = storeFor(dir, { cacheDir });
    const recompiled = await third.getCompiledPost(postAt(third, 'kube-rs-contribution.md'));
    expect(recompiled.code).not.toContain('FROM CACHE');
    expect(recompiled.code).toBe(original.code);
  });
});

describe('compiled posts and the data files they read', () => {
  it('are compiled again when a data file changes, though the post did not', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { writeSite } = await import('../testing/sites');
    const dir = writeSite({
      'posts/prs.mdx':
        '---\ntitle: PRs\ndate: 2026-01-01\n---\n\n<PullRequestTable data="./prs.yml" />\n',
      'posts/prs.yml': 'repo: a/b\nrows:\n  - number: 1\n    title: First\n    category: infra\n',
    });
    const cacheDir = path.join(dir, '.cache', 'mdx');
    const before = storeFor(dir, { cacheDir });
    expect((await before.getCompiledPost(postAt(before, 'prs.mdx'))).code).toContain('First');

    fs.writeFileSync(
      path.join(dir, 'posts/prs.yml'),
      'repo: a/b\nrows:\n  - number: 1\n    title: Renamed in the data file\n    category: infra\n',
    );
    fs.utimesSync(path.join(dir, 'posts/prs.yml'), new Date(), new Date(Date.now() + 5000));
    const after = storeFor(dir, { cacheDir });
    const code = (await after.getCompiledPost(postAt(after, 'prs.mdx'))).code;
    expect(code).toContain('Renamed in the data file');
    expect(code).not.toContain('First');
  });
});
