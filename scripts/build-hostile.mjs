#!/usr/bin/env node
// The hostile test site: e2e/fixtures/hostile-site/ (posts from strangers, built with
// `markdown.trusted: false`) in a copy of the project, exported to .cache/sites/hostile/out for
// the `hostile` e2e project: no script may run on any page, no file from outside the project may
// be in the export, every feed must parse.
//   node scripts/build-hostile.mjs
import path from 'node:path';
import { buildSite, siteCopy } from './site-copy.mjs';

const dir = siteCopy(
  'hostile',
  path.resolve(import.meta.dirname, '..', 'e2e/fixtures/hostile-site'),
);
const { status } = buildSite(dir, { SECRET_TOKEN: 'hostile-secret-7d1f' });
if (status !== 0) process.exit(status);
console.log(`hostile test site exported to ${path.relative(process.cwd(), dir)}/out`);
