import { describe, expect, it } from 'vitest';
import { renderSingle } from '@/components/testing/render-post';
import { compileError } from '@/lib/testing/single-post';

const ROWS = `[
  { number: 12, title: 'Fix the thing', category: 'bug fix' },
  { number: 15, title: 'Add a feature', category: 'feature' },
  { number: 20, title: 'Fix another thing', category: 'bug fix' },
]`;

const DATA = `repo: octo/repo
rows:
  - number: 12
    title: Fix the thing
    category: bug fix
  - number: 15
    title: "Add a feature: with a colon"
    category: feature
`;

const summaryOf = (html: string) => /<summary>([^<]*)<\/summary>/.exec(html)?.[1];
const rowCount = (html: string) => html.slice(html.indexOf('<tbody>')).match(/<tr>/g)?.length ?? 0;

describe('<PullRequestTable>', () => {
  it('counts the rows by category in its summary and links each PR', async () => {
    const html = await renderSingle(
      'a.mdx',
      `<PullRequestTable repo="octo/repo" rows={${ROWS}} />\n`,
    );
    expect(html).toContain('<details class="pr-table"><summary>');
    expect(summaryOf(html)).toBe('3개 PR 목록 - bug fix 2개, feature 1개');
    expect(rowCount(html)).toBe(3);
    expect(html).toContain(
      '<td class="pr-index">2</td><td><a href="https://github.com/octo/repo/pull/15" target="_blank" rel="noopener noreferrer">#15</a></td><td>Add a feature <span class="pr-category pr-category-inline">feature</span></td><td class="pr-category-cell"><span class="pr-category">feature</span></td>',
    );
    // The controls are there for JavaScript, pressed by nobody yet.
    expect(html).toContain(
      '<button type="button" class="pr-chip" aria-pressed="false">bug fix <span class="pr-chip-count">2</span></button>',
    );
    expect(html).toContain('<p role="status" class="pr-count">3개 중 3개 표시</p>');
    expect(html).toContain('<th scope="col" aria-sort="ascending">');
  });

  it('reads its rows from a data file next to the post', async () => {
    const html = await renderSingle(
      '2026-01-01-a.mdx',
      '<PullRequestTable data="./a.prs.yml" />\n',
      {
        files: { 'posts/a.prs.yml': DATA },
      },
    );
    expect(summaryOf(html)).toBe('2개 PR 목록 - bug fix 1개, feature 1개');
    expect(html).toContain('<td>Add a feature: with a colon <span');
    expect(html).toContain('href="https://github.com/octo/repo/pull/12"');
  });

  it('reads JSON data files too, and keeps rows in the order written', async () => {
    const json = JSON.stringify({
      repo: 'octo/repo',
      rows: [
        { number: 30, title: 'Later', category: 'infra' },
        { number: 3, title: 'Earlier', category: 'infra' },
      ],
    });
    const html = await renderSingle('a.mdx', '<PullRequestTable data="./prs.json" />\n', {
      files: { 'posts/prs.json': json },
    });
    expect(html.indexOf('#30')).toBeLessThan(html.indexOf('#3<'));
    expect(html).toContain('<th scope="col" aria-sort="none">');
  });

  it('names the data file, line and field of a bad row', async () => {
    const bad = DATA.replace('category: feature', 'category: 12').replace(
      'number: 12',
      'number: 12.5',
    );
    const message = await compileError('a.mdx', '<PullRequestTable data="./a.prs.yml" />\n', {
      'posts/a.prs.yml': bad,
    });
    expect(message).toContain(
      'posts/a.prs.yml:3: "rows[0].number" must be a whole number (got 12.5)',
    );
    expect(message).toContain('posts/a.prs.yml:8: "rows[1].category" must be a string (got 12)');
  });

  it('names the line of a missing field, a bad repo and a repeated PR', async () => {
    const files = (data: string) => ({ 'posts/a.prs.yml': data });
    const body = '<PullRequestTable data="./a.prs.yml" />\n';
    const missing = DATA.replace('repo: octo/repo', 'repo: octo').replace(
      '    title: Fix the thing\n',
      '',
    );
    const message = await compileError('a.mdx', body, files(missing));
    expect(message).toContain(
      'posts/a.prs.yml:1: "repo" must be a GitHub repository such as "kube-rs/kube" (got "octo")',
    );
    expect(message).toContain('posts/a.prs.yml:3: "rows[0].title" must be a string');
    await expect(
      compileError('a.mdx', body, files(DATA.replace('number: 15', 'number: 12'))),
    ).resolves.toContain('posts/a.prs.yml:6: "rows[1].number" repeats #12 of rows[0] (got 12)');
  });

  it('names unknown keys and YAML syntax errors in a data file', async () => {
    const files = (data: string) => ({ 'posts/a.prs.yml': data });
    const body = '<PullRequestTable data="./a.prs.yml" />\n';
    await expect(compileError('a.mdx', body, files(`owner: me\n${DATA}`))).resolves.toContain(
      'posts/a.prs.yml:1: has unknown keys "owner" (use "repo" and "rows")',
    );
    await expect(compileError('a.mdx', body, files(`${DATA}  - number: [\n`))).resolves.toMatch(
      /posts\/a\.prs\.yml:10:\d+: invalid YAML: /,
    );
  });

  it('reads a data file as strictly as front matter: no alias bombs, no unknown tags', async () => {
    const files = (data: string) => ({ 'posts/a.prs.yml': data });
    const body = '<PullRequestTable data="./a.prs.yml" />\n';
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (const name of 'bcdefgh') {
      const previous = levels.length === 1 ? 'a' : String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    await expect(compileError('a.mdx', body, files(`${levels.join('\n')}\n`))).resolves.toContain(
      'posts/a.prs.yml: too many YAML aliases',
    );
    await expect(
      compileError(
        'a.mdx',
        body,
        files(DATA.replace('title: Fix the thing', 'title: !!binary aGk=')),
      ),
    ).resolves.toMatch(/posts\/a\.prs\.yml:4:\d+: invalid YAML: unknown tag "!!binary"/);
  });

  it('names the post and the path of a data file that is not there', async () => {
    await expect(
      compileError('a.mdx', 'Intro\n\n<PullRequestTable data="./missing.yml" />\n'),
    ).resolves.toContain(
      'posts/a.mdx:7:1: <PullRequestTable> data="./missing.yml": there is no file posts/missing.yml',
    );
    await expect(
      compileError('a.mdx', '<PullRequestTable data="../../etc/passwd.yml" />\n'),
    ).resolves.toContain(
      'posts/a.mdx:5:1: <PullRequestTable> data="../../etc/passwd.yml": the data file must be inside the project',
    );
  });

  it('rejects rows in props that are wrong, mixed with a data file, or computed', async () => {
    await expect(
      compileError(
        'a.mdx',
        `<PullRequestTable repo="octo/repo" rows={[{ number: 1, title: 'x' }]} />\n`,
      ),
    ).resolves.toContain('posts/a.mdx:5:1: <PullRequestTable> "rows[0].category" must be a string');
    await expect(
      compileError('a.mdx', `<PullRequestTable data="./a.yml" rows={${ROWS}} />\n`, {
        'posts/a.yml': DATA,
      }),
    ).resolves.toContain('<PullRequestTable> takes either "data" or "repo" and "rows", not both');
    await expect(
      compileError(
        'a.mdx',
        'export const rows = [];\n\n<PullRequestTable repo="octo/repo" rows={rows} />\n',
      ),
    ).resolves.toContain(
      'posts/a.mdx:7:1: <PullRequestTable> needs plain data, not JavaScript, in "rows"',
    );
  });
});
