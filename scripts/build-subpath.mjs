#!/usr/bin/env node
// The sub-path test export: the site served under /blog/, from posts/ plus the test-only posts
// in e2e/fixtures/posts/ (hostile titles and the like, never published on the real site).
//   node scripts/build-subpath.mjs      → .cache/exports/subpath, for the `subpath` e2e project
import { assemblePosts, exportSite } from './export-site.mjs';

const exportDir = '.cache/exports/subpath';
const postsDir = assemblePosts('.cache/subpath/posts', ['posts', 'e2e/fixtures/posts']);
const { status } = exportSite({
  POSTS_DIR: postsDir,
  EXPORT_DIR: exportDir,
  BASE_PATH: '/blog',
  SITE_URL: 'https://blog.example.test',
});
if (status !== 0) process.exit(status);
console.log(`sub-path test site exported to ${exportDir} (serve it under /blog)`);
