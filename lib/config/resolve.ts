/**
 * `site.config.ts` with every default filled in and the publishing environment applied
 * (`SITE_URL`, `BASE_PATH`, `POSTS_DIR`, `I18N_DIR`, `LOCALES`, `ON_BROKEN_LINKS`, `EXPORT_DIR`,
 * `SEARCH_BUNDLE_POSTS` override the file; an empty one counts as unset). Every stage receives the
 * result as an argument; nothing below reads the environment itself.
 */
import { MAX_BUNDLE_POSTS } from '../search/bundles';
import { describeIssues } from '../validation';
import { ContentError, type Problem } from '../problems';
import type { FeedType, NavbarItemInput, SiteConfigInput } from './schema';
import { FEED_TYPES, siteConfigSchema } from './schema';

export type BrokenLinkPolicy = 'throw' | 'warn' | 'ignore';
export type MarkdownFormat = 'mdx' | 'detect' | 'md';

export type LocaleInfo = {
  /** As written in `i18n.locales`: `ko`, `en`, `zh-Hans`. */
  code: string;
  label: string;
  /** `<html lang>`: `ko-KR` style when the config says so, else the code. */
  htmlLang: string;
  direction: 'ltr' | 'rtl';
};

export type NavLink = { label: string; href: string; position: 'left' | 'right' };

export type BlogConfig = {
  /** The posts folder, relative to the project root (`posts`). */
  path: string;
  /** Where the blog is served: '' for the site's root, `/blog` for Docusaurus's default. */
  routeBasePath: string;
  title: string | undefined;
  description: string | undefined;
  sidebarTitle: string | undefined;
  /** How many recent posts the sidebar lists (`Infinity` for Docusaurus's `'ALL'`). */
  sidebarCount: number;
  /** Posts on one list page (`Infinity` for `'ALL'`). */
  postsPerPage: number;
  showReadingTime: boolean;
  editUrl: string | undefined;
  showLastUpdateTime: boolean;
  feed: {
    types: readonly FeedType[];
    limit: number;
    copyright: string | undefined;
    title: string | undefined;
    description: string | undefined;
  };
  /** `authors.yml` in the posts folder. */
  authorsFile: string;
  /** `tags.yml` in the posts folder, or none. */
  tagsFile: string | undefined;
};

/** giscus's settings, as its `data-*` attributes take them. */
export type CommentsConfig = {
  provider: 'giscus';
  repo: string;
  repoId: string;
  category: string;
  categoryId: string;
  mapping: 'pathname' | 'url' | 'title' | 'og:title';
  reactionsEnabled: boolean;
  inputPosition: 'top' | 'bottom';
};

export type SiteConfig = {
  title: string;
  tagline: string;
  /** Absolute origin without a trailing slash: `https://example.com`. */
  url: string;
  /** The sub-path the export is served under: '' or `/repo` (no trailing slash). */
  basePath: string;
  trailingSlash: boolean;
  timeZone: string;
  defaultLocale: string;
  /** The default locale first. */
  locales: readonly LocaleInfo[];
  /** The translations folder, from the project root (`i18n`; `I18N_DIR` overrides it). */
  i18nDir: string;
  onBrokenLinks: BrokenLinkPolicy;
  /** Site paths something else serves (`/docs/`): links into them are not checked. */
  externalPaths: readonly string[];
  markdown: { format: MarkdownFormat; mermaid: boolean; trusted: boolean };
  /** Link preview image of pages without their own. */
  image: string | undefined;
  navbar: { title: string; items: readonly NavLink[] };
  copyright: string;
  blog: BlogConfig;
  /** Comments under posts, or none. */
  comments: CommentsConfig | undefined;
  /** Posts per bundle of the search index; undefined: by the number of posts. */
  search: { postsPerBundle: number | undefined };
  /** Where the export goes, from the project root (`out`). */
  exportDir: string;
};

/** The environment variables that override the file. */
export type PublishEnv = Readonly<Record<string, string | undefined>>;

const FILE = 'site.config.ts';

/**
 * Where standalone Markdown pages live (Docusaurus's `src/pages/*.md`): not `src/pages/`, which
 * Next.js takes for its Pages Router.
 */
export const MARKDOWN_PAGES_DIR = 'src/markdown-pages';

/**
 * Where a locale's translations live, relative to the project root, as in Docusaurus: posts,
 * `authors.yml` and `tags.yml` of the blog, and Markdown pages, each at the original's path.
 */
