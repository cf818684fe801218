/**
 * When each file was last committed, from one `git log` over a folder (not one call a file):
 * what Docusaurus's `showLastUpdateTime` shows. Outside a git repository, or without git, none.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The last commit time of each file under `dir`, by absolute path. */
export function lastCommitDates(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (top.status !== 0 || !top.stdout) return dates;
  const root = top.stdout.trim();
  // Newest first: each commit's time, then the files it touched.
  const log = spawnSync(
    'git',
    [
      'log',
      '--format=%x00%ct',
      '--name-only',
      '--no-renames',
      '--',
      path.relative(root, dir) || '.',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (log.status !== 0) return dates;
  let time: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\0')) time = new Date(Number(line.slice(1)) * 1000);
    else if (line !== '' && time) {
      const file = path.join(root, line);
      if (!dates.has(file)) dates.set(file, time);
    }
  }
  return dates;
}

/** What the repository's history is at now (HEAD's commit), or '' outside one. */
export function gitHead(dir: string): string {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' });
  return head.status === 0 ? head.stdout.trim() : '';
}
