/**
 * A Docusaurus config → this engine's `site.config.ts` (`SiteConfigInput`), Docusaurus's option
 * names 1:1 where the schema has them, and the report of everything else: what was carried, what
 * was changed on the way (a `url` with a path, the time zone Docusaurus does not have) and what
 * could not be, with what to do instead. Also finds the blog (the classic preset's or the blog
 * plugin's default instance) and the folders the copy step needs.
 */
import path from 'node:path';
import type { SiteConfigInput } from '../config/schema';
import { siteConfigSchema } from '../config/schema';
import type { ConfigRecord, ConfigValue } from './config-values';
import { formatPath, isOpaque, isRecord, preview } from './config-values';
import type { SiteConfigRead } from './read-config';
import { valueAt } from './read-config';
import type { Report } from './report';
import { isReactPage, listFiles, pageRoute, routeKey } from './site-files';
import { CURRENT_YEAR } from './static-config';

/** Written when the site's own `url` cannot be read. */
export const PLACEHOLDER_URL = 'https://example.com';

export type BlogSource = {
  /** The blog folder, absolute. */
  dir: string;
  /** Where the options came from: `presets[0].blog`, `plugins[2]`. */
  origin: string;
  /** The plugin instance's id (`default`). */
  id: string;
  /** Files the config names outside the blog folder, copied into posts/ under `to`. */
  extraFiles: { from: string; to: string }[];
};

export type SiteSettings = {
  config: SiteConfigInput;
  /** Undefined: the site has no blog (`blog: false`, no blog plugin); `why` says so. */
  blog: BlogSource | undefined;
  why?: string;
  /** Docusaurus's `staticDirectories`, absolute. */
  staticDirs: string[];
  /** Docusaurus's `i18n.path`, absolute. */
  i18nDir: string;
  locales: string[];
  /** The pages plugin's folder (absolute), undefined when disabled. */
  pagesDir: string | undefined;
  /** Folders of docs plugins, absolute. */
  docsDirs: string[];
};

type Path = readonly (string | number)[];
type Options = ConfigRecord;

const CLASSIC = new Set(['classic', '@docusaurus/preset-classic', 'docusaurus-preset-classic']);

const DOCS_ADVICE = 'this engine is a blog; publish docs with Docusaurus or another tool';
const NO_SUCH_SETTING = 'this engine has no such setting';
const LAYOUT_ADVICE = "add it to the engine's layout (app/[[...path]]/layout.tsx) if you need it";
const ANALYTICS_ADVICE =
  "analytics: add the tag to the engine's layout (app/[[...path]]/layout.tsx)";
const SEARCH_ADVICE = 'the engine has its own search (Pagefind)';
const CSS_ADVICE = "the engine's styles are app/globals.css and app/mdx.css: restyle there";
const THEME_COMPONENT_ADVICE = "a theme component: the engine's are in components/; change those";

/** Top-level lists reported an entry a line. */
const EACH_ENTRY = new Set(['scripts', 'stylesheets', 'headTags', 'clientModules']);
const MERMAID_ADVICE =
  'this engine draws ```mermaid code blocks itself when markdown.mermaid is true in site.config.ts';

const TOP_LEVEL_ADVICE: Record<string, string> = {
  favicon: "the engine's icon is app/icon.svg: replace that file",
  organizationName: 'a setting of `docusaurus deploy`: publish out/ with your host’s own tools',
  projectName: 'a setting of `docusaurus deploy`: publish out/ with your host’s own tools',
  deploymentBranch: 'a setting of `docusaurus deploy`: publish out/ with your host’s own tools',
  githubHost: 'a setting of `docusaurus deploy`: publish out/ with your host’s own tools',
  githubPort: 'a setting of `docusaurus deploy`: publish out/ with your host’s own tools',
  onBrokenMarkdownLinks: 'the build checks links and anchors itself (onBrokenLinks says how)',
  onBrokenAnchors: 'the build checks links and anchors itself (onBrokenLinks says how)',
  customFields: 'data for React pages and components, which are not carried',
  clientModules: 'code for Docusaurus’s client, which is not carried',
  headTags: LAYOUT_ADVICE,
  scripts: LAYOUT_ADVICE,
  stylesheets: LAYOUT_ADVICE,
};

const THEME_CONFIG_ADVICE: Record<string, string> = {
  colorMode: 'the engine has its own light/dark switch',
  prism: "code blocks are highlighted with Shiki in the engine's themes",
  algolia: SEARCH_ADVICE,
  metadata: LAYOUT_ADVICE,
  announcementBar: LAYOUT_ADVICE,
};

const BLOG_ADVICE: Record<string, string> = {
  include: 'the engine reads every .md and .mdx file in posts/, except those starting with _',
  exclude: 'the engine reads every .md and .mdx file in posts/, except those starting with _',
  truncateMarker: 'the engine cuts excerpts at <!-- truncate --> and {/* truncate */}',
  remarkPlugins: "the engine's MDX compiler has its own plugins (lib/compile)",
  rehypePlugins: "the engine's MDX compiler has its own plugins (lib/compile)",
  beforeDefaultRemarkPlugins: "the engine's MDX compiler has its own plugins (lib/compile)",
  beforeDefaultRehypePlugins: "the engine's MDX compiler has its own plugins (lib/compile)",
};

