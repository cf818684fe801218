/**
 * Files of a Docusaurus site as the importer lists them: sorted, relative, with `/` separators,
 * and what Docusaurus makes of them (a post, a Markdown page, a React page).
 */
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.docusaurus']);

/** Every file under `dir` (following links), relative to it, sorted; none when it is absent. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full, relative);
      } else if (stat.isFile()) files.push(relative);
    }
  };
  walk(dir, '');
  return files.sort(compareText);
}

/** Code-point order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isMarkdown(file: string): boolean {
  return /\.mdx?$/i.test(file);
}

/**
 * A post by Docusaurus's default `include`/`exclude`: Markdown, not in or named `_…`, not a test.
 */
export function isPostFile(file: string): boolean {
  if (!isMarkdown(file)) return false;
  const parts = file.split('/');
  return !parts.some((part) => part.startsWith('_')) && !parts.includes('__tests__');
}

const REACT_PAGE = /\.(?:js|jsx|ts|tsx)$/;

export function isReactPage(file: string): boolean {
  const parts = file.split('/');
  return (
    REACT_PAGE.test(file) &&
    !/\.test\.[jt]sx?$/.test(file) &&
    !/\.d\.ts$/.test(file) &&
    !parts.some((part) => part.startsWith('_')) &&
    !parts.includes('__tests__')
  );
}

/** `users/index.jsx` → `/users`, `helloReact.js` → `/helloReact`, `index.js` → `/`. */
export function pageRoute(file: string): string {
  const route = `/${file.replace(/\.[^./]+$/, '')}`.replace(/\/index$/, '');
  return route === '' ? '/' : route;
}

/** `/blog/`, `blog`, `/` → `/blog`, `/blog`, `/` (for comparing routes). */
export function routeKey(route: string): string {
  const trimmed = route.trim().replace(/^\/+|\/+$/g, '');
  return `/${trimmed}`;
}
