/**
 * Reads `posts/`: every `.md`/`.mdx` file (also `NAME/index.md(x)` folders), `authors.yml` and
 * `tags.yml`. Files and folders starting with `_` are ignored, as in Docusaurus. Every problem
 * in every file is collected before anything is thrown.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuthorsFile } from './authors';
import { parseAuthorsFile, resolveAuthors } from './authors';
import { dateFromPath, parseDate } from './dates';
import type { FrontMatter } from './front-matter';
import { describeIssues } from '../validation';
import { createFrontMatterSchema } from './front-matter';
import { readFileText } from './file-text';
import { lastCommitDates } from './git-dates';
import { countWords, firstParagraph, leadingHeading, readingMinutes } from './markdown-text';
import type { SiteUrls } from '../urls/site-urls';
import { writtenPathProblem } from '../urls/site-urls';
import { postPermalink } from './permalinks';
import type { Post, PostFormat } from './post';
import type { PostFile } from './post-file';
import { readPostFile } from './post-file';
import { ContentError, ProblemList } from '../problems';
import type { TagsFile } from './tags';
import type { TranslationMessages } from './translation-files';
import { translationMessagesOf } from './translation-files';
import { parseTagsFile, resolveTags } from './tags';
import { lineOfKey, parseYamlStrict, yamlProblem } from './yaml';

export type LoadOptions = {
  /** Project root; file names in messages are relative to it. */
  rootDir: string;
  /** Absolute path of the posts folder. */
  postsDir: string;
  timeZone: string;
  locale: string;
  /** Drafts are shown in development and never exported. */
  includeDrafts: boolean;
  /** The site's URL scheme, for the permalinks of posts, tags and authors. */
  urls: SiteUrls;
  /** `authors.yml` and `tags.yml` (none: no tags file), in the posts folder. */
  authorsFile: string;
  tagsFile: string | undefined;
  /**
   * Keep what the compiler reads of each post (`Content.sources`), for a process that compiles
   * them next and should not read every file twice (`npm run check`).
   */
  keepSources?: boolean;
  /** A post without `last_update.date` was last updated when git last committed it. */
  lastUpdateFromGit?: boolean;
  /** Standalone Markdown pages, Docusaurus's `src/pages/`, in `src/markdown-pages/` (absolute; none if missing). */
  pagesDir?: string;
  /**
   * A locale other than the default one: its translations (Docusaurus's
   * `i18n/<locale>/docusaurus-plugin-content-blog/`, absolute) replace the post, `authors.yml`
   * or `tags.yml` of the same relative path; a post without one stays in `sourceLocale`.
   */
  translations?: { postsDir: string; pagesDir?: string; sourceLocale: string };
  /** The locale's theme translations, Docusaurus's `i18n/<locale>/code.json` (absolute). */
  themeTranslationsFile?: string;
  /** The blog's title, description and sidebar title in the locale (`options.json`, absolute). */
  blogOptionsFile?: string;
  /**
   * Posts built by an earlier load, by file, taken again when nothing they were built from
   * changed: `next dev` loads again after every save, and a build starts from the last one's
   * (lib/blog/create-blog.ts); either builds only the changed posts.
   */
  reuse?: ReusedPosts;
  /**
   * The caller removes a post from `reuse` as soon as its file changes (`next dev`'s file
   * watcher): a post built or checked since is taken again without reading its file.
   */
  watched?: boolean;
};

/**
 * What a load built, by a post's absolute path, with the key of what it was built from and,
 * when watched, what all posts share as it was when this process last built or checked it.
 */
export type ReusedPosts = Map<string, { key: string; post: Post; checked?: string }>;

export type Content = {
  /** Newest first. Unlisted posts are included (they have pages); drafts only when asked. */
  posts: Post[];
  authors: AuthorsFile;
  tags: TagsFile;
  /** Standalone pages (`src/markdown-pages/about.md` → `/about/`), by path. */
  pages: Post[];
  /** The interface's words from `code.json`, by Docusaurus id (see translation-files.ts). */
  themeTranslations: TranslationMessages;
  /** `title`, `description` and `sidebar.title` of the blog from `options.json`, if any. */
  blogOptions: TranslationMessages;
  /** What the compiler reads of each post, by absolute path, when `keepSources` was asked. */
  sources?: Map<string, string>;
};