const PLUGIN_ADVICE: Record<string, string> = {
  'ideal-image': 'the engine shows images as they are (with their size), no resized copies',
  pwa: 'the engine makes no offline app',
  sitemap: 'the build writes /sitemap.xml itself',
  'client-redirects': 'set up redirects on your host',
  'google-gtag': ANALYTICS_ADVICE,
  'google-analytics': ANALYTICS_ADVICE,
  'google-tag-manager': ANALYTICS_ADVICE,
  'vercel-analytics': ANALYTICS_ADVICE,
  svgr: 'import SVG files in MDX as images instead',
  debug: 'Docusaurus’s debug pages',
};

/** `@docusaurus/plugin-ideal-image`, `docusaurus-plugin-x`, `ideal-image` → `ideal-image`, `x`. */
function pluginKey(name: string): string {
  return name
    .replace(/^@docusaurus\/(?:plugin-|theme-)?/, '')
    .replace(/^docusaurus-(?:plugin|theme)-/, '');
}

/** A plugin or preset entry: its name (or what it is) and options. */
function entryOf(entry: ConfigValue): {
  name: string | undefined;
  what: string;
  options: Options | undefined;
  enabled: boolean;
} {
  if (entry === false || entry === null)
    return { name: undefined, what: String(entry), options: undefined, enabled: false };
  const [head, second] = Array.isArray(entry) ? (entry as ConfigValue[]) : [entry, undefined];
  const options = isRecord(second) ? second : undefined;
  if (typeof head === 'string') {
    // `require.resolve('@docusaurus/preset-classic')` of an installed package is its path.
    const parts = head.replace(/\\/g, '/').split('/node_modules/');
    const inPackage = parts.length > 1 ? (parts.at(-1) ?? '').split('/') : undefined;
    const name = inPackage
      ? inPackage.slice(0, inPackage[0]?.startsWith('@') ? 2 : 1).join('/')
      : head;
    return { name, what: `'${name}'`, options, enabled: true };
  }
  if (isOpaque(head)) {
    if (head.kind === 'stub' && head.sources[0]?.kind === 'package')
      return { name: head.sources[0].id, what: `'${head.sources[0].id}'`, options, enabled: true };
    return { name: undefined, what: head.describe(), options, enabled: true };
  }
  return { name: undefined, what: preview(head ?? null), options, enabled: true };
}

export type SiteFacts = { siteDir: string };

export function mapSettings(read: SiteConfigRead, facts: SiteFacts, report: Report): SiteSettings {
  return new SettingsMapper(read, facts.siteDir, report).map();
}

class SettingsMapper {
  private readonly out: Record<string, unknown> = {};
  /** Where each carried value came from: `themeConfig.navbar.title` → the same, `blog.editUrl` → `presets[0].blog.editUrl`. */
  private readonly origins = new Map<string, string>();
  private readonly carriedKeys: string[] = [];
  private readonly config: ConfigRecord;
  private readonly file: string;

  constructor(
    private readonly read: SiteConfigRead,
    private readonly siteDir: string,
    private readonly report: Report,
  ) {
    this.config = read.config;
    this.file = read.file;
  }

  private where(segments: Path): string {
    return `${this.file}: ${formatPath(segments)}`;
  }

  private notCarried(segments: Path, detail: string | undefined, advice: string): void {
    const value = valueAt(this.config, segments);
    const described =
      detail ??
      (isOpaque(value) ? value.describe() : value === undefined ? undefined : preview(value));
    this.report.notCarried(`${this.where(segments)}${described ? ` (${described})` : ''}`, advice);
  }

