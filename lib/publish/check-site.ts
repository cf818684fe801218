/**
 * The broken-site check: reads every HTML file of a static export (and the stylesheets they
 * load) and finds internal links to pages that do not exist, `#fragments` that match no `id` on
 * their page, and missing images, fonts, scripts and stylesheets. External URLs are not fetched.
 * A broken target is reported once, on the page that best explains it (a post's own page when
 * there is one), with how many other pages have it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { SIDEBAR_ATTRIBUTE } from '../routes/blog-sidebar';
import type { LinkTargets } from './link-targets';
import { decodeUrlPart as safeDecode, linkProblem } from './link-targets';

/** A start tag as the check reads it: its name and attributes, lower-cased, values decoded. */
type Element = { tagName: string; attrs: Readonly<Record<string, string>> };

export type ReferenceKind =
  | 'link'
  | 'image'
  | 'media'
  | 'script'
  | 'stylesheet'
  | 'font'
  | 'icon'
  | 'feed'
  | 'canonical'
  | 'redirect'
  | 'frame'
  | 'file';

export type SiteProblem = {
  /** The exported file the problem is on, as given to the check (`out/…/index.html`). */
  file: string;
  kind: ReferenceKind;
  /** The URL as written. */
  target: string;
  reason: string;
  /** The source file behind the page, such as `posts/x.md`. */
  source: string | undefined;
  /** How many other files have the same broken target. */
  others: number;
};

export type CheckOptions = {
  /** The export directory, as it should appear in messages (e.g. `out`). */
  dir: string;
  /** The base path the export is served under (`/blog`), or ''. */
  basePath: string;
  /** The site's origin; absolute URLs to it are internal. */
  siteUrl: string;
  /** The source file of the page at a site path (without the base path), for messages. */
  sourceOf?: (pagePath: string) => string | undefined;
  /** Site paths something else serves (`externalPaths`): links to them are not checked. */
  isExternalPath?: (sitePath: string) => boolean;
  /** What earlier checks read of pages, by their files (lib/publish/page-readings.ts). */
  readings?: PageReadings;
};

export type Reference = { kind: ReferenceKind; url: string };

/** What the check reads of a page's HTML. */
export type PageReading = { ids: string[]; references: Reference[]; styles: string[] };

export type PageReadings = {
  /** The reading of the page in `file`: kept from an earlier check, else `read` of its HTML. */
  read: (file: string, read: (html: string) => PageReading) => PageReading;
};

type Page = {
  /** Path inside the export, `/`-separated: `2026/02/20/x/index.html`. */
  file: string;
  /** Site path without the base path: `/2026/02/20/x/`. */
  path: string;
  ids: Set<string>;
  references: Reference[];
  /** Inline `<style>` text. */
  styles: string[];
};

const FONT_RE = /\.(?:woff2?|ttf|otf|eot)$/i;
const IMAGE_RE = /\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp)$/i;

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files.push(path.relative(root, full).split(path.sep).join('/').normalize('NFC'));
      }
    }
  };
  walk(root);
  return files.sort();
}

/** `2026/02/20/x/index.html` → `/2026/02/20/x/`; `404.html` → `/404.html`. */
function sitePathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

function attr(element: Element, name: string): string | undefined {
  return Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;
}

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function linkKind(element: Element): ReferenceKind | undefined {
  const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  const as = (attr(element, 'as') ?? '').toLowerCase();
  if (rel.includes('preconnect') || rel.includes('dns-prefetch')) return undefined;
  if (rel.includes('stylesheet')) return 'stylesheet';
  if (rel.includes('icon') || rel.includes('apple-touch-icon')) return 'icon';
  if (rel.includes('modulepreload')) return 'script';
  if (rel.includes('preload') || rel.includes('prefetch')) {
    if (as === 'font') return 'font';
    if (as === 'script') return 'script';
    if (as === 'style') return 'stylesheet';
    if (as === 'image') return 'image';
    return 'file';
  }
  if (rel.includes('canonical')) return 'canonical';
  if (rel.includes('alternate')) {
    return /rss|atom|feed|json/.test(attr(element, 'type') ?? '') ? 'feed' : 'link';
  }
  return 'link';
}