const POST_RE = /\.mdx?$/;

/** Relative paths (with `/`) of every post file under `dir`, sorted. */
export function findPostFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    const entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.') || entry.name === 'node_modules')
        continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && POST_RE.test(entry.name)) found.push(child);
    }
  };
  if (fs.existsSync(dir)) walk('');
  return found.sort();
}

type Parsed =
  | { ok: true; frontMatter: FrontMatter; matter: string; body: string; bodyLine: number }
  | { ok: false };

const schemas = new Map<string, ReturnType<typeof createFrontMatterSchema>>();

function frontMatterSchema(timeZone: string) {
  let schema = schemas.get(timeZone);
  if (!schema) {
    schema = createFrontMatterSchema(timeZone);
    schemas.set(timeZone, schema);
  }
  return schema;
}

/**
 * What the compiler reads of a post: its body, with the front matter blanked out so that line
 * numbers in messages are the file's.
 */
function compilerSource(body: string, bodyLine: number): string {
  return '\n'.repeat(bodyLine) + body;
}

export function hashSource(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/**
 * A post's source for the compiler, read again from its file: posts do not keep their text in
 * memory (10,000 posts would hold hundreds of megabytes in every build worker), only its hash.
 */
export function readPostSource(post: Pick<Post, 'path' | 'file'>): string {
  const read = readPostFile(post.path, post.file);
  if (!read.ok) throw new ContentError([read.problem]);
  return compilerSource(read.post.body, read.post.bodyLine);
}

function parseSource(
  parsed: PostFile,
  file: string,
  timeZone: string,
  problems: ProblemList,
): Parsed {
  const { data, bodyLine } = parsed;
  const result = frontMatterSchema(timeZone).safeParse(data);
  if (!result.success) {
    for (const issue of describeIssues(result.error, data)) {
      const key = issue.field.split(/[.[]/)[0] ?? '';
      problems.add({
        file,
        line: lineOfKey(parsed.matter, key),
        message: `front matter ${issue.message}`,
      });
    }
    return { ok: false };
  }
  return {
    ok: true,
    frontMatter: result.data,
    matter: parsed.matter,
    body: parsed.body,
    bodyLine,
  };
}

/**
 * The last text read from each data file (`authors.yml`, `tags.yml`, translations) and what it
 * parsed to: `next dev` loads again after every save, and these rarely change.
 */
const parsedYaml = new Map<string, { data: unknown; source: string }>();

function readOptionalYaml(file: string, absolute: string, problems: ProblemList) {
  if (!fs.existsSync(absolute)) return { data: undefined, source: '' };
  const read = readFileText(absolute);
  if (!read.ok) {
    problems.add({ file, ...read.problem });
    return { data: undefined, source: '' };
  }
  const source = read.text;
  const parsed = parsedYaml.get(absolute);
  if (parsed?.source === source) return parsed;
  try {
    const result = { data: parseYamlStrict(source), source };
    parsedYaml.set(absolute, result);
    return result;
  } catch (error) {
    const problem = yamlProblem(error, file);
    if (!problem) throw error;
    problems.add(problem);
    return { data: undefined, source };
  }
}

/** `about.md` → `/about/`, `guides/index.mdx` → `/guides/`: a standalone page's path. */
function pagePath(relativePath: string): string {
  return `/${relativePath.replace(/(?:^|\/)index\.mdx?$/, '').replace(/\.mdx?$/, '')}/`.replace(
    /\/+/g,
    '/',
  );
}

function fileStem(relativePath: string): string {
  const withoutExt = relativePath.replace(/(?:\/index)?\.mdx?$/, '');
  return withoutExt.slice(withoutExt.lastIndexOf('/') + 1);
}

type BuildContext = LoadOptions & {
  problems: ProblemList;
  authors: AuthorsFile;
  authorsFileName: string;
  tags: TagsFile;
  sources: Map<string, string> | undefined;
  committed: Map<string, Date>;
  /** What every post is built from besides its file: `authors.yml` and `tags.yml`. */
  sharedKey: string;
};

/** Where a post's file is and the language it is written in. */
type Source = { dir: string; lang: string };

/**
 * What a post is built from: its file (text and modification time, the date of a post without
 * one), its git date, and what all posts share. Undefined when the file cannot be read.
 */
function reuseKey(absolute: string, shared: string): string | undefined {
  const stat = fs.statSync(absolute, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const text = createHash('sha256').update(fs.readFileSync(absolute)).digest('hex');
  return `${text}:${stat.mtimeMs}:${shared}`;
}

/** What a post is built from besides its file: its git date and what all posts share. */
function sharedPart(absolute: string, context: Pick<BuildContext, 'committed' | 'sharedKey'>) {
  return `${context.committed.get(absolute)?.getTime() ?? ''}:${context.sharedKey}`;
}

/** The post built from its file, or taken from an earlier load (`LoadOptions.reuse`). */
function buildPost(
  id: string,
  context: BuildContext,
  kind: Post['kind'],
  source: Source,
): Post | undefined {
  const { reuse } = context;
  // A reused post's text is not kept: what compiles it reads the file.
  if (!reuse) return buildPostOf(id, context, kind, source);
  const absolute = path.join(source.dir, id);
  const earlier = reuse.get(absolute);
  const shared = sharedPart(absolute, context);
  if (context.watched && earlier?.checked === shared && earlier.post.kind === kind)
    return earlier.post;
  const checked = context.watched ? shared : undefined;
  const key = reuseKey(absolute, shared);
  if (key !== undefined && earlier?.key === key && earlier.post.kind === kind) {
    reuse.set(absolute, { ...earlier, checked });
    return earlier.post;
  }
  const post = buildPostOf(id, context, kind, source);
  if (key !== undefined && post) reuse.set(absolute, { key, post, checked });
  else reuse.delete(absolute);
  return post;
}

function buildPostOf(
  id: string,
  context: BuildContext,
  kind: Post['kind'],
  { dir, lang }: Source,
): Post | undefined {
  const { problems, rootDir, timeZone } = context;
  const absolute = path.join(dir, id);
  const file = relativeFile(rootDir, absolute);
  const read = readPostFile(absolute, file);
  if (!read.ok) {
    problems.add(read.problem);
    return undefined;
  }
  const parsed = parseSource(read.post, file, timeZone, problems);
  if (!parsed.ok) return undefined;
  const { frontMatter: fm, body, bodyLine } = parsed;
  const before = problems.size;
  const fieldLine = (field: string) => lineOfKey(parsed.matter, field);
  const report = (field: string, message: string) =>
    problems.add({ file, line: fieldLine(field), message: `front matter ${message}` });

  // The file name's date is checked even when front matter gives the date: it is in the permalink.
  const pathDate = kind === 'post' ? dateFromPath(id) : undefined;
  const dateOfPath = pathDate && parseDate(pathDate.iso, timeZone);
  if (pathDate && !dateOfPath)
    problems.add({
      file,
      message: `the date in the file name is not a valid date (got "${pathDate.written}")`,
    });
  const date = fm.date ?? dateOfPath ?? fs.statSync(absolute).mtime;

  // macOS writes Hangul file names decomposed (NFD); URLs, and lookups in the table, are NFC.
  const permalink =
    kind === 'page'
      ? context.urls.page(pagePath(id).normalize('NFC'))
      : context.urls.post(postPermalink(id, fm.slug).normalize('NFC'));
  const written = fm.slug === undefined ? undefined : writtenPathProblem(fm.slug);
  const reserved =
    kind === 'post' && written === undefined && context.urls.reservedProblem(permalink);
  if (written !== undefined) report('slug', `"slug" ${written} (got ${JSON.stringify(fm.slug)})`);
  else if (reserved) {
    if (fm.slug !== undefined)
      report('slug', `"slug" gives the permalink "${permalink}", which ${reserved}`);
    else problems.add({ file, message: `the permalink "${permalink}" ${reserved}; set a "slug"` });
  }

  const tags = resolveTags(fm.tags ?? [], context.tags, context.urls.tag);
  if (typeof tags === 'string') report('tags', tags);
  const authors = resolveAuthors(fm, context.authors, context.authorsFileName);
  if (typeof authors === 'string') {
    report(fm.authors === undefined ? 'author' : 'authors', authors);
  }
  if (problems.size > before || typeof tags === 'string' || typeof authors === 'string')
    return undefined;

  const source = compilerSource(body, bodyLine);
  context.sources?.set(absolute, source);
  const heading = fm.title === undefined ? leadingHeading(body) : undefined;
  const words = countWords(body, lang);
  return {
    id,
    file,
    path: absolute,
    kind,
    lang,
    format: (id.endsWith('.mdx') ? 'mdx' : 'md') satisfies PostFormat,
    permalink,
    title: fm.title ?? heading ?? fileStem(id).normalize('NFC'),
    titleFromContent: heading !== undefined,
    titleMeta: fm.title_meta,
    sidebarLabel: fm.sidebar_label,
    description: fm.description ?? firstParagraph(body),
    image: fm.image,
    imageLine: fm.image === undefined ? undefined : fieldLine('image'),
    keywords: fm.keywords ?? [],
    date,
    lastUpdate: lastUpdateOf(fm, context.committed.get(absolute)),
    tags,
    authors,
    draft: fm.draft ?? false,
    unlisted: fm.unlisted ?? false,
    comments: fm.comments ?? true,
    toc: {
      hidden: fm.hide_table_of_contents ?? false,
      minLevel: fm.toc_min_heading_level ?? 2,
      maxLevel: fm.toc_max_heading_level ?? 3,
    },
    words,
    readingMinutes: readingMinutes(words, lang),
    sourceHash: hashSource(source),
    frontMatter: fm,
  };
}

function relativeFile(rootDir: string, absolute: string): string {
  return path.relative(rootDir, absolute).split(path.sep).join('/');
}

/**
 * The translations in `translatedDir` of posts in `dir`: their relative paths, keyed by the
 * original's in NFC. A translation whose original does not exist is a problem (Docusaurus would
 * ignore it without a word).
 */
function translationsOf(
  dir: string,
  translatedDir: string,
  options: LoadOptions,
  problems: ProblemList,
): Map<string, string> {
  const originals = new Set(findPostFiles(dir).map((id) => id.normalize('NFC')));
  const found = findPostFiles(translatedDir);
  for (const id of found) {
    if (originals.has(id.normalize('NFC'))) continue;
    problems.add({
      file: relativeFile(options.rootDir, path.join(translatedDir, id)),
      message: `translates ${relativeFile(options.rootDir, path.join(dir, id))}, which does not exist; give the translation the original's path, or remove it`,
    });
  }
  return new Map(found.map((id) => [id.normalize('NFC'), id]));
}

/** `last_update` from front matter, its date (when it has none) from git. */
function lastUpdateOf(fm: FrontMatter, committed: Date | undefined): Post['lastUpdate'] {
  const date = fm.last_update?.date ?? committed;
  const author = fm.last_update?.author;
  return date === undefined && author === undefined ? undefined : { date, author };
}

/** Newest first; posts of the same instant by permalink. */
export function comparePosts(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || a.permalink.localeCompare(b.permalink);
}

/** A data file of the posts folder (`authors.yml`), or its translation when the locale has one. */
function dataFileOf(options: LoadOptions, name: string) {
  const translated = options.translations && path.join(options.translations.postsDir, name);
  const absolute =
    translated && fs.existsSync(translated) ? translated : path.join(options.postsDir, name);
  return { absolute, file: relativeFile(options.rootDir, absolute) };
}

/** When git last committed each post, for those without `last_update.date`. */
function committedDates(options: LoadOptions): Map<string, Date> {
  const committed = new Map<string, Date>();
  if (options.lastUpdateFromGit)
    for (const dir of [options.postsDir, options.translations?.postsDir])
      if (dir && fs.existsSync(dir)) for (const [k, v] of lastCommitDates(dir)) committed.set(k, v);
  return committed;
}

/** What every post is built from besides its own file: the text of `authors.yml` and `tags.yml`. */
function sharedKeyOf(options: LoadOptions): string {
  const names = [options.authorsFile, options.tagsFile].flatMap((name) => (name ? [name] : []));
  const texts = names.map((name) => {
    const { absolute } = dataFileOf(options, name);
    return `${absolute}\0${fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : ''}`;
  });
  return hashSource(texts.join('\0'));
}

export function loadContent(options: LoadOptions): Content {
  const problems = new ProblemList();
  if (!fs.existsSync(options.postsDir)) {
    problems.add({ file: options.postsDir, message: 'the posts folder does not exist' });
    problems.throwIfAny();
  }
  const { translations } = options;
  const dataFile = (name: string) => dataFileOf(options, name);
  const authorsData = dataFile(options.authorsFile);
  const authorsFileName = authorsData.file;
  const authorsYaml = readOptionalYaml(authorsFileName, authorsData.absolute, problems);
  const authors = parseAuthorsFile(
    authorsYaml.data,
    authorsYaml.source,
    authorsFileName,
    problems,
    options.urls.author,
  );
  let tags: TagsFile = new Map();
  if (options.tagsFile !== undefined) {
    const tagsData = dataFile(options.tagsFile);
    const tagsFileName = tagsData.file;
    const tagsYaml = readOptionalYaml(tagsFileName, tagsData.absolute, problems);
    tags = parseTagsFile(tagsYaml.data, tagsYaml.source, tagsFileName, problems, options.urls.tag);
  }
  // Docusaurus's translation files are JSON, which the strict YAML reader reads with lines.
  const translationFile = (absolute: string | undefined): TranslationMessages => {
    if (!absolute) return {};
    const file = relativeFile(options.rootDir, absolute);
    const read = readOptionalYaml(file, absolute, problems);
    return translationMessagesOf(read.data, read.source, file, problems);
  };
  const themeTranslations = translationFile(options.themeTranslationsFile);
  const blogOptions = translationFile(options.blogOptionsFile);
  const sources = options.keepSources ? new Map<string, string>() : undefined;
  const committed = committedDates(options);
  const context: BuildContext = {
    ...options,
    problems,
    authors,
    authorsFileName,
    tags,
    sources,
    committed,
    sharedKey: options.reuse ? sharedKeyOf(options) : '',
  };

  const build = (dir: string, translatedDir: string | undefined, kind: Post['kind']) => {
    const original: Source = { dir, lang: translations?.sourceLocale ?? options.locale };
    const translated = translatedDir
      ? translationsOf(dir, translatedDir, options, problems)
      : new Map<string, string>();
    return findPostFiles(dir).flatMap((id) => {
      const translation = translated.get(id.normalize('NFC'));
      const post =
        translatedDir && translation !== undefined
          ? buildPost(translation, context, kind, { dir: translatedDir, lang: options.locale })
          : buildPost(id, context, kind, original);
      return !post || (post.draft && !options.includeDrafts) ? [] : [post];
    });
  };
  const posts = build(options.postsDir, translations?.postsDir, 'post');
  const pages = options.pagesDir ? build(options.pagesDir, translations?.pagesDir, 'page') : [];
  problems.throwIfAny();
  const kept = new Set([...posts, ...pages].map((post) => post.path));
  for (const file of options.reuse?.keys() ?? []) if (!kept.has(file)) options.reuse?.delete(file);
  posts.sort(comparePosts);
  return {
    posts,
    pages,
    authors,
    tags,
    themeTranslations,
    blogOptions,
    ...(sources ? { sources } : {}),
  };
}
