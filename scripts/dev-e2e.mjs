#!/usr/bin/env node
// For the live-authoring e2e test: a fresh copy of the fixture site's posts in .cache/dev-e2e,
// served by `npm run dev` (scripts/dev.mjs; the test edits these files, never the real posts/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const postsDir = path.join(root, '.cache', 'dev-e2e', 'posts');
fs.rmSync(postsDir, { recursive: true, force: true });
fs.cpSync(path.join(root, 'lib/load/__fixtures__/site/posts'), postsDir, { recursive: true });

const port = process.env.PORT ?? '3102';
const child = spawn(process.execPath, [path.join(root, 'scripts', 'dev.mjs'), '-p', port], {
  cwd: root,
  stdio: 'inherit',
  // One language: the sample site's translations are of posts the fixture does not have.
  env: { ...process.env, POSTS_DIR: postsDir, LOCALES: 'default' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