/** What an element points at. */
function referencesOf(element: Element): Reference[] {
  const refs: Reference[] = [];
  const add = (kind: ReferenceKind, url: string | undefined) => {
    if (url !== undefined) refs.push({ kind, url });
  };
  switch (element.tagName) {
    case 'a':
    case 'area':
      add('link', attr(element, 'href'));
      break;
    case 'link': {
      const kind = linkKind(element);
      if (kind) add(kind, attr(element, 'href'));
      const srcset = attr(element, 'imagesrcset');
      if (srcset) for (const url of srcsetUrls(srcset)) add('image', url);
      break;
    }
    case 'img':
    case 'source': {
      add('image', attr(element, 'src'));
      const srcset = attr(element, 'srcset');
      if (srcset) for (const url of srcsetUrls(srcset)) add('image', url);
      break;
    }
    case 'input':
      if (attr(element, 'type') === 'image') add('image', attr(element, 'src'));
      break;
    case 'video':
      add('media', attr(element, 'src'));
      add('image', attr(element, 'poster'));
      break;
    case 'audio':
    case 'track':
      add('media', attr(element, 'src'));
      break;
    case 'script':
      add('script', attr(element, 'src'));
      break;
    case 'iframe':
      add('frame', attr(element, 'src'));
      break;
    case 'embed':
      add('file', attr(element, 'src'));
      break;
    case 'object':
      add('file', attr(element, 'data'));
      break;
    case 'meta': {
      const property = attr(element, 'property') ?? attr(element, 'name') ?? '';
      if (/^(?:og:image|og:image:url|og:image:secure_url|twitter:image)$/.test(property)) {
        add('image', attr(element, 'content'));
      } else if (property === 'og:url') {
        add('canonical', attr(element, 'content'));
      }
      if ((attr(element, 'http-equiv') ?? '').toLowerCase() === 'refresh') {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(element, 'content') ?? '')?.[1];
        add('redirect', target?.trim());
      }
      break;
    }
  }
  return refs;
}

