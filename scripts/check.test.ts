import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, writeSite } from '../lib/testing/sites';
import { runScript } from './run-script';

const AUTHORS = 'doxxx:\n  name: doxxx\n';

describe('npm run check', () => {
  it('passes a good site and says how many posts it checked', () => {
    const result = runScript('check.ts', [], copyFixture('site'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^posts\/: 9 posts checked, no problems \(/);
    expect(result.status).toBe(0);
  });

  it('stops at front matter problems, listing all of them', () => {
    const dir = writeSite({
      'posts/authors.yml': AUTHORS,
      'posts/a.md': '---\ntitle: A\ndate: 2024-13-01\n---\n\nText.\n',
      'posts/b.md': '---\ntitle: B\ndate: 2024-01-01\nauthors: ghost\n---\n\nText.\n',
    });
    const result = runScript('check.ts', [], dir);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'posts/a.md:3: front matter "date" must be a date (got "2024-13-01")',
      'posts/b.md:4: front matter "authors": author "ghost" is not in posts/authors.yml (valid keys: doxxx)',
      '2 problem(s); nothing was compiled.',
    ]);
    expect(result.status).toBe(1);
  });

  it('reports MDX errors, broken links, anchors and images at their line and column', () => {
    const dir = writeSite({
      'posts/authors.yml': AUTHORS,
      'posts/2024-01-01-target.md': '---\ntitle: Target\n---\n\n## Real heading\n',
      'posts/broken.mdx': '---\ntitle: Broken\ndate: 2024-01-02\n---\n\nBroken <b>tag\n',
      'posts/links.md': [
        '---',
        'title: Links',
        'date: 2024-01-03',
        '---',
        '',
        '[ok](/2024/01/01/target/#real-heading) [tag](/tags/nope/) [anchor](/2024/01/01/target/#missing)',
        '',
        '[here](#nowhere) ![img](/img/missing.png) [file](./2024-01-01-target.md#real-heading)',
      ].join('\n'),
    });
    const result = runScript('check.ts', [], dir);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.slice(0, -1)).toEqual([
      'posts/broken.mdx:6:8: MDX: Expected a closing tag for `<b>` (6:8-6:11) before the end of `paragraph`',
      'posts/links.md:6:40: link to "/tags/nope/": no page or file at "/tags/nope/"',
      'posts/links.md:6:59: link to "/2024/01/01/target/#missing": "posts/2024-01-01-target.md" has no heading or element with id "missing"',
      'posts/links.md:8:1: link to "#nowhere": no heading or element with that id in this post',
      'posts/links.md:8:18: image "/img/missing.png" is not a file in public/',
    ]);
    expect(lines.at(-1)).toMatch(/^5 problem\(s\) in posts\/ \(3 posts checked in [\d.]+ s\)$/);
    expect(result.status).toBe(1);
  });

  it('compiles a larger site on several threads and still reports every post once', () => {
    const files: Record<string, string> = { 'posts/authors.yml': AUTHORS };
    for (let i = 1; i <= 120; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      // Every tenth post links to a page that does not exist.
      const link = i % 10 === 0 ? `[gone](/nope-${i}/)` : '[home](/)';
      files[`posts/2024-02-${day}-post-${i}.md`] = `---\ntitle: Post ${i}\n---\n\nText ${link}\n`;
    }
    const result = runScript('check.ts', [], writeSite(files));
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.slice(0, -1)).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]
        .map((i) => {
          const day = String((i % 28) + 1).padStart(2, '0');
          return `posts/2024-02-${day}-post-${i}.md:5:6: link to "/nope-${i}/": no page or file at "/nope-${i}/"`;
        })
        .sort(),
    );
    expect(lines.at(-1)).toMatch(/^12 problem\(s\) in posts\/ \(120 posts checked in /);
  });
});

it('prints warnings with their place and passes, as Docusaurus builds on', () => {
  const dir = writeSite({
    'posts/a.md':
      '---\ntitle: A\ndate: 2024-01-03\n---\n\n:::success\nDone\n:::\n\n```ts {1，3}\nx\n```\n',
  });
  const result = runScript('check.ts', [], dir);
  expect(result.stderr.split('\n').filter(Boolean)).toEqual([
    'posts/a.md:6:1: warning: unknown admonition ":::success", shown as plain text (use one of :::note, :::tip, :::info, :::warning, :::danger, :::caution)',
    'posts/a.md:10:1: warning: code block: "{1，3}" must list lines and ranges, such as {1,3-4}; no lines are highlighted',
  ]);
  expect(result.stdout).toMatch(/^posts\/: 1 posts checked, no problems, 2 warnings \(/);
  expect(result.status).toBe(0);
});

it('leaves links to the broken-site check with --skip-links (as the build runs it)', () => {
  const dir = writeSite({
    'posts/links.md': '---\ntitle: Links\ndate: 2024-01-03\n---\n\n[nowhere](/nope/)\n',
  });
  expect(runScript('check.ts', [], dir).status).toBe(1);
  const skipped = runScript('check.ts', ['--skip-links'], dir);
  expect(skipped.stdout).toMatch(/^posts\/: 1 posts checked, no problems/);
  expect(skipped.status).toBe(0);
});

it('writes each page’s content key for the build with --page-keys', () => {
  const dir = writeSite({
    'posts/2024-01-03-a.md': '---\ntitle: A\ntags: [x]\n---\n\nText.\n',
  });
  const file = path.join(dir, 'keys.json');
  expect(runScript('check.ts', ['--skip-links', '--page-keys', file], dir).status).toBe(0);
  const keys = new Map(JSON.parse(fs.readFileSync(file, 'utf8')) as [string, string][]);
  expect([...keys.keys()]).toEqual(expect.arrayContaining(['/', '/2024/01/03/a/', '/tags/x/']));
  expect([...keys.values()].every((key) => /^[0-9a-f]{64}$/.test(key))).toBe(true);
});

it('compiles Markdown pages too: their MDX errors and broken links fail the check', () => {
  const dir = writeSite({
    'posts/a.md': '---\ntitle: A\ndate: 2024-01-03\n---\n\nText.\n',
    'src/markdown-pages/about.mdx': '---\ntitle: About\n---\n\nHello <b>there.\n',
    'src/markdown-pages/links.md': '---\ntitle: Links\n---\n\n[nowhere](/nope/)\n',
  });
  const result = runScript('check.ts', [], dir);
  expect(result.stderr).toContain('src/markdown-pages/about.mdx:5:');
  expect(result.stderr).toContain(
    'src/markdown-pages/links.md:5:1: link to "/nope/": no page or file at "/nope/"',
  );
  expect(result.stderr).toMatch(/2 problem\(s\) in posts\/ \(1 posts and 2 pages checked in /);
  expect(result.status).toBe(1);
});
