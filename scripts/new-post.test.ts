import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeFor, writeSite } from '../lib/testing/sites';
import { runScript } from './run-script';

const site = () =>
  writeSite({ 'posts/authors.yml': 'doxxx:\n  name: doxxx\njane:\n  name: Jane\n' });

describe('npm run new', () => {
  it('writes a dated .md post with front matter and a truncate marker, which then loads', () => {
    const dir = site();
    const result = runScript(
      'new-post.ts',
      [
        '쿠버네티스 운영 메모',
        '--tags',
        'kubernetes, 회고',
        '--authors',
        'doxxx',
        '--date',
        '2026-03-01 08:30',
      ],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('created posts/2026-03-01-쿠버네티스-운영-메모.md\n');
    expect(
      fs.readFileSync(path.join(dir, 'posts/2026-03-01-쿠버네티스-운영-메모.md'), 'utf8'),
    ).toBe(
      [
        '---',
        'title: "쿠버네티스 운영 메모"',
        'date: 2026-03-01T08:30:00+09:00',
        'authors: ["doxxx"]',
        'tags: ["kubernetes", "회고"]',
        '---',
        '',
        '목록과 피드에 보일 첫 문단을 여기에 씁니다.',
        '',
        '<!-- truncate -->',
        '',
        '본문을 씁니다.',
        '',
      ].join('\n'),
    );
    const post = storeFor(dir).getPost('/2026/03/01/쿠버네티스-운영-메모/');
    expect(post?.tags.map((tag) => tag.slug)).toEqual(['kubernetes', '회고']);
    expect(post?.date.toISOString()).toBe('2026-02-28T23:30:00.000Z');
  });

  it('writes .mdx with the MDX truncate marker, dated today in the site time zone', () => {
    const dir = site();
    const result = runScript('new-post.ts', ['Hello, World!', '--mdx'], dir);
    const file = /created (posts\/\d{4}-\d\d-\d\d-hello-world\.mdx)/.exec(result.stdout)?.[1];
    expect(file).toBeDefined();
    const text = fs.readFileSync(path.join(dir, file ?? ''), 'utf8');
    expect(text).toContain('title: "Hello, World!"\n');
    expect(text).toContain('{/* truncate */}');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
    expect(file).toBe(`posts/${today}-hello-world.mdx`);
  });

  it('refuses to overwrite, to use unknown authors and to take empty titles', () => {
    const dir = site();
    const args = ['Same title', '--date', '2026-01-01'];
    expect(runScript('new-post.ts', args, dir).status).toBe(0);
    const again = runScript('new-post.ts', args, dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      'new: posts/2026-01-01-same-title.md already exists; choose another title or edit that post\n',
    );
    const ghost = runScript('new-post.ts', ['X', '--authors', 'doxxx,ghost'], dir);
    expect(ghost.stderr).toBe(
      'new: author "ghost" is not in posts/authors.yml (valid keys: doxxx, jane)\n',
    );
    expect(ghost.status).toBe(1);
    expect(runScript('new-post.ts', [], dir).stderr).toMatch(/^new: usage: npm run new -- "제목"/);
    expect(runScript('new-post.ts', ['!!!'], dir).stderr).toBe(
      'new: the title "!!!" has no letters or digits to make a file name from\n',
    );
  });

  it('starts a translation at the path Docusaurus reads it from, and refuses a second', () => {
    const dir = site();
    fs.writeFileSync(path.join(dir, 'posts/2026-02-20-kube.md'), '---\ntitle: 원문\n---\n\n본문\n');
    const args = ['--locale', 'en', '--from', 'posts/2026-02-20-kube.md'];
    const result = runScript('new-post.ts', args, dir);
    expect(result.stderr).toBe('');
    const target = 'i18n/en/docusaurus-plugin-content-blog/2026-02-20-kube.md';
    expect(result.stdout).toBe(
      `created ${target}, a copy of posts/2026-02-20-kube.md: translate its front matter (title, description, tags) and text\n`,
    );
    expect(fs.readFileSync(path.join(dir, target), 'utf8')).toBe('---\ntitle: 원문\n---\n\n본문\n');
    expect(runScript('new-post.ts', args, dir).stderr).toBe(
      `new: ${target} already exists; edit that translation\n`,
    );
    expect(runScript('new-post.ts', ['--locale', 'fr', '--from', 'posts/x.md'], dir).stderr).toBe(
      'new: --locale must be one of the site\'s other locales in i18n.locales (en), got "fr"\n',
    );
    expect(runScript('new-post.ts', ['--locale', 'en', '--from', 'README.md'], dir).stderr).toBe(
      'new: --from must be a post (.md or .mdx) in posts/ (got "README.md")\n',
    );
  });
});
