import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { storeFor, writeSite } from '../testing/sites';
import { lastCommitDates } from './git-dates';

function git(dir: string, args: string[], date?: string) {
  const result = spawnSync('git', args, {
    cwd: dir,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 't@example.com',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

const post = (title: string) => `---\ntitle: ${title}\ndate: 2026-01-01\n---\n\nText.\n`;

describe('showLastUpdateTime', () => {
  it('takes each post’s last commit from one git log, and front matter first', () => {
    const dir = writeSite({
      'posts/a.md': post('A'),
      'posts/b.md': `---\ntitle: B\ndate: 2026-01-01\nlast_update:\n  date: 2026-03-03\n---\n\nText.\n`,
    });
    git(dir, ['init', '-q']);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'first'], '2026-02-01T10:00:00+09:00');
    git(
      dir,
      ['commit', '-q', '--allow-empty', '-m', 'later, touching nothing'],
      '2026-02-05T10:00:00+09:00',
    );
    const store = storeFor(dir, { config: { blog: { showLastUpdateTime: true } } });
    const byId = new Map(store.getAllPosts().map((p) => [p.id, p.lastUpdate?.date?.toISOString()]));
    expect(byId.get('a.md')).toBe('2026-02-01T01:00:00.000Z');
    expect(byId.get('b.md')).toBe('2026-03-02T15:00:00.000Z');
    expect(lastCommitDates(`${dir}/posts`).size).toBe(2);
  });

  it('is off by default, and without git there is no date', () => {
    const dir = writeSite({ 'posts/a.md': post('A') });
    expect(storeFor(dir).getAllPosts()[0]?.lastUpdate).toBeUndefined();
    const outside = storeFor(dir, { config: { blog: { showLastUpdateTime: true } } });
    expect(outside.getAllPosts()[0]?.lastUpdate).toBeUndefined();
  });
});
