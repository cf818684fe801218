/**
 * The compile step is skipped only when nothing it reads changed: what git lists (sources, and
 * the posts Tailwind scans), what posts import from elsewhere, the settings.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInputs } from './compile-inputs';

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** A project in a git repository, with posts kept outside it and a module of their imports. */
function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-inputs-'));
  const dir = path.join(root, 'site');
  write(dir, {
    'package.json': '{}',
    '.gitignore': '.cache/\n',
    'app/page.tsx': 'export default 1;',
    'posts/a.md': 'text',
    '.cache/other/x.txt': 'ignored',
    '.cache/imports/index.ts': "export * from '../../../elsewhere/chart';",
  });
  write(root, { 'elsewhere/chart.tsx': 'chart', 'elsewhere/post.md': 'text' });
  spawnSync('git', ['init', '-q'], { cwd: dir });
  const inputs = (settings = 's') => compileInputs(dir, path.join(dir, '.cache/imports'), settings);
  return { root, dir, inputs };
}

describe('compile inputs', () => {
  it('change with a source, a post in the project, a new file, or the settings', () => {
    const { dir, inputs } = project();
    const before = inputs();
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(inputs()).toBe(before);
    expect(inputs('other settings')).not.toBe(before);
    for (const [file, text] of [
      ['app/page.tsx', 'export default 2;'],
      ['posts/a.md', 'className="text-red-500"'],
      ['components/new.tsx', 'new'],
    ]) {
      const last = inputs();
      write(dir, { [file as string]: text as string });
      expect(inputs(), file).not.toBe(last);
    }
  });

  it('change with a module posts import from outside the project, not with posts there', () => {
    const { root, dir, inputs } = project();
    const before = inputs();
    write(dir, { '.cache/other/x.txt': 'still ignored' });
    write(root, { 'elsewhere/post.md': 'edited' });
    expect(inputs()).toBe(before);
    write(root, { 'elsewhere/chart.tsx': 'chart, edited' });
    expect(inputs()).not.toBe(before);
  });

  it('are unknown outside a repository, or in a folder its repository ignores', () => {
    const { dir } = project();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    expect(compileInputs(dir, path.join(dir, '.cache/imports'), 's')).toBeUndefined();
    const inner = path.join(project().dir, '.cache', 'site');
    write(inner, { 'package.json': '{}' });
    expect(compileInputs(inner, path.join(inner, '.cache/imports'), 's')).toBeUndefined();
  });
});
