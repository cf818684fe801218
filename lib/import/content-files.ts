/**
 * Which files of a Docusaurus site the import copies, and where: the blog folder into `posts/`,
 * `static/` into `public/`, the blog's translations (`i18n/<locale>/docusaurus-plugin-content-blog/`)
 * and theme strings (`i18n/<locale>/code.json`) to the same paths, Markdown pages
 * (`src/pages/**\/*.md(x)`) into `src/markdown-pages/` (config/resolve.ts), and `src/components/`
 * when posts import from it.
 * Reports, a line each, what it carries and what it leaves: React pages, swizzled theme
 * components, CSS, other translations.
 */
import path from 'node:path';
import { MARKDOWN_PAGES_DIR } from '../config/resolve';
import type { MarkdownFile } from './post-imports';
import { checkPostImports } from './post-imports';
import type { Report } from './report';
import type { SiteSettings } from './site-settings';
import { compareText, isMarkdown, isPostFile, isReactPage, listFiles } from './site-files';

/** One file to copy: `from` absolute, `to` relative to the project (with `/`). */
export type Copy = { from: string; to: string };

/** What the build writes into the export itself: a copy in public/ would only be overwritten. */
const WRITTEN_BY_BUILD = new Set(['sitemap.xml', 'robots.txt']);

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