  private put(target: string, value: unknown, origin: Path): void {
    const keys = target.split('.');
    let node = this.out;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1) ?? target] = value;
    const from = formatPath(origin);
    this.origins.set(target, from);
    if (!this.carriedKeys.includes(from)) this.carriedKeys.push(from);
  }

  /** A string setting; a function or a computed value is reported, not carried. */
  private text(segments: Path, advice: string): string | undefined {
    const value = valueAt(this.config, segments);
    if (value === undefined) return undefined;
    if (typeof value === 'string') return this.withYear(segments, value);
    this.notCarried(segments, undefined, advice);
    return undefined;
  }

  /** The literal text when it keeps `${new Date().getFullYear()}` and says the same this year. */
  private withYear(segments: Path, value: string): string {
    const literal = valueAt(this.read.literal, segments);
    if (typeof literal !== 'string' || !literal.includes(CURRENT_YEAR)) return value;
    const thisYear = literal.replaceAll(CURRENT_YEAR, String(new Date().getFullYear()));
    return thisYear === value || value.includes(CURRENT_YEAR) ? literal : value;
  }

  private carryText(target: string, segments: Path, advice = 'set it in site.config.ts'): void {
    const value = this.text(segments, advice);
    if (value !== undefined) this.put(target, value, segments);
  }

  private carryPlain(
    target: string,
    segments: Path,
    check: (value: ConfigValue) => boolean,
    advice: string,
  ): void {
    const value = valueAt(this.config, segments);
    if (value === undefined) return;
    if (!isOpaque(value) && check(value)) this.put(target, value, segments);
    else this.notCarried(segments, undefined, advice);
  }

  map(): SiteSettings {
    const { config } = this;
    const handled = new Set<string>();
    const handle = (key: string, run: () => void) => {
      handled.add(key);
      run();
    };

    handle('title', () => {
      const title = this.text(['title'], 'set title in site.config.ts')?.trim();
      if (title) this.put('title', title, ['title']);
      else {
        this.out.title = path.basename(this.siteDir);
        if (valueAt(config, ['title']) === undefined)
          this.report.notCarried(
            `${this.where(['title'])} (none)`,
            `set title in site.config.ts ('${path.basename(this.siteDir)}' stands in)`,
          );
      }
    });
    handle('tagline', () => this.carryText('tagline', ['tagline']));
    handle('url', () => this.url());
    handle('baseUrl', () => {
      if (this.out.baseUrl !== undefined) return;
      const baseUrl = this.text(['baseUrl'], 'set baseUrl in site.config.ts');
      if (baseUrl !== undefined) this.put('baseUrl', baseUrl, ['baseUrl']);
    });
    handle('trailingSlash', () =>
      this.carryPlain(
        'trailingSlash',
        ['trailingSlash'],
        (v) => typeof v === 'boolean',
        'set trailingSlash in site.config.ts',
      ),
    );
    const locales = this.i18n();
    handled.add('i18n');
    this.timeZone();
    handle('onBrokenLinks', () => this.onBrokenLinks());
    const blog = this.findBlog();
    handled.add('presets');
    handled.add('plugins');
    handled.add('themes');
    handle('markdown', () => this.markdown());
    handle('themeConfig', () => this.themeConfig(blog));
    if (blog.options) this.blogOptions(blog);
    if (blog.docsRoutes.length > 0) {
      // Links from posts to the docs stay; the docs are published elsewhere.
      this.out.externalPaths = blog.docsRoutes.map((route) => `${route}/`);
      this.report.changed(
        `site.config.ts: externalPaths ${JSON.stringify(this.out.externalPaths)}`,
        'the docs are not carried: links from posts to them are kept, and not checked',
      );
    }
    handled.add('staticDirectories');

    for (const key of Object.keys(config)) {
      if (handled.has(key)) continue;
      const value = config[key];
      const advice = TOP_LEVEL_ADVICE[key] ?? NO_SUCH_SETTING;
      if (EACH_ENTRY.has(key) && Array.isArray(value)) {
        // One line an entry: `scripts[0] ('https://…/mermaid.min.js')`.
        for (const [index, entry] of (value as ConfigValue[]).entries()) {
          const url = isRecord(entry) ? (entry.src ?? entry.href) : entry;
          const mermaid = typeof url === 'string' && /mermaid/i.test(url);
          this.notCarried(
            [key, index],
            typeof url === 'string' ? `'${url}'` : undefined,
            mermaid ? MERMAID_ADVICE : advice,
          );
        }
      } else this.notCarried([key], undefined, advice);
    }

    const siteConfig = this.validated();
    if (this.carriedKeys.length > 0)
      this.report.carried(`${this.file} → site.config.ts: ${this.carriedKeys.join(', ')}`);

    const staticValue = valueAt(config, ['staticDirectories']);
    const staticDirs = Array.isArray(staticValue)
      ? (staticValue as ConfigValue[]).filter((dir): dir is string => typeof dir === 'string')
      : ['static'];
    const i18nPath = valueAt(config, ['i18n', 'path']);
    return {
      config: siteConfig,
      blog: blog.dir
        ? { dir: blog.dir, origin: blog.origin, id: blog.id, extraFiles: blog.extraFiles }
        : undefined,
      why: blog.why,
      staticDirs: staticDirs.map((dir) => path.resolve(this.siteDir, dir)),
      i18nDir: path.resolve(this.siteDir, typeof i18nPath === 'string' ? i18nPath : 'i18n'),
      locales,
      pagesDir: blog.pagesDir,
      docsDirs: blog.docsDirs,
    };
  }

  private url(): void {
    const value = valueAt(this.config, ['url']);
    let parsed: URL | undefined;
    if (typeof value === 'string') {
      try {
        parsed = new URL(value);
      } catch {
        parsed = undefined;
      }
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      this.out.url = PLACEHOLDER_URL;
      this.notCarried(
        ['url'],
        value === undefined ? 'none' : undefined,
        `set url in site.config.ts to the site's address (${PLACEHOLDER_URL} stands in)`,
      );
      return;
    }
    const origin = parsed.origin;
    const subPath = parsed.pathname.replace(/\/+$/, '');
    this.put('url', origin, ['url']);
    if (subPath === '') return;
    const baseUrl = valueAt(this.config, ['baseUrl']);
    const base = typeof baseUrl === 'string' ? baseUrl : '/';
    const joined = base.startsWith(`${subPath}/`) ? base : `${subPath}/${base.replace(/^\/+/, '')}`;
    const withSlash = joined.endsWith('/') ? joined : `${joined}/`;
    this.put('baseUrl', withSlash, ['baseUrl']);
    this.report.changed(
      `${this.where(['url'])} '${String(value)}' → url '${origin}', baseUrl '${withSlash}'`,
      'url is the origin only here; the path the site is served under is baseUrl',
    );
  }

  private i18n(): string[] {
    const i18n = valueAt(this.config, ['i18n']);
    const defaultValue = valueAt(this.config, ['i18n', 'defaultLocale']);
    const defaultLocale = typeof defaultValue === 'string' ? defaultValue : 'en';
    if (i18n !== undefined && !isRecord(i18n)) {
      this.notCarried(['i18n'], undefined, 'set i18n in site.config.ts');
    } else if (defaultValue !== undefined && typeof defaultValue !== 'string') {
      this.notCarried(
        ['i18n', 'defaultLocale'],
        undefined,
        `set it in site.config.ts ('en' stands in)`,
      );
    }
    const listed = valueAt(this.config, ['i18n', 'locales']);
    let locales = [defaultLocale];
    if (Array.isArray(listed)) {
      const codes = (listed as ConfigValue[]).filter(
        (code): code is string => typeof code === 'string',
      );
      locales = codes.includes(defaultLocale) ? codes : [defaultLocale, ...codes];
    } else if (listed !== undefined) {
      this.notCarried(['i18n', 'locales'], undefined, 'set i18n.locales in site.config.ts');
    }
    const value: Record<string, unknown> = { defaultLocale, locales };
    const configs = valueAt(this.config, ['i18n', 'localeConfigs']);
    if (isRecord(configs)) {
      const carried: Record<string, Record<string, unknown>> = {};
      for (const [code, options] of Object.entries(configs)) {
        if (!isRecord(options)) {
          this.notCarried(['i18n', 'localeConfigs', code], undefined, 'set it in site.config.ts');
          continue;
        }
        const own: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(options)) {
          const segments = ['i18n', 'localeConfigs', code, key];
          if (key === 'label' || key === 'htmlLang') {
            if (typeof v === 'string') own[key] = v;
            else this.notCarried(segments, undefined, 'set it in site.config.ts');
          } else if (key === 'direction') {
            if (v === 'ltr' || v === 'rtl') own[key] = v;
            else this.notCarried(segments, undefined, 'set it in site.config.ts');
          } else this.notCarried(segments, undefined, NO_SUCH_SETTING);
        }
        if (Object.keys(own).length > 0) carried[code] = own;
      }
      if (Object.keys(carried).length > 0) value.localeConfigs = carried;
    }
    for (const key of isRecord(i18n) ? Object.keys(i18n) : []) {
      if (!['defaultLocale', 'locales', 'localeConfigs', 'path'].includes(key))
        this.notCarried(['i18n', key], undefined, NO_SUCH_SETTING);
    }
    if (i18n === undefined) this.out.i18n = value;
    else this.put('i18n', value, ['i18n']);
    return locales;
  }

  private timeZone(): void {
    const locale = (this.out.i18n as { defaultLocale: string }).defaultLocale;
    const korean = /^ko(?:-|$)/i.test(locale);
    const zone = korean ? 'Asia/Seoul' : 'UTC';
    this.out.timeZone = zone;
    this.report.changed(
      `site.config.ts: timeZone '${zone}'`,
      korean
        ? `Docusaurus has none; i18n.defaultLocale '${locale}' is Korean, so dates are read and shown in Korea's time`
        : 'Docusaurus has none and reads dates without a zone as UTC; set your own if it is not UTC',
    );
  }

  private onBrokenLinks(): void {
    const value = valueAt(this.config, ['onBrokenLinks']);
    if (value === 'log') {
      this.put('onBrokenLinks', 'warn', ['onBrokenLinks']);
      this.report.changed(
        `${this.where(['onBrokenLinks'])} 'log' → 'warn'`,
        "this engine's nearest",
      );
      return;
    }
    if (value === undefined) {
      this.out.onBrokenLinks = 'throw';
      return;
    }
    this.carryPlain(
      'onBrokenLinks',
      ['onBrokenLinks'],
      (v) => v === 'throw' || v === 'warn' || v === 'ignore',
      "set onBrokenLinks in site.config.ts ('throw', 'warn' or 'ignore')",
    );
  }

  private markdown(): void {
    // Docusaurus's defaults, written out: the engine's own differ (mermaid is on here).
    this.out.markdown = { format: 'mdx', mermaid: false };
    const markdown = valueAt(this.config, ['markdown']);
    const format = valueAt(this.config, ['markdown', 'format']);
    if (format !== undefined)
      this.carryPlain(
        'markdown.format',
        ['markdown', 'format'],
        (v) => v === 'mdx' || v === 'md' || v === 'detect',
        "set markdown.format in site.config.ts ('mdx', Docusaurus's default, stands in)",
      );
    const mermaid = valueAt(this.config, ['markdown', 'mermaid']);
    if (mermaid === true) this.put('markdown.mermaid', true, ['markdown', 'mermaid']);
    const themes = valueAt(this.config, ['themes']);
    for (const [index, theme] of (Array.isArray(themes)
      ? (themes as ConfigValue[])
      : []
    ).entries()) {
      const { name } = entryOf(theme);
      if (name && pluginKey(name) === 'mermaid')
        this.put('markdown.mermaid', true, ['themes', index]);
    }
    if (!isRecord(markdown)) return;
    for (const key of Object.keys(markdown)) {
      if (key === 'format' || key === 'mermaid') continue;
      this.notCarried(
        ['markdown', key],
        undefined,
        key === 'hooks' ? 'the build checks links and images itself' : NO_SUCH_SETTING,
      );
    }
  }

  private themeConfig(blog: FoundBlog): void {
    const themeConfig = valueAt(this.config, ['themeConfig']);
    if (themeConfig === undefined) return;
    if (!isRecord(themeConfig)) {
      this.notCarried(['themeConfig'], undefined, 'set themeConfig in site.config.ts');
      return;
    }
    for (const key of Object.keys(themeConfig)) {
      const segments = ['themeConfig', key];
      if (key === 'image') {
        const image = this.text(segments, 'set themeConfig.image in site.config.ts');
        if (image === undefined) continue;
        const absolute = /^https?:\/\//i.test(image) || image.startsWith('/') ? image : `/${image}`;
        this.put('themeConfig.image', absolute, segments);
        if (absolute !== image)
          this.report.changed(
            `${this.where(segments)} '${image}' → '${absolute}'`,
            'a path in public/ (Docusaurus’s static/) starts with / here',
          );
      } else if (key === 'navbar') this.navbar(blog);
      else if (key === 'footer') this.footer();
      else this.notCarried(segments, undefined, THEME_CONFIG_ADVICE[key] ?? NO_SUCH_SETTING);
    }
  }

  private navbar(blog: FoundBlog): void {
    const navbar = valueAt(this.config, ['themeConfig', 'navbar']);
    if (!isRecord(navbar)) {
      this.notCarried(
        ['themeConfig', 'navbar'],
        undefined,
        'set themeConfig.navbar in site.config.ts',
      );
      return;
    }
    for (const key of Object.keys(navbar)) {
      const segments = ['themeConfig', 'navbar', key];
      if (key === 'title') this.carryText('themeConfig.navbar.title', segments);
      else if (key === 'items') this.navbarItems(blog);
      else
        this.notCarried(
          segments,
          undefined,
          key === 'logo'
            ? 'the engine’s navbar shows the title (themeConfig.navbar.title)'
            : NO_SUCH_SETTING,
        );
    }
  }

  private navbarItems(blog: FoundBlog): void {
    const segments = ['themeConfig', 'navbar', 'items'];
    const items = valueAt(this.config, segments);
    if (!Array.isArray(items)) {
      this.notCarried(segments, undefined, 'set themeConfig.navbar.items in site.config.ts');
      return;
    }
    const kept: Record<string, string>[] = [];
    const blogRoute = routeKey(blog.routeBasePath);
    for (const [index, item] of (items as ConfigValue[]).entries()) {
      const at = [...segments, index];
      const drop = (detail: string, advice: string) => this.notCarried(at, detail, advice);
      if (!isRecord(item)) {
        drop(preview(item), 'add the link to themeConfig.navbar.items yourself');
        continue;
      }
      const type = item.type;
      if (type !== undefined && type !== 'default') {
        drop(
          `{ type: ${preview(type)}${typeof item.label === 'string' ? `, label: '${item.label}'` : ''} }`,
          typeof type === 'string' && /^doc/.test(type)
            ? DOCS_ADVICE
            : type === 'search'
              ? SEARCH_ADVICE
              : type === 'localeDropdown'
                ? 'the engine has no locale switcher yet'
                : 'the engine’s navbar has links only (label with to or href)',
        );
        continue;
      }
      if (Array.isArray(item.items)) {
        drop(
          `a dropdown${typeof item.label === 'string' ? ` '${item.label}'` : ''}`,
          'the engine’s navbar has links only: add its links one by one',
        );
        continue;
      }
      const target = item.to ?? item.href;
      const targetKey = item.to !== undefined ? 'to' : 'href';
      const label = item.label;
      const shown = `{ ${typeof label === 'string' ? `label: '${label}', ` : ''}${targetKey}: ${preview(target)} }`;
      if (typeof target !== 'string') {
        drop(
          isOpaque(target) ? `${targetKey}: ${target.describe()}` : shown,
          'add the link to themeConfig.navbar.items yourself',
        );
        continue;
      }
      if (typeof label !== 'string') {
        const className =
          typeof item.className === 'string' ? `, className '${item.className}'` : '';
        drop(
          `${targetKey}: '${target}', no label${className}`,
          'an icon link: give it a label to keep it',
        );
        continue;
      }
      if (target.startsWith('pathname://')) {
        drop(
          shown,
          'a path outside this site: link it with its full URL (href) if it still exists',
        );
        continue;
      }
      const internal = item.to !== undefined || target.startsWith('/');
      const key = internal ? routeKey(target.replace(/[?#].*$/, '')) : '';
      if (internal && key === blogRoute) {
        drop(shown, "the blog itself: the engine's navbar links it");
        continue;
      }
      if (internal && blog.docsRoutes.some((docs) => key === docs || key.startsWith(`${docs}/`))) {
        drop(shown, DOCS_ADVICE);
        continue;
      }
      if (internal && blog.reactRoutes.has(key)) {
        drop(shown, 'a React page, not carried: link it again once it has a page here');
        continue;
      }
      const link: Record<string, string> = { label, [targetKey]: target };
      if (item.position === 'left' || item.position === 'right') link.position = item.position;
      kept.push(link);
    }
    if (kept.length > 0) this.put('themeConfig.navbar.items', kept, [...segments]);
    const total = (items as ConfigValue[]).length;
    if (kept.length > 0 && kept.length < total) {
      const last = this.carriedKeys.pop();
      if (last) this.carriedKeys.push(`${last} (${kept.length} of ${total})`);
    }
  }

  private footer(): void {
    const footer = valueAt(this.config, ['themeConfig', 'footer']);
    if (!isRecord(footer)) {
      this.notCarried(
        ['themeConfig', 'footer'],
        undefined,
        'set themeConfig.footer in site.config.ts',
      );
      return;
    }
    for (const key of Object.keys(footer)) {
      const segments = ['themeConfig', 'footer', key];
      if (key === 'copyright') this.carryText('themeConfig.footer.copyright', segments);
      else if (key === 'links') {
        const links = footer.links;
        const columns = Array.isArray(links) ? (links as ConfigValue[]) : [];
        const count = columns.reduce<number>(
          (sum, column) =>
            sum +
            (isRecord(column) && Array.isArray(column.items)
              ? (column.items as ConfigValue[]).length
              : 1),
          0,
        );
        this.notCarried(
          segments,
          `${columns.length} ${columns.length === 1 ? 'entry' : 'entries'}, ${count} ${count === 1 ? 'link' : 'links'}`,
          'the engine’s footer shows the copyright only; put the links you need in themeConfig.navbar.items',
        );
      } else this.notCarried(segments, undefined, NO_SUCH_SETTING);
    }
  }

  private findBlog(): FoundBlog {
    const found: FoundBlog = {
      options: undefined,
      id: 'default',
      origin: '',
      dir: undefined,
      extraFiles: [],
      routeBasePath: 'blog',
      docsRoutes: [],
      docsDirs: [],
      pagesDir: path.join(this.siteDir, 'src', 'pages'),
      reactRoutes: new Set(),
    };
    const instances: { options: Options; origin: Path; id: string }[] = [];
    let pagesEnabled = false;
    let blogFalse: Path | undefined;

    const docs = (options: Options | undefined, origin: Path) => {
      const routeBasePath = options?.routeBasePath;
      found.docsRoutes.push(routeKey(typeof routeBasePath === 'string' ? routeBasePath : 'docs'));
      const docsPath = options?.path;
      const dir = typeof docsPath === 'string' ? docsPath : 'docs';
      found.docsDirs.push(path.resolve(this.siteDir, dir));
      this.notCarried(origin, `the docs plugin, ${dir.replace(/\/?$/, '/')}`, DOCS_ADVICE);
    };
    const pages = (options: Options | undefined) => {
      pagesEnabled = true;
      const pagesPath = options?.path;
      if (typeof pagesPath === 'string') found.pagesDir = path.resolve(this.siteDir, pagesPath);
    };

    const presets = valueAt(this.config, ['presets']);
    for (const [index, preset] of (Array.isArray(presets)
      ? (presets as ConfigValue[])
      : []
    ).entries()) {
      const { name, what, options, enabled } = entryOf(preset);
      if (!enabled) continue;
      const at: Path = ['presets', index];
      // `presets[0].blog` in reports is presets[0][1].blog in the config.
      const within: Path = ['presets', index, 1];
      if (!name || !CLASSIC.has(name)) {
        this.notCarried(at, what, 'a preset other than the classic one: nothing here runs it');
        continue;
      }
      const blogOptions = options?.blog;
      if (blogOptions === false) blogFalse = [...within, 'blog'];
      else
        instances.push({
          options: isRecord(blogOptions) ? blogOptions : {},
          origin: [...within, 'blog'],
          id: 'default',
        });
      if (options?.docs !== false)
        docs(isRecord(options?.docs) ? options.docs : undefined, [...within, 'docs']);
      if (options?.pages !== false) pages(isRecord(options?.pages) ? options.pages : undefined);
      for (const key of Object.keys(options ?? {})) {
        if (key === 'blog' || key === 'docs' || key === 'pages') continue;
        const advice =
          key === 'theme'
            ? CSS_ADVICE
            : (PLUGIN_ADVICE[
                key === 'gtag'
                  ? 'google-gtag'
                  : key === 'googleAnalytics'
                    ? 'google-analytics'
                    : key === 'googleTagManager'
                      ? 'google-tag-manager'
                      : key
              ] ?? NO_SUCH_SETTING);
        this.notCarried([...within, key], undefined, advice);
      }
    }

    const plugins = valueAt(this.config, ['plugins']);
    for (const [index, plugin] of (Array.isArray(plugins)
      ? (plugins as ConfigValue[])
      : []
    ).entries()) {
      const { name, what, options, enabled } = entryOf(plugin);
      if (!enabled) continue;
      const at: Path = ['plugins', index];
      const key = name ? pluginKey(name) : undefined;
      if (key === 'content-blog') {
        const id = options?.id;
        instances.push({
          options: options ?? {},
          origin: [...at, 1],
          id: typeof id === 'string' ? id : 'default',
        });
      } else if (key === 'content-docs') docs(options, at);
      else if (key === 'content-pages') pages(options);
      else
        this.notCarried(
          at,
          what,
          (key && PLUGIN_ADVICE[key]) ??
            (key && /search/.test(key)
              ? SEARCH_ADVICE
              : 'a Docusaurus plugin: nothing here runs it'),
        );
    }

    const themes = valueAt(this.config, ['themes']);
    for (const [index, theme] of (Array.isArray(themes)
      ? (themes as ConfigValue[])
      : []
    ).entries()) {
      const { name, what, enabled } = entryOf(theme);
      if (!enabled) continue;
      const key = name ? pluginKey(name) : undefined;
      if (key === 'mermaid') continue; // markdown.mermaid
      this.notCarried(
        ['themes', index],
        what,
        key && /search/.test(key)
          ? SEARCH_ADVICE
          : 'a Docusaurus theme: the engine has its own (components/)',
      );
    }

    if (!pagesEnabled) found.pagesDir = undefined;
    if (found.pagesDir) {
      for (const file of listFiles(found.pagesDir))
        if (isReactPage(file)) found.reactRoutes.add(routeKey(pageRoute(file)));
    }
    if (this.read.how === 'unreadable' && instances.length === 0 && !blogFalse)
      instances.push({ options: {}, origin: ['presets', 0, 1, 'blog'], id: 'default' });

    const chosen = instances.find((instance) => instance.id === 'default') ?? instances[0];
    for (const instance of instances) {
      if (instance === chosen) continue;
      const dir =
        typeof instance.options.path === 'string' ? instance.options.path : `blog-${instance.id}`;
      this.notCarried(
        instance.origin,
        `a second blog, id '${instance.id}', ${dir.replace(/\/?$/, '/')}`,
        'this engine has one blog: import it into a project of its own (or move its posts into posts/)',
      );
    }
    if (!chosen) {
      found.why = blogFalse
        ? `${this.where(blogFalse)} is false: the site has no blog to import`
        : `${this.file} has no blog (neither the classic preset nor @docusaurus/plugin-content-blog)`;
      return found;
    }
    if (chosen.id !== 'default')
      this.report.changed(
        `${this.where(chosen.origin)} (id '${chosen.id}')`,
        'the only blog: imported as this site’s blog',
      );
    found.options = chosen.options;
    found.id = chosen.id;
    found.origin = formatPath(chosen.origin);
    const blogPath = chosen.options.path;
    found.dir = path.resolve(this.siteDir, typeof blogPath === 'string' ? blogPath : 'blog');
    const routeBasePath = chosen.options.routeBasePath;
    if (typeof routeBasePath === 'string') found.routeBasePath = routeBasePath;
    found.originPath = chosen.origin;
    return found;
  }

  private blogOptions(blog: FoundBlog): void {
    const options = blog.options ?? {};
    const origin = blog.originPath ?? [];
    const dir = blog.dir ?? this.siteDir;
    const out = { path: 'posts' } as Record<string, unknown>;
    this.out.blog = out;
    if (options.routeBasePath === undefined) out.routeBasePath = 'blog';
    for (const key of Object.keys(options)) {
      const at = [...origin, key];
      switch (key) {
        case 'id':
        case 'path':
          break;
        case 'routeBasePath':
        case 'blogTitle':
        case 'blogDescription':
        case 'blogSidebarTitle':
          this.carryText(`blog.${key}`, at);
          break;
        case 'editUrl':
          this.carryText(
            'blog.editUrl',
            at,
            "write the URL's start as a string (blog.editUrl): the post's path in posts/ is appended",
          );
          break;
        case 'blogSidebarCount':
        case 'postsPerPage':
          this.carryPlain(
            `blog.${key}`,
            at,
            (v) => typeof v === 'number' || v === 'ALL',
            `set blog.${key} in site.config.ts`,
          );
          break;
        case 'showReadingTime':
        case 'showLastUpdateTime':
          this.carryPlain(
            `blog.${key}`,
            at,
            (v) => typeof v === 'boolean',
            `set blog.${key} in site.config.ts`,
          );
          break;
        case 'feedOptions':
          this.feedOptions(at);
          break;
        case 'authorsMapPath':
        case 'tags':
          this.blogFile(key, at, dir, blog);
          break;
        default:
          this.notCarried(
            at,
            undefined,
            BLOG_ADVICE[key] ?? (/Component$/.test(key) ? THEME_COMPONENT_ADVICE : NO_SUCH_SETTING),
          );
      }
    }
  }

  private feedOptions(segments: Path): void {
    const feed = valueAt(this.config, segments);
    if (!isRecord(feed)) {
      if (feed !== null && feed !== undefined)
        this.notCarried(segments, undefined, 'set blog.feedOptions in site.config.ts');
      return;
    }
    for (const key of Object.keys(feed)) {
      const at = [...segments, key];
      if (key === 'type') {
        this.carryPlain(
          'blog.feedOptions.type',
          at,
          () => true,
          'set blog.feedOptions.type in site.config.ts',
        );
      } else if (key === 'limit') {
        const limit = feed.limit;
        if (limit === null) this.put('blog.feedOptions.limit', false, at);
        else
          this.carryPlain(
            'blog.feedOptions.limit',
            at,
            () => true,
            'set blog.feedOptions.limit in site.config.ts',
          );
      } else if (key === 'copyright' || key === 'title' || key === 'description') {
        this.carryText(`blog.feedOptions.${key}`, at);
      } else {
        this.notCarried(
          at,
          undefined,
          key === 'createFeedItems'
            ? "the engine's feeds list the latest posts with their full content; change lib/publish/feeds if you need more"
            : key === 'xslt'
              ? "the engine's feeds have no XSLT stylesheet"
              : key === 'language'
                ? "a feed's language is the site's (i18n.defaultLocale)"
                : NO_SUCH_SETTING,
        );
      }
    }
  }

  /** `authorsMapPath`/`tags`: kept when inside the blog folder, else copied into posts/. */
  private blogFile(key: 'authorsMapPath' | 'tags', at: Path, dir: string, blog: FoundBlog): void {
    const value = valueAt(this.config, at);
    if (key === 'tags' && (value === false || value === null)) {
      this.put('blog.tags', value, at);
      return;
    }
    const file = this.text(at, `set blog.${key} in site.config.ts`);
    if (file === undefined) return;
    const resolved = path.resolve(dir, file);
    const relative = path.relative(dir, resolved).split(path.sep).join('/');
    if (!relative.startsWith('../') && !path.isAbsolute(relative)) {
      this.put(`blog.${key}`, relative, at);
      return;
    }
    const name = path.basename(resolved);
    blog.extraFiles.push({ from: resolved, to: name });
    this.put(`blog.${key}`, name, at);
    this.report.changed(
      `${this.where(at)} '${file}' → '${name}'`,
      `the file is copied into posts/, where the engine reads it`,
    );
  }

  /** The schema's verdict on what was carried: a value it refuses is taken out and reported. */
  private validated(): SiteConfigInput {
    for (let round = 0; round < 20; round += 1) {
      const parsed = siteConfigSchema.safeParse(this.out);
      // zod's output has the schema's key order: the order site.config.ts is written in.
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      if (!issue) break;
      const keys = issue.path.map(String);
      let removed = false;
      for (let length = keys.length; length > 0 && !removed; length -= 1) {
        const target = keys.slice(0, length).join('.');
        const origin = this.origins.get(target);
        if (origin === undefined) continue;
        const value = valueAt(this.out as ConfigRecord, keys.slice(0, length));
        removeAt(this.out, keys.slice(0, length));
        this.origins.delete(target);
        const at = this.carriedKeys.indexOf(origin);
        if (at >= 0) this.carriedKeys.splice(at, 1);
        this.report.notCarried(
          `${this.file}: ${origin} (${preview(value)})`,
          `${issue.message} here; set ${target} in site.config.ts`,
        );
        removed = true;
      }
      if (!removed) break;
    }
    return this.out as SiteConfigInput;
  }
}

type FoundBlog = {
  options: Options | undefined;
  id: string;
  origin: string;
  originPath?: Path;
  dir: string | undefined;
  why?: string;
  extraFiles: { from: string; to: string }[];
  routeBasePath: string;
  docsRoutes: string[];
  docsDirs: string[];
  pagesDir: string | undefined;
  reactRoutes: Set<string>;
};

function removeAt(target: Record<string, unknown>, keys: readonly string[]): void {
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[keys.at(-1) ?? ''];
}
