#!/usr/bin/env node
// What `next dev` itself takes on this machine, whatever the site: the seconds from the command
// until a page of a one-page Next.js app (the project's Next, React and TypeScript) answers 200,
//   node bench/dev-floor.mjs [--runs K] [--restart]
// for the page alone (`bare`) and with the project's stylesheet (app/globals.css: Tailwind CSS
// and its typography plugin, through PostCSS; `tailwind`), alternating. Nothing compiled before
// each run, or with --restart Turbopack's cache of the run before. The project's own first page
// is timed by bench/dev-timings.mjs and bench/dev-peer.mjs; this is the floor under it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { seconds } from './timed-saves.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const restart = args.includes('--restart');
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache', 'dev-floor');
const port = 3410;

const layout = (css) =>
  `${css ? "import './globals.css';\n" : ''}import type { ReactNode } from 'react';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
`;
const page = `export default function Page() {
  return <h1 className="text-2xl font-bold">Hello</h1>;
}
`;
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['dom', 'esnext'],
    jsx: 'react-jsx',
    module: 'esnext',
    moduleResolution: 'bundler',
    strict: true,
    skipLibCheck: true,
    isolatedModules: true,
    noEmit: true,
    plugins: [{ name: 'next' }],
  },
  include: ['**/*.ts', '**/*.tsx'],
  exclude: ['node_modules'],
};

/** A one-page app in .cache/dev-floor/NAME, with a hard-linked copy of the project's node_modules. */
function app(name, css) {
  const dir = path.join(work, name);
  if (!fs.existsSync(path.join(dir, 'node_modules'))) {
    fs.mkdirSync(dir, { recursive: true });
    // Turbopack does not follow a symlinked node_modules; hard links cost no space.
    const copied = spawnSync('cp', ['-al', path.join(root, 'node_modules'), dir]);
    if (copied.status !== 0) throw new Error(`cp -al node_modules: ${copied.stderr}`);
  }
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  // A repository of its own, as a project is: Tailwind CSS looks for class names in every file
  // git does not ignore, and inside this one's .cache/ it would read all of node_modules/.
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n.next/\n');
  if (!fs.existsSync(path.join(dir, '.git'))) spawnSync('git', ['init', '-q'], { cwd: dir });
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  // Its own settings: Next would otherwise take the project's, found above it.
  fs.writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(dir)} } };\n`,
  );
  fs.writeFileSync(path.join(dir, 'app', 'layout.tsx'), layout(css));
  fs.writeFileSync(path.join(dir, 'app', 'page.tsx'), page);
  if (css) {
    for (const file of ['globals.css', 'mdx.css'])
      fs.copyFileSync(path.join(root, 'app', file), path.join(dir, 'app', file));
    fs.copyFileSync(path.join(root, 'postcss.config.mjs'), path.join(dir, 'postcss.config.mjs'));
  }
  return dir;
}

/** Seconds from `next dev` until the home page answers 200. */
async function firstPage(dir) {
  if (!restart) fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  const started = performance.now();
  const dev = spawn(
    process.execPath,
    [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '-p', String(port)],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  try {
    for (;;) {
      if (dev.exitCode !== null) throw new Error(`next dev in ${dir} ended (${dev.exitCode})`);
      const response = await fetch(`http://localhost:${port}/`).catch(() => undefined);
      if (response?.ok) {
        await response.text();
        return seconds(started);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (dev.exitCode === null) {
      dev.kill('SIGTERM');
      await new Promise((resolve) => dev.once('exit', resolve));
    }
  }
}

const apps = { bare: app('bare', false), tailwind: app('tailwind', true) };
const results = { restart, bare: [], tailwind: [] };
for (let run = 0; run < runs; run++) {
  for (const [name, dir] of Object.entries(apps)) results[name].push(await firstPage(dir));
}
console.log(JSON.stringify(results));
