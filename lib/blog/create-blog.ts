/**
 * The blog as one process sees it: the loaded posts, the route table and the compiler, for a
 * mode given by the caller. Loading and the table are done once (again after a change, when
 * watching); compiled posts come from the compiler's memory and disk cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/resolve';
import { MARKDOWN_PAGES_DIR, translationDirs } from '../config/resolve';
import { createCompiler, prepareCompiler } from '../compile/compiler';
import type { CompiledPost } from '../compile/compile-cache';
import type { TocItem } from '../compile/context';
import type { Messages } from '../i18n/ui-messages';
import { messagesWith } from '../i18n/ui-messages';
import type { Content, LoadOptions, ReusedPosts } from '../load/load';
import { loadContent } from '../load/load';
import {
  contentKey,
  latestContentSnapshot,
  readContentSnapshot,
  reuseKeysOf,
  writeContentSnapshot,
} from '../load/snapshot';
import type { Post } from '../load/post';
import type { RouteTable } from '../routes/table';
import { buildRouteTable } from '../routes/table';
import { createSiteUrls } from '../urls/site-urls';

export type Mode = 'production' | 'development';

export type BlogOptions = {
  /** The project's root: file names in messages are relative to it. */
  rootDir: string;
  config: SiteConfig;
  /** Development shows drafts and, with `watch`, reloads when a file changes. */
  mode: Mode;
  locale?: string;
  watch?: boolean;
  /** Where compiled posts are kept between processes and builds; none in tests. */
  cacheDir?: string;
  /** Where loaded content is kept for the other processes of a build (see lib/load/snapshot.ts). */
  contentCacheDir?: string;
  /** Keep each post's text after loading, for compiling every post next (`npm run check`). */
  keepSources?: boolean;
};

export type Blog = ReturnType<typeof createBlog>;

export function createBlog(options: BlogOptions) {
  const { config, rootDir } = options;
  const locale = options.locale ?? config.defaultLocale;
  const urls = createSiteUrls(config, locale);
  const postsDir = path.resolve(rootDir, config.blog.path);
  const publicDir = path.join(rootDir, 'public');
  const compiler = createCompiler({
    rootDir,
    postsDir,
    publicDir,
    config,
    locale,
    localeHome: urls.home,
    cacheDir: options.cacheDir,
    // The text kept while loading, used once and let go; otherwise the compiler reads the file.
    sourceOf: (post) => {
      const source = loaded?.content.sources?.get(post.path);
      loaded?.content.sources?.delete(post.path);
      return source;
    },
  });
  // Another locale reads its translations first (Docusaurus's i18n folders).
  const translations =
    locale === config.defaultLocale
      ? undefined
      : {
          postsDir: path.resolve(rootDir, translationDirs(config, locale).posts),
          pagesDir: path.resolve(rootDir, translationDirs(config, locale).pages),
          sourceLocale: config.defaultLocale,
        };
  let loaded:
    | { content: Content; routes: RouteTable; byPath: Map<string, Post>; messages: Messages }
    | undefined;
  let watching = false;
  // A load builds again only the posts whose files changed: since the last load when watching,
  // since the latest content snapshot otherwise.
  const reuse: ReusedPosts | undefined =
    options.watch || options.contentCacheDir ? new Map() : undefined;

  // Watching, the snapshot of a load after a save is written once the page that asked for it
  // has rendered, and only the last of a quick series of saves'.
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  const writeLater = options.watch
    ? (write: () => void) => {
        clearTimeout(snapshotTimer);
        snapshotTimer = setTimeout(write, 300);
        snapshotTimer.unref?.();
      }
    : undefined;

  function state() {
    if (options.watch && !watching) {
      watching = true;
      setTimeout(prepareCompiler, 1000).unref?.();
      // Translations, code.json and options.json are all under the i18n folder.
      for (const dir of [postsDir, path.resolve(rootDir, config.i18nDir)]) {
        if (!dir || !fs.existsSync(dir)) continue;
        fs.watch(dir, { recursive: true }, (_event, name) => {
          // Posts, authors, tags or a file a post reads changed: load again; compiled posts
          // come back from the disk cache unless what they read changed. The changed file is
          // built again even if it was keyed as it changed.
          loaded = undefined;
          compiler.forget();
          if (name) reuse?.delete(path.join(dir, name));
          else reuse?.clear();
        });
      }
    }
    if (!loaded) {
      const loadOptions: LoadOptions = {
        rootDir,
        postsDir,
        timeZone: config.timeZone,
        locale,
        includeDrafts: options.mode === 'development',
        urls,
        authorsFile: config.blog.authorsFile,
        tagsFile: config.blog.tagsFile,
        keepSources: options.keepSources,
        lastUpdateFromGit: config.blog.showLastUpdateTime,
        pagesDir,
        translations,
        themeTranslationsFile: path.resolve(rootDir, config.i18nDir, locale, 'code.json'),
        blogOptionsFile: path.resolve(
          rootDir,
          translationDirs(config, locale).posts,
          'options.json',
        ),
        reuse,
        watched: options.watch,
      };
      const content = loadWithSnapshot(loadOptions, options.contentCacheDir, writeLater);
      const routes = buildRouteTable(content, {
        config,
        locale,
        isPublicFile: publicFileTest(publicDir),
      });
      loaded = {
        content,
        routes,
        byPath: new Map(
          [...content.posts, ...content.pages].flatMap((p) => namesOf(p).map((n) => [n, p])),
        ),
        messages: messagesWith(locale, content.themeTranslations),
      };
    }
    return loaded;
  }

  const pagesDir = path.join(rootDir, MARKDOWN_PAGES_DIR);
  /**
   * The files that name a post in links (`[x](./other.md)`): its own, and in another locale,
   * both the original's and the translation's path, so that a link between two posts finds its
   * target in this locale whether either of them is translated.
   */
  const namesOf = (post: Post): string[] => {
    if (!translations) return [post.path];
    const [original, translated] =
      post.kind === 'page' ? [pagesDir, translations.pagesDir] : [postsDir, translations.postsDir];
    return [post.path, path.join(original, post.id), path.join(translated, post.id)];
  };
  const permalinkOfFile = (file: string) => state().byPath.get(file)?.permalink;

  return {
    config,
    urls,
    locale,
    rootDir,
    postsDir,
    publicDir,
    mode: options.mode,
    /** Posts, authors and tags as loaded (throws a ContentError listing every problem). */
    content: (): Content => state().content,
    /** The interface's words in the locale, with the site's `code.json` translations. */
    messages: (): Messages => state().messages,
    /**
     * The blog's title, description and sidebar title in the locale: its `options.json`
     * (Docusaurus's translation of them), else `blogTitle`, `blogDescription` and
     * `blogSidebarTitle`.
     */
    texts() {
      const translated = state().content.blogOptions;
      return {
        title: translated.title ?? config.blog.title,
        description: translated.description ?? config.blog.description,
        sidebarTitle: translated['sidebar.title'] ?? config.blog.sidebarTitle,
      };
    },
    /** Every page and file of the site (throws a ContentError on a collision). */
    routes: (): RouteTable => state().routes,
    /** The post compiled once (memory, then the disk cache, then the compiler). */
    compile: (post: Post): Promise<CompiledPost> => compiler.compile(post, permalinkOfFile),
    /** Facts of an earlier compile of the post, without compiling (the publish step). */
    cachedFacts: (post: Post) => compiler.cachedFacts(post, permalinkOfFile),
  };
}