export type ContentPlan = { copies: Copy[] };

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function planContent(
  siteDir: string,
  projectDir: string,
  settings: SiteSettings,
  markdownFormat: string,
  report: Report,
): ContentPlan {
  const copies = new Map<string, Copy>();
  const add = (from: string, to: string) => copies.set(to, { from, to });
  const label = (dir: string) => {
    const relative = path.relative(siteDir, dir).split(path.sep).join('/');
    return `${relative || '.'}/`;
  };
  const markdown: MarkdownFile[] = [];
  const importable = (file: string) => markdownFormat === 'mdx' || /\.mdx$/i.test(file);

  // The blog.
  const blog = settings.blog;
  if (blog) {
    const files = listFiles(blog.dir);
    const posts = files.filter(isPostFile);
    const md = posts.filter((file) => /\.md$/i.test(file)).length;
    for (const file of files) {
      add(path.join(blog.dir, file), `posts/${file}`);
      if (isMarkdown(file) && importable(file))
        markdown.push({
          path: path.join(blog.dir, file),
          label: `${label(blog.dir)}${file}`,
          root: blog.dir,
        });
    }
    for (const extra of blog.extraFiles) add(extra.from, `posts/${extra.to}`);
    const others = files.length - posts.length + blog.extraFiles.length;
    if (files.length === 0)
      report.notCarried(
        `${label(blog.dir)} (no such folder, or empty)`,
        'posts/ is left empty: add posts there',
      );
    else
      report.carried(
        `${label(blog.dir)} → posts/ (${plural(posts.length, 'post')}: ${md} .md, ${posts.length - md} .mdx; ${plural(others, 'other file')})`,
      );
  }

  // Static files.
  for (const dir of settings.staticDirs) {
    const files = listFiles(dir);
    if (files.length === 0) continue;
    let count = 0;
    for (const file of files) {
      if (WRITTEN_BY_BUILD.has(file)) {
        report.notCarried(`${label(dir)}${file}`, `the build writes its own /${file}`);
        continue;
      }
      add(path.join(dir, file), `public/${file}`);
      count += 1;
    }
    report.carried(`${label(dir)} → public/ (${plural(count, 'file')}, beside the engine's own)`);
  }

  // Translations.
  const i18nFiles = listFiles(settings.i18nDir);
  const byLocale = new Map<string, string[]>();
  for (const file of i18nFiles) {
    const [locale = '', ...rest] = file.split('/');
    if (rest.length === 0) continue;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), rest.join('/')]);
  }
  // A blog plugin's translations are in a folder named for its id.
  const blogFolder = !blog || blog.id === 'default' ? BLOG_PLUGIN : `${BLOG_PLUGIN}-${blog.id}`;
  for (const [locale, files] of [...byLocale.entries()].sort(([a], [b]) => compareText(a, b))) {
    const base = label(path.join(settings.i18nDir, locale));
    if (!settings.locales.includes(locale)) {
      report.notCarried(
        `${base} (${plural(files.length, 'file')})`,
        `'${locale}' is not in i18n.locales`,
      );
      continue;
    }
    const left = new Map<string, number>();
    let blogCount = 0;
    for (const file of files) {
      const [top = ''] = file.split('/');
      if (top === blogFolder && file.includes('/')) {
        const inner = file.slice(top.length + 1);
        const full = path.join(settings.i18nDir, locale, file);
        add(full, `i18n/${locale}/${BLOG_PLUGIN}/${inner}`);
        if (isMarkdown(inner) && importable(inner))
          markdown.push({
            path: full,
            label: `${base}${file}`,
            root: path.join(settings.i18nDir, locale, top),
          });
        blogCount += 1;
      } else if (file === 'code.json') {
        add(path.join(settings.i18nDir, locale, file), `i18n/${locale}/code.json`);
        report.carried(`${base}code.json → i18n/${locale}/code.json`);
      } else left.set(top, (left.get(top) ?? 0) + 1);
    }
    if (blogCount > 0)
      report.carried(
        `${base}${BLOG_PLUGIN}/ → i18n/${locale}/${BLOG_PLUGIN}/ (${plural(blogCount, 'file')})`,
      );
    for (const [top, count] of [...left.entries()].sort(([a], [b]) => compareText(a, b))) {
      const what = `${base}${top}${top.includes('.') ? '' : '/'} (${plural(count, 'file')})`;
      report.notCarried(
        what,
        top.startsWith('docusaurus-plugin-content-docs')
          ? 'translated docs: this engine is a blog'
          : top === 'docusaurus-theme-classic'
            ? 'translations of the navbar and footer, which the engine does not translate'
            : top.startsWith(BLOG_PLUGIN)
              ? 'translations of a blog that is not imported'
              : 'translations of what is not carried',
      );
    }
  }

  // Markdown pages.
  if (settings.pagesDir) {
    for (const file of listFiles(settings.pagesDir)) {
      const from = path.join(settings.pagesDir, file);
      const shown = `${label(settings.pagesDir)}${file}`;
      if (isMarkdown(file)) {
        add(from, `${MARKDOWN_PAGES_DIR}/${file}`);
        if (importable(file)) markdown.push({ path: from, label: shown, root: settings.pagesDir });
      } else if (isReactPage(file))
        report.notCarried(
          `${shown} (a React page)`,
          `rewrite it as a Markdown page in ${MARKDOWN_PAGES_DIR}/, or drop it`,
        );
      else
        report.notCarried(
          shown,
          /\.css$/.test(file) ? 'styles of the React pages' : 'not a Markdown page',
        );
    }
    const pages = [...copies.keys()].filter((to) => to.startsWith(`${MARKDOWN_PAGES_DIR}/`)).length;
    if (pages > 0)
      report.carried(
        `${label(settings.pagesDir)} → ${MARKDOWN_PAGES_DIR}/ (${plural(pages, 'Markdown page')})`,
      );
  }

  // What posts import; src/components when they use it.
  const usesComponents = checkPostImports(markdown, projectDir, report);
  const srcDir = path.join(siteDir, 'src');
  const componentsDir = path.join(srcDir, 'components');
  const components = listFiles(componentsDir);
  if (components.length > 0) {
    if (usesComponents) {
      for (const file of components) add(path.join(componentsDir, file), `src/components/${file}`);
      report.carried(
        `src/components/ → src/components/ (${plural(components.length, 'file')})`,
        'posts import @site/src/components/…, which resolves from the project root; they are copied as they are, so check them',
      );
    } else
      report.notCarried(
        `src/components/ (${plural(components.length, 'file')})`,
        'no post imports them: they served the React pages',
      );
  }
  const srcEntries = new Map<string, number>();
  for (const file of listFiles(srcDir)) {
    const [top = ''] = file.split('/');
    const dir = path.join(srcDir, top);
    if (
      dir === componentsDir ||
      (settings.pagesDir && path.resolve(settings.pagesDir).startsWith(dir))
    )
      continue;
    srcEntries.set(top, (srcEntries.get(top) ?? 0) + 1);
  }
  for (const [top, count] of [...srcEntries.entries()].sort(([a], [b]) => compareText(a, b))) {
    const isDir = count > 1 || listFiles(path.join(srcDir, top)).length > 0;
    const shown = `src/${top}${isDir ? '/' : ''}`;
    if (top === 'theme')
      report.notCarried(
        `${shown} (${plural(count, 'file')}: swizzled theme components)`,
        "the engine's components are in components/: change those",
      );
    else if (top === 'css')
      report.notCarried(
        `${shown} (${plural(count, 'file')})`,
        "the engine's styles are app/globals.css and app/mdx.css: restyle there",
      );
    else
      report.notCarried(
        `${shown} (${plural(count, 'file')})`,
        'code of the old site: nothing here uses it',
      );
  }

  return { copies: [...copies.values()].sort((a, b) => compareText(a.to, b.to)) };
}
