/**
 * What each page of the export is made of, as one hash: a warm build renders only the pages
 * whose key changed and copies the others from the last build (lib/publish/page-cache.ts), so a
 * key must change whenever the page would. With the compiled app (`codeFingerprint`, which
 * page-cache.ts adds), it covers:
 * - what any page may show: the settings with the environment applied, the search bundle size,
 *   and in every locale the interface's words, the blog's texts, every page's path (the
 *   language menu links to other locales' pages), and every post, page, author and tag as loaded
 *   (titles, dates, tags, permalinks: the lists, the sidebar, the neighbours' links);
 * - what only some pages show: a post's text (its compiled output, word count and reading time)
 *   counts on the pages whose route holds the post: its own page, its neighbours, and the lists,
 *   tags and authors pages that list it.
 * A change to a post's front matter or file name therefore renders every page again, and a
 * change to its text only the pages above.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Blog } from '../blog/create-blog';
import { cacheKey } from '../compile/compile-cache';
import type { Post } from '../load/post';
import type { PageRoute } from '../routes/table';

/** The fields of a post that follow from its text rather than its front matter or file. */
type TextFields = Pick<Post, 'sourceHash' | 'words' | 'readingMinutes'>;

function isPost(value: unknown): value is Post {
  return (
    typeof value === 'object' && value !== null && 'sourceHash' in value && 'permalink' in value
  );
}

/** JSON of loaded values (Maps and Sets as arrays), with each post as `post` makes it. */
function json(value: unknown, post: (post: Post) => unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...item.entries()];
    if (item instanceof Set) return [...item];
    return isPost(item) ? post(item) : item;
  });
}

/** A post without the fields its text decides (JSON leaves out what is undefined). */
function withoutText(
  post: Post,
): Omit<Post, keyof TextFields> & Record<keyof TextFields, undefined> {
  return { ...post, sourceHash: undefined, words: undefined, readingMinutes: undefined };
}

/** Files of Next's compile output that do not say how pages render (its prerendered pages). */
const RENDERED = /\.(?:html|rsc|meta|body|segments|txt)$/;
/** Secrets Next draws anew for every build: the preview mode's, and the server actions' key. */
const PER_BUILD_FILE = /^server[\\/]preview-props\.json$/;
const PER_BUILD_TEXT = /(encryptionKey\\?"\s*:\s*\\?")[^"\\]*/g;

/**
 * A hash of the app as Next compiled it (`.next/server` code and manifests, `.next/static`),
 * without what is new in every build (the build id, secrets): unchanged when nothing the pages
 * run changed. Anything else Next made new each time would only make every page render again.
 */
export function codeFingerprint(nextDir: string): string {
  const buildId = fs.readFileSync(path.join(nextDir, 'BUILD_ID'), 'utf8').trim();
  const hash = createHash('sha256');
  for (const dir of ['server', 'static']) {
    // In the order of their names without the build id (a folder is named after it).
    const files = fs
      .readdirSync(path.join(nextDir, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !RENDERED.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !PER_BUILD_FILE.test(path.relative(nextDir, file)))
      .map((file) => ({ file, name: path.relative(nextDir, file).replaceAll(buildId, 'BUILD_ID') }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { file, name } of files) {
      const text = fs
        .readFileSync(file, 'latin1')
        .replaceAll(buildId, 'BUILD_ID')
        .replace(PER_BUILD_TEXT, '$1');
      hash.update(name).update('\0').update(text, 'latin1').update('\0');
    }
  }
  return hash.digest('hex');
}

/** Every page path of every locale with the key of its content (without the app's). */
export async function pageKeys(blogs: readonly Blog[]): Promise<Map<string, string>> {
  const [first] = blogs;
  if (!first) return new Map();
  // Where the export goes is no part of any page.
  const config = { ...first.config, exportDir: undefined };
  const site = [json(config, withoutText)];
  for (const blog of blogs) {
    const content = { ...blog.content(), sources: undefined };
    const routes = blog.routes();
    site.push(
      blog.locale,
      json({ content, messages: blog.messages(), texts: blog.texts() }, withoutText),
      json(
        routes.pages.map((route) => route.path),
        withoutText,
      ),
    );
  }
  const siteKey = cacheKey(site);

  const keys = new Map<string, string>();
  for (const blog of blogs) {
    const texts = new Map<Post, TextFields & { output: string; file: string }>();
    for (const post of blog.routes().documents) {
      const { code: output, facts } = await blog.compile(post);
      const { sourceHash, words, readingMinutes, file } = post;
      texts.set(post, {
        file,
        sourceHash,
        words,
        readingMinutes,
        output: cacheKey([output, JSON.stringify(facts)]),
      });
    }
    for (const route of blog.routes().pages) {
      keys.set(route.path, cacheKey([siteKey, blog.locale, routeJson(route, texts)]));
    }
  }
  return keys;
}

/** A route as its key sees it: each post in it by its file and text. */
function routeJson(route: PageRoute, texts: ReadonlyMap<Post, unknown>): string {
  return json(route, (post) => texts.get(post) ?? withoutText(post));
}
