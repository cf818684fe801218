// The generated corpus's posts (bench/gen-corpus.mjs names them `YYYY-MM-DD-name.md(x)`), in
// order, and where a blog serves each: `/2019/01/19/name` (with the site's trailing slash added
// by the caller), as this engine and Docusaurus (`routeBasePath: '/'`) both do.
import fs from 'node:fs';

const POST_FILE = /^(\d{4})-(\d\d)-(\d\d)-(.*)\.mdx?$/;

/** The corpus's post files in `postsDir`, sorted by name (so by date). */
export function corpusPosts(postsDir) {
  return fs
    .readdirSync(postsDir)
    .filter((file) => POST_FILE.test(file))
    .sort();
}

/** `/2019/01/19/name` for `2019-01-19-name.md`. */
export function postPath(file) {
  const [, y, m, d, name] = POST_FILE.exec(file);
  return `/${y}/${m}/${d}/${name}`;
}