/** An inline script's opening tag (attribute values may hold `>`) and its body. */
const INLINE_SCRIPT = /(<script\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?(?=<\/script[\s/>])/gi;

/**
 * A page's HTML without the bodies of its scripts: they hold nothing the check reads, and the
 * React payload Next inlines in them is about half of every page.
 */
function withoutScriptBodies(html: string): string {
  return html.replace(INLINE_SCRIPT, '$1');
}

/**
 * What the check needs of a page, from its tags in one pass (htmlparser2, no document tree):
 * ids, references and inline styles, without those of a filled blog sidebar.
 */
function readHtml(html: string): PageReading {
  const ids = new Set<string>();
  const reading: PageReading = { ids: [], references: [], styles: [] };
  let depth = 0;
  /** The depth of the filled blog sidebar being passed over: it holds its source page's links. */
  let sidebarDepth: number | undefined;
  let style: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(tagName, attrs) {
        depth++;
        if (sidebarDepth !== undefined) return;
        const element: Element = { tagName, attrs };
        if (attr(element, SIDEBAR_ATTRIBUTE) === 'slot') {
          sidebarDepth = depth;
          return;
        }
        const id = attr(element, 'id');
        if (id !== undefined) ids.add(id.normalize('NFC'));
        const name = tagName === 'a' ? attr(element, 'name') : undefined;
        if (name !== undefined) ids.add(name.normalize('NFC'));
        reading.references.push(...referencesOf(element));
        if (tagName === 'style') style = [];
      },
      ontext(text) {
        style?.push(text);
      },
      onclosetag(tagName) {
        if (tagName === 'style' && style) {
          reading.styles.push(style.join(''));
          style = undefined;
        }
        if (sidebarDepth === depth) sidebarDepth = undefined;
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(withoutScriptBodies(html));
  reading.ids = [...ids];
  // The parser's attribute values and texts are slices of the page's text, which V8 keeps whole
  // as long as one slice lives: the check keeps every page's reading, so at 10,000 posts these
  // slices held ~1.1 GB of pages. A copy holds only its own strings.
  return structuredClone(reading);
}

function readPage(root: string, file: string, readings: PageReadings | undefined): Page {
  const full = path.join(root, file);
  const { ids, references, styles } = readings
    ? readings.read(full, readHtml)
    : readHtml(fs.readFileSync(full, 'utf8'));
  return { file, path: sitePathOf(file), ids: new Set(ids), references, styles };
}

/** `url(...)` and `@import "…"` in CSS, without `data:` URLs. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(
    /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g,
  )) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  for (const match of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    urls.push(match[1] ?? match[2] ?? '');
  }
  return urls.filter((url) => url !== '' && !/^data:/i.test(url) && !url.startsWith('#'));
}

type Occurrence = { file: string; source: string | undefined };
type Found = {
  kind: ReferenceKind;
  target: string;
  reason: string;
  occurrences: Occurrence[];
};

export function checkSite(options: CheckOptions): SiteProblem[] {
  const root = path.resolve(options.dir);
  const display = options.dir.replace(/\/+$/, '');
  const origin = new URL(options.siteUrl).origin;
  const basePath = options.basePath.replace(/\/+$/, '');
  const files = listFiles(root);
  const fileSet = new Set(files);
  const pages = new Map<string, Page>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, readPage(root, file, options.readings));
  }

  const found = new Map<string, Found>();
  const report = (
    occurrence: Occurrence,
    kind: ReferenceKind,
    target: string,
    key: string,
    reason: string,
  ) => {
    const id = `${kind}\u0000${key}\u0000${reason}`;
    const entry = found.get(id) ?? { kind, target, reason, occurrences: [] };
    found.set(id, entry);
    entry.occurrences.push(occurrence);
  };

  /** The exported file a site path (without the base path) is served from. */
  const resolveFile = (sitePath: string): string | undefined => {
    const relative = sitePath.slice(1);
    if (sitePath.endsWith('/')) {
      return fileSet.has(`${relative}index.html`) ? `${relative}index.html` : undefined;
    }
    if (fileSet.has(relative)) return relative;
    if (fileSet.has(`${relative}/index.html`)) return `${relative}/index.html`;
    if (fileSet.has(`${relative}.html`)) return `${relative}.html`;
    return undefined;
  };

  /** What the export has at a site path: a page with its ids, or a file. */
  const targets: LinkTargets = (sitePath) => {
    const file = resolveFile(sitePath);
    if (file === undefined) return undefined;
    const page = pages.get(file);
    return page ? { kind: 'page', ids: page.ids } : { kind: 'file', ids: undefined };
  };

  const check = (
    occurrence: Occurrence,
    reference: Reference,
    baseUrl: URL,
    checkFragment: boolean,
  ) => {
    let url: URL;
    try {
      url = new URL(reference.url, baseUrl);
    } catch {
      report(occurrence, reference.kind, reference.url, reference.url, 'not a valid URL');
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (url.origin !== origin) return;
    const pathname = safeDecode(url.pathname);
    const key = `${pathname}${url.hash}`;
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
      report(occurrence, reference.kind, reference.url, key, `outside the base path ${basePath}`);
      return;
    }
    const sitePath = pathname === basePath ? '/' : pathname.slice(basePath.length);
    if (options.isExternalPath?.(sitePath)) return;
    const fragment = checkFragment ? safeDecode(url.hash.slice(1)) : '';
    const problem = linkProblem(targets, sitePath, fragment);
    if (problem?.kind === 'missing') {
      const isPage = sitePath.endsWith('/') || !/\.[a-z\d]+$/i.test(sitePath);
      const reason = isPage && reference.kind !== 'image' ? 'no such page' : 'no such file';
      report(occurrence, reference.kind, reference.url, key, reason);
    } else if (problem) {
      const page = pages.get(resolveFile(sitePath) ?? '');
      report(
        occurrence,
        reference.kind,
        reference.url,
        key,
        `no element with id "${problem.fragment}" on ${basePath}${page?.path ?? sitePath}`,
      );
    }
  };

  const stylesheets = new Set<string>();
  for (const page of pages.values()) {
    const occurrence = { file: page.file, source: options.sourceOf?.(page.path) };
    const pageUrl = new URL(`${origin}${basePath}${encodeURI(page.path)}`);
    for (const reference of page.references) {
      check(occurrence, reference, pageUrl, true);
      if (reference.kind !== 'stylesheet') continue;
      try {
        const url = new URL(reference.url, pageUrl);
        const pathname = safeDecode(url.pathname);
        const file =
          url.origin === origin && pathname.startsWith(`${basePath}/`)
            ? resolveFile(pathname.slice(basePath.length))
            : undefined;
        if (file) stylesheets.add(file);
      } catch {
        // Reported above as not a valid URL.
      }
    }
    for (const css of page.styles) {
      for (const url of cssUrls(css)) check(occurrence, cssReference(url), pageUrl, false);
    }
  }
  for (const file of stylesheets) {
    const cssUrl = new URL(`${origin}${basePath}/${encodeURI(file)}`);
    const css = fs.readFileSync(path.join(root, file), 'utf8');
    for (const url of cssUrls(css)) {
      check({ file, source: undefined }, cssReference(url), cssUrl, false);
    }
  }

  const problems = [...found.values()].map((entry) => {
    const best = entry.occurrences.find((o) => o.source !== undefined) ?? entry.occurrences[0];
    const distinct = new Set(entry.occurrences.map((o) => o.file));
    return {
      file: `${display}/${best?.file ?? ''}`,
      kind: entry.kind,
      target: entry.target,
      reason: entry.reason,
      source: best?.source,
      others: distinct.size - 1,
    };
  });
  // By file, and within a file in the order the check met them (Array#sort is stable).
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function cssReference(url: string): Reference {
  const pathname = url.split(/[?#]/)[0] ?? '';
  return {
    kind: FONT_RE.test(pathname) ? 'font' : IMAGE_RE.test(pathname) ? 'image' : 'file',
    url,
  };
}

const KIND_WORDS: Record<ReferenceKind, string> = {
  link: 'link to',
  image: 'image',
  media: 'media',
  script: 'script',
  stylesheet: 'stylesheet',
  font: 'font',
  icon: 'icon',
  feed: 'feed link to',
  canonical: 'canonical URL',
  redirect: 'redirect to',
  frame: 'frame of',
  file: 'file',
};

/** `out/2026/02/20/x/index.html: link to "/nope/" — no such page (from posts/x.md)` */
export function formatProblem(problem: SiteProblem): string {
  const notes = [
    ...(problem.source ? [`from ${problem.source}`] : []),
    ...(problem.others > 0
      ? [`also on ${problem.others} other page${problem.others === 1 ? '' : 's'}`]
      : []),
  ];
  const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${problem.file}: ${KIND_WORDS[problem.kind]} "${problem.target}" — ${problem.reason}${suffix}`;
}