/**
 * Content from the build's snapshot when nothing changed since, else loaded (and stored): then
 * each post of the latest snapshot whose file is unchanged is taken as it is (a warm build loads
 * only the edited post). A load that keeps the posts' texts (the check) always loads.
 */
function loadWithSnapshot(
  options: LoadOptions,
  cacheDir: string | undefined,
  writeLater?: (write: () => void) => void,
): Content {
  if (!cacheDir) return loadContent(options);
  const key = contentKey(options.rootDir, options);
  const { reuse } = options;
  // Watching, after its first load: a file changed, and the watcher said which.
  const reloading = options.watched && reuse !== undefined && reuse.size > 0;
  const exact = reloading ? undefined : readContentSnapshot(cacheDir, key);
  const earlier = reuse?.size === 0 ? (exact ?? latestContentSnapshot(cacheDir, key)) : undefined;
  if (earlier && reuse) {
    for (const post of [...earlier.content.posts, ...earlier.content.pages]) {
      const built = earlier.reuseKeys[post.path];
      if (built !== undefined) reuse.set(post.path, { key: built, post });
    }
  }
  if (exact && !options.keepSources) return exact.content;
  const content = loadContent(options);
  const reuseKeys = reuseKeysOf(reuse);
  const write = () => writeContentSnapshot(cacheDir, key, content, reuseKeys);
  if (reloading && writeLater) writeLater(write);
  else write();
  return content;
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Whether a site path (`/cv.pdf`) is a file of `public/`. Most pages' first folder is not in
 * `public/` at all, which one listing tells (compared in lower case and NFC, as a case- or
 * normalization-insensitive disk would find it), so they need no `stat`.
 */
function publicFileTest(publicDir: string): (sitePath: string) => boolean {
  const fold = (name: string) => name.normalize('NFC').toLowerCase();
  const top = new Set(fs.existsSync(publicDir) ? fs.readdirSync(publicDir).map(fold) : []);
  return (sitePath) => {
    const first = sitePath.split('/').find(Boolean);
    return first !== undefined && top.has(fold(first)) && isFile(path.join(publicDir, sitePath));
  };
}

/** The post's table of contents: its headings within the front matter's levels, unless hidden. */
export function tocOf(post: Post, compiled: CompiledPost): TocItem[] {
  if (post.toc.hidden) return [];
  return compiled.facts.toc.filter(
    (item) => item.level >= post.toc.minLevel && item.level <= post.toc.maxLevel,
  );
}