export function translationDirs(config: Pick<SiteConfig, 'i18nDir'>, locale: string) {
  return {
    posts: `${config.i18nDir}/${locale}/docusaurus-plugin-content-blog`,
    pages: `${config.i18nDir}/${locale}/docusaurus-plugin-content-pages`,
  };
}

/** `<html lang>` and `hreflang` of a locale (`localeConfigs.<l>.htmlLang`, else its code). */
export function htmlLangOf(config: Pick<SiteConfig, 'locales'>, locale: string): string {
  return config.locales.find((l) => l.code === locale)?.htmlLang ?? locale;
}

/** `blog`, `/blog/`, `/` → `/blog`, `/blog`, ''. */
export function normalizeRoutePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

const DEFAULT_LABELS: Record<string, string> = {
  ko: '한국어',
  en: 'English',
  ja: '日本語',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

function navLink(item: NavbarItemInput): NavLink | undefined {
  const href = item.to ?? item.href;
  if (href === undefined) return undefined;
  return { label: item.label, href, position: item.position ?? 'left' };
}

function feedTypes(type: FeedType | FeedType[] | 'all' | null | undefined): readonly FeedType[] {
  if (type === null) return [];
  if (type === undefined) return ['rss', 'atom'];
  if (type === 'all') return FEED_TYPES;
  return Array.isArray(type) ? type : [type];
}

/** `SEARCH_BUNDLE_POSTS` as a number of posts, if it is a valid one. */
function envBundlePosts(value: string): number | undefined {
  const posts = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return posts >= 1 && posts <= MAX_BUNDLE_POSTS ? posts : undefined;
}

/** Problems with the environment's overrides, named as variables rather than config fields. */
function envProblems(env: PublishEnv): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file: 'environment', message });
  if (env.SITE_URL !== undefined && !/^https?:\/\/[^/]+\/?$/.test(env.SITE_URL.trim()))
    add(`SITE_URL must be an absolute origin such as https://example.com (got "${env.SITE_URL}")`);
  if (env.BASE_PATH && !env.BASE_PATH.trim().startsWith('/'))
    add(`BASE_PATH must start with "/" (got "${env.BASE_PATH}")`);
  const policy = env.ON_BROKEN_LINKS;
  if (policy && policy !== 'throw' && policy !== 'warn' && policy !== 'ignore')
    add(`ON_BROKEN_LINKS must be throw, warn or ignore (got "${policy}")`);
  const bundle = env.SEARCH_BUNDLE_POSTS;
  if (bundle && bundle !== 'auto' && envBundlePosts(bundle) === undefined)
    add(
      `SEARCH_BUNDLE_POSTS must be a whole number of posts from 1 to ${MAX_BUNDLE_POSTS}, or auto (got "${bundle}")`,
    );
  return problems;
}

