// A copy of this project for another site (a test fixture, an imported Docusaurus blog, the
// benchmark corpus): the engine's files, node_modules hard-linked (Turbopack does not follow a
// symlinked one), then the site's own files on top. The copy is a project like any other:
// `npm run build` in it builds that site, and nothing is written into this one.
//   import { siteCopy, buildSite } from './site-copy.mjs'
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The engine's files: what git tracks, without the sample site's posts and translations. */
function engineFiles() {
  let files;
  try {
    files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
  } catch {
    files = fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .filter((file) => !/^(?:node_modules|\.next|out|\.cache|\.git)(?:\/|$)/.test(file));
  }
  return files.filter(
    (file) =>
      !file.startsWith('posts/') &&
      !file.startsWith('i18n/') &&
      fs.existsSync(path.join(root, file)),
  );
}

/**
 * `.cache/sites/<name>/`: the engine, with `overlay` (a folder, or files by path) on top. Its
 * posts, public files and build output from an earlier copy are replaced; its node_modules and
 * caches are kept, so a second build there is a warm one.
 */
export function siteCopy(name, overlay) {
  const dir = path.join(root, '.cache', 'sites', name);
  for (const entry of ['posts', 'public', 'i18n', 'src', 'out', 'site.config.ts']) {
    fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  for (const file of engineFiles()) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(root, file), target);
  }
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true });
  if (!fs.existsSync(path.join(dir, 'node_modules'))) {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  }
  if (typeof overlay === 'string') fs.cpSync(overlay, dir, { recursive: true });
  else {
    for (const [file, text] of Object.entries(overlay ?? {})) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  }
  return dir;
}

/** `npm run build` in a site copy; its exit status and output (printed unless `capture`). */
export function buildSite(dir, env = {}, { capture = false } = {}) {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    stdio: capture ? 'pipe' : 'inherit',
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
