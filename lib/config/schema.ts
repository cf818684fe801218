/**
 * What a user writes in `site.config.ts`: Docusaurus's option names where one exists
 * (`title`, `url`, `baseUrl`, `i18n`, `markdown`, `themeConfig`, the blog plugin's options under
 * `blog`), validated with zod so that a mistake reads `site.config.ts: "blog.postsPerPage" must be
 * a positive whole number (got 0)`. The types come from the schema.
 */
import { z } from 'zod';
import { MAX_BUNDLE_POSTS } from '../search/bundles';

const text = (what = 'a string') => z.string({ error: `must be ${what}` });
const flag = () => z.boolean({ error: 'must be true or false' });
const positive = () =>
  z
    .number({ error: 'must be a positive whole number' })
    .int({ error: 'must be a positive whole number' })
    .positive({ error: 'must be a positive whole number' });

/** Unlike a page size, the sidebar may list no posts (0). */
const sidebarCountMessage = 'must be a whole number of posts (0 for none) or "ALL"';
const sidebarCount = () =>
  z
    .number({ error: sidebarCountMessage })
    .int({ error: sidebarCountMessage })
    .nonnegative({ error: sidebarCountMessage });

export const FEED_TYPES = ['rss', 'atom', 'json'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

const feedType = z.enum(FEED_TYPES, { error: 'must be "rss", "atom" or "json"' });

const navbarItem = z.looseObject({
  label: text(),
  /** A page of this site, e.g. `/about/`. */
  to: text().optional(),
  /** Another site. */
  href: text().optional(),
  position: z.enum(['left', 'right'], { error: 'must be "left" or "right"' }).optional(),
});

const localeConfig = z.object({
  label: text().optional(),
  htmlLang: text().optional(),
  direction: z.enum(['ltr', 'rtl'], { error: 'must be "ltr" or "rtl"' }).optional(),
});

/**
 * giscus (GitHub Discussions), with the values giscus.app gives for the repository: not a
 * Docusaurus option (Docusaurus users swizzle a component for it).
 */
const comments = z.object({
  provider: z.literal('giscus', { error: 'must be "giscus"' }),
  repo: text('"owner/name" of a GitHub repository').regex(/^[\w.-]+\/[\w.-]+$/, {
    error: 'must be "owner/name" of a GitHub repository',
  }),
  repoId: text().min(1, { error: 'must not be empty' }),
  category: text().min(1, { error: 'must not be empty' }),
  categoryId: text().min(1, { error: 'must not be empty' }),
  mapping: z
    .enum(['pathname', 'url', 'title', 'og:title'], {
      error: 'must be "pathname", "url", "title" or "og:title"',
    })
    .optional(),
  reactionsEnabled: flag().optional(),
  inputPosition: z.enum(['top', 'bottom'], { error: 'must be "top" or "bottom"' }).optional(),
});

const postsPerBundleMessage = `must be a whole number of posts from 1 to ${MAX_BUNDLE_POSTS}, or "auto"`;

/** The search index (Pagefind's): not a Docusaurus option (Docusaurus sites use Algolia). */
const search = z.object({
  /**
   * Posts per bundle of the index (lib/search/bundles.ts): `'auto'` (one bundle up to 250
   * posts, at most four up to 8,000) keeps rebuilds short; one bundle for every post (e.g.
   * 2000) makes a first search fetch less and rank every post with the same word statistics.
   */
  postsPerBundle: z
    .union(
      [
        z
          .number({ error: postsPerBundleMessage })
          .int({ error: postsPerBundleMessage })
          .min(1, { error: postsPerBundleMessage })
          .max(MAX_BUNDLE_POSTS, { error: postsPerBundleMessage }),
        z.literal('auto'),
      ],
      { error: postsPerBundleMessage },
    )
    .optional(),
});

const blogOptions = z.object({
  /** The posts folder, from the project root (Docusaurus's blog plugin `path`). */
  path: text().optional(),
  routeBasePath: text().optional(),
  blogTitle: text().optional(),
  blogDescription: text().optional(),
  blogSidebarTitle: text().optional(),
  blogSidebarCount: z
    .union([sidebarCount(), z.literal('ALL')], { error: sidebarCountMessage })
    .optional(),
  postsPerPage: z
    .union([positive(), z.literal('ALL')], { error: 'must be a positive whole number or "ALL"' })
    .optional(),
  showReadingTime: flag().optional(),
  /** Prefix of "edit this page" links; the post's path in the posts folder is appended. */
  editUrl: text().optional(),
  showLastUpdateTime: flag().optional(),
  feedOptions: z
    .object({
      type: z
        .union([feedType, z.array(feedType), z.literal('all'), z.null()], {
          error: 'must be "rss", "atom", "json", "all", a list of them, or null',
        })
        .optional(),
      limit: z.union([positive(), z.literal(false)]).optional(),
      copyright: text().optional(),
      title: text().optional(),
      description: text().optional(),
    })
    .optional(),
  authorsMapPath: text().optional(),
  /** The tags file (`tags.yml`), or false for none. */
  tags: z.union([text(), z.literal(false), z.null()]).optional(),
});

export const siteConfigSchema = z.object({
  title: text().min(1, { error: 'must not be empty' }),
  tagline: text().optional(),
  /** The site's origin, e.g. `https://example.com`. */
  url: text(),
  /** The path the site is served under, e.g. `/` or `/repo/`. */
  baseUrl: text().optional(),
  trailingSlash: flag().optional(),
  /** The site's time zone, for dates written without one and for showing dates. */
  timeZone: text().optional(),
  i18n: z
    .object({
      defaultLocale: text(),
      locales: z.array(text()).optional(),
      /** Where translations live (Docusaurus's `i18n.path`, `i18n` by default). */
      path: text().optional(),
      localeConfigs: z.record(z.string(), localeConfig).optional(),
    })
    .optional(),
  onBrokenLinks: z
    .enum(['throw', 'warn', 'ignore'], { error: 'must be "throw", "warn" or "ignore"' })
    .optional(),
  /**
   * Paths of this site that something else serves (Docusaurus docs kept at `/docs/`): links to
   * them are not checked. Not a Docusaurus option: `npm run import` sets it for the docs it leaves.
   */
  externalPaths: z.array(text()).optional(),
  markdown: z
    .object({
      format: z
        .enum(['mdx', 'detect', 'md'], { error: 'must be "mdx", "detect" or "md"' })
        .optional(),
      mermaid: flag().optional(),
      /** false: posts come from people the builder does not trust (see the README). */
      trusted: flag().optional(),
    })
    .optional(),
  themeConfig: z
    .object({
      /** Link preview image of pages without their own, a path in `public/` or a URL. */
      image: text().optional(),
      navbar: z
        .object({ title: text().optional(), items: z.array(navbarItem).optional() })
        .optional(),
      footer: z.object({ copyright: text().optional() }).optional(),
    })
    .optional(),
  blog: blogOptions.optional(),
  /** Comments under every post (front matter `comments: false` turns them off for one). */
  comments: comments.optional(),
  search: search.optional(),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type NavbarItemInput = z.output<typeof navbarItem>;