export function resolveSiteConfig(input: SiteConfigInput, env: PublishEnv = {}): SiteConfig {
  const parsed = siteConfigSchema.safeParse(input);
  const problems: Problem[] = envProblems(env);
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error, input))
      problems.push({ file: FILE, message: issue.message });
  }
  const config = parsed.data;
  const url = (env.SITE_URL ?? config?.url ?? '').trim().replace(/\/+$/, '');
  if (config && !env.SITE_URL && !/^https?:\/\/[^/]+$/.test(url))
    problems.push({
      file: FILE,
      message: `"url" must be an absolute origin such as https://example.com, without a path (got "${config.url}"); put a sub-path in "baseUrl"`,
    });
  const defaultLocale = config?.i18n?.defaultLocale ?? 'en';
  const localeCodes = [
    defaultLocale,
    ...(config?.i18n?.locales ?? []).filter((l) => l !== defaultLocale),
  ];
  if (config?.i18n?.locales && !config.i18n.locales.includes(defaultLocale))
    problems.push({
      file: FILE,
      message: `"i18n.locales" must include the default locale "${defaultLocale}" (got ${JSON.stringify(config.i18n.locales)})`,
    });
  // LOCALES=ko builds some of the locales only (as `docusaurus build --locale ko` does);
  // `default` is the default locale.
  const only = env.LOCALES?.split(',')
    .map((code) => (code.trim() === 'default' ? defaultLocale : code.trim()))
    .filter(Boolean);
  const unknown = only?.filter((code) => !localeCodes.includes(code)) ?? [];
  if (unknown.length > 0 || (only?.length && !only.includes(defaultLocale)))
    problems.push({
      file: FILE,
      message: `LOCALES must list locales of "i18n.locales", the default one "${defaultLocale}" included (got "${env.LOCALES}"; the locales are ${localeCodes.join(', ')})`,
    });
  if (!config || problems.length > 0) throw new ContentError(problems);

  const blog = config.blog ?? {};
  const all = (value: number | 'ALL' | undefined, fallback: number) =>
    value === 'ALL' ? Infinity : (value ?? fallback);
  const limit = blog.feedOptions?.limit;
  return {
    title: config.title,
    tagline: config.tagline ?? '',
    url,
    basePath: normalizeRoutePath(env.BASE_PATH ?? config.baseUrl ?? '/'),
    trailingSlash: config.trailingSlash ?? true,
    timeZone: config.timeZone ?? 'UTC',
    defaultLocale,
    locales: localeCodes
      .filter((code) => !only?.length || only.includes(code))
      .map((code) => {
        const own = config.i18n?.localeConfigs?.[code];
        return {
          code,
          label: own?.label ?? DEFAULT_LABELS[code] ?? code,
          htmlLang: own?.htmlLang ?? code,
          direction: own?.direction ?? 'ltr',
        };
      }),
    i18nDir: env.I18N_DIR || (config.i18n?.path ?? 'i18n'),
    onBrokenLinks: (env.ON_BROKEN_LINKS || config.onBrokenLinks || 'throw') as BrokenLinkPolicy,
    externalPaths: (config.externalPaths ?? []).map((prefix) => `${normalizeRoutePath(prefix)}/`),
    markdown: {
      format: config.markdown?.format ?? 'mdx',
      mermaid: config.markdown?.mermaid ?? true,
      trusted: config.markdown?.trusted ?? true,
    },
    image: config.themeConfig?.image,
    navbar: {
      title: config.themeConfig?.navbar?.title ?? config.title,
      items: (config.themeConfig?.navbar?.items ?? []).flatMap((item) => navLink(item) ?? []),
    },
    copyright: config.themeConfig?.footer?.copyright ?? '',
    blog: {
      path: env.POSTS_DIR || (blog.path ?? 'blog'),
      routeBasePath: normalizeRoutePath(blog.routeBasePath ?? 'blog'),
      title: blog.blogTitle,
      description: blog.blogDescription,
      sidebarTitle: blog.blogSidebarTitle,
      sidebarCount: all(blog.blogSidebarCount, 5),
      postsPerPage: all(blog.postsPerPage, 10),
      showReadingTime: blog.showReadingTime ?? true,
      editUrl: blog.editUrl,
      showLastUpdateTime: blog.showLastUpdateTime ?? false,
      feed: {
        types: feedTypes(blog.feedOptions?.type),
        limit: limit === false ? Infinity : (limit ?? 20),
        copyright: blog.feedOptions?.copyright,
        title: blog.feedOptions?.title,
        description: blog.feedOptions?.description,
      },
      authorsFile: blog.authorsMapPath ?? 'authors.yml',
      tagsFile: blog.tags === false || blog.tags === null ? undefined : (blog.tags ?? 'tags.yml'),
    },
    comments: config.comments && {
      ...config.comments,
      mapping: config.comments.mapping ?? 'pathname',
      reactionsEnabled: config.comments.reactionsEnabled ?? true,
      inputPosition: config.comments.inputPosition ?? 'bottom',
    },
    search: {
      postsPerBundle: env.SEARCH_BUNDLE_POSTS
        ? envBundlePosts(env.SEARCH_BUNDLE_POSTS)
        : config.search?.postsPerBundle === 'auto'
          ? undefined
          : config.search?.postsPerBundle,
    },
    exportDir: env.EXPORT_DIR || 'out',
  };
}

/** Types the object a user writes in `site.config.ts`. */
export function defineConfig(config: SiteConfigInput): SiteConfigInput {
  return config;
}

/** Whether a site path is one something else serves (`externalPaths`), so links to it stand. */
export function isExternalPath(
  config: Pick<SiteConfig, 'externalPaths'>,
  sitePath: string,
): boolean {
  return config.externalPaths.some(
    (prefix) => sitePath === prefix.slice(0, -1) || sitePath.startsWith(prefix),
  );
}
