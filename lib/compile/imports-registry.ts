/**
 * The components and packages posts import, as one module the pages import (`mdx-imports`, an
 * alias to `.cache/imports/index.ts` in next.config.ts): written by `npm run check` before the
 * build, from what every post's compile recorded, so that the bundler bundles them with the
 * site. A project component (`@site/src/components/Chart`) is a client component, as every
 * Docusaurus component is: each gets a `'use client'` module naming its exports.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ImportEntry = { key: string; file: string; client: boolean };

export const IMPORTS_DIR = path.join('.cache', 'imports');

/** `export default`, `export function A`, `export const B`, `export { C, D as E }` in a module. */
export function exportNames(source: string): string[] {
  const names = new Set<string>();
  if (/^\s*export\s+default\b/m.test(source)) names.add('default');
  for (const match of source.matchAll(
    /^\s*export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm,
  ))
    if (match[1]) names.add(match[1]);
  for (const match of source.matchAll(/^\s*export\s*\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

function specifierFrom(dir: string, file: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The registry's files for `entries`, by name (relative to `.cache/imports/`). */
export function registryFiles(
  rootDir: string,
  entries: readonly ImportEntry[],
): Map<string, string> {
  const dir = path.join(rootDir, IMPORTS_DIR);
  const files = new Map<string, string>();
  const sorted = [...new Map(entries.map((entry) => [entry.key, entry])).values()].sort((a, b) =>
    a.key.localeCompare(b.key),
  );
  const lines = [
    '// Written by `npm run check`: what posts import (lib/compile/imports-registry.ts).',
  ];
  const table: string[] = [];
  sorted.forEach((entry, index) => {
    if (entry.client) {
      const names = exportNames(fs.readFileSync(entry.file, 'utf8'));
      const target = specifierFrom(dir, entry.file.replace(/\.(?:tsx?|jsx?|mjs|cjs)$/, ''));
      const reexports = names.map((name) =>
        name === 'default'
          ? `export { default } from '${target}';`
          : `export { ${name} } from '${target}';`,
      );
      files.set(`client-${index}.ts`, ["'use client';", '', ...reexports, ''].join('\n'));
      lines.push(`import * as m${index} from './client-${index}';`);
    } else {
      lines.push(`import * as m${index} from ${JSON.stringify(entry.key)};`);
    }
    table.push(`  ${JSON.stringify(entry.key)}: m${index},`);
  });
  lines.push(
    '',
    'export const imports: Record<string, Record<string, unknown>> = {',
    ...table,
    '};',
    '',
  );
  files.set('index.ts', lines.join('\n'));
  return files;
}

/** Writes the registry for `entries` (unchanged files are left alone, so nothing rebuilds). */
export function writeImportsRegistry(rootDir: string, entries: readonly ImportEntry[]): void {
  const dir = path.join(rootDir, IMPORTS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const files = registryFiles(rootDir, entries);
  for (const name of fs.readdirSync(dir)) {
    if (!files.has(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
  for (const [name, text] of files) {
    const target = path.join(dir, name);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
    fs.writeFileSync(target, text);
  }
}

/** An empty registry when there is none yet (`next dev` or `next build` before any check). */
export function ensureImportsRegistry(rootDir: string): void {
  if (!fs.existsSync(path.join(rootDir, IMPORTS_DIR, 'index.ts')))
    writeImportsRegistry(rootDir, []);
}
