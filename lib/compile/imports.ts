/**
 * What an `import` in a post leads to, as in Docusaurus: the engine's theme components
 * (`@theme/Tabs`), a data file (`./data.json`, `./list.yml`: its value), a file (`./diagram.png`:
 * its published URL), a component of the project (`./Chart.jsx`, `@site/src/components/X`) or a
 * package (`react-tweet`). Components and packages are bundled with the site: the check lists them
 * in a module of its own (imports-registry.ts), which the pages import.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { JsonValue } from './estree-json';
import { parseYamlStrict } from '../load/yaml';
import { STAND_INS, THEME_SPECIFIERS } from './theme-specifiers';

export type ImportTarget =
  /** The engine provides it: `arguments[0].imports[key]` at render time. */
  | { kind: 'theme'; key: string }
  /** Project code or a package, bundled through the registry under `key`. */
  | { kind: 'module'; key: string; file: string; client: boolean }
  /** Known now: a data file's value, or a file's URL. */
  | { kind: 'value'; value: JsonValue; file: string }
  /** A package the engine stands in for, with why it is a stand-in. */
  | { kind: 'stand-in'; key: string; warning: string };

export type ImportContext = {
  /** The directory of the post, for relative specifiers. */
  postDir: string;
  /** The project root, for `@site/…`, packages and keeping everything inside. */
  rootDir: string;
  /** The published URL of a file (and records it as an asset of the post). */
  assetUrl: (file: string) => string;
};

const CODE_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.mjs', '.cjs'];
const DATA_EXTENSIONS = ['.json', '.yml', '.yaml'];
const IMAGE_RE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // A path through a file (`data.json/index.tsx`): not a file.
    return false;
  }
}

/** `./Chart` → `./Chart.tsx`, `./charts/index.jsx`…: the code file a specifier names. */
function codeFile(base: string): string | undefined {
  if (isFile(base) && CODE_EXTENSIONS.includes(path.extname(base))) return base;
  for (const extension of CODE_EXTENSIONS)
    if (isFile(`${base}${extension}`)) return `${base}${extension}`;
  for (const extension of CODE_EXTENSIONS) {
    const index = path.join(base, `index${extension}`);
    if (isFile(index)) return index;
  }
  return undefined;
}

function inside(dir: string, file: string): boolean {
  const below = path.relative(dir, file);
  return !below.startsWith('..') && !path.isAbsolute(below);
}

/** The package a bare specifier names: `react-tweet/theme.css` → `react-tweet`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** What a file import gives: a data file's value, or the URL of any other file (with a size). */
function fileValue(file: string, context: ImportContext): ImportTarget | { problem: string } {
  const extension = path.extname(file).toLowerCase();
  if (DATA_EXTENSIONS.includes(extension)) {
    const text = fs.readFileSync(file, 'utf8');
    try {
      const value = extension === '.json' ? JSON.parse(text) : parseYamlStrict(text);
      return { kind: 'value', value: value as JsonValue, file };
    } catch (error) {
      return { problem: `cannot read ${path.basename(file)}: ${String(error).split('\n')[0]}` };
    }
  }
  return { kind: 'value', value: context.assetUrl(file), file };
}

/**
 * What `import … from "<specifier>"` in a post gives, or why it cannot be resolved (the message
 * says what to do).
 */
export function resolveImport(
  specifier: string,
  context: ImportContext,
): ImportTarget | { problem: string } {
  if ((THEME_SPECIFIERS as readonly string[]).includes(specifier))
    return { kind: 'theme', key: specifier };
  if (specifier.startsWith('@theme/') || specifier.startsWith('@docusaurus/')) {
    return {
      problem: `cannot resolve "${specifier}": this engine provides ${THEME_SPECIFIERS.filter((s) => s.startsWith('@')).join(', ')}`,
    };
  }
  const local = specifier.startsWith('@site/')
    ? path.join(context.rootDir, specifier.slice('@site/'.length))
    : specifier.startsWith('.') || specifier.startsWith('/')
      ? path.resolve(
          specifier.startsWith('/') ? context.rootDir : context.postDir,
          specifier.replace(/^\//, ''),
        )
      : undefined;
  if (local !== undefined) {
    if (!inside(context.rootDir, local))
      return { problem: `cannot resolve "${specifier}": it points outside the project` };
    const code = codeFile(local);
    if (code) {
      const real = fs.realpathSync(code);
      if (!inside(fs.realpathSync(context.rootDir), real))
        return { problem: `cannot resolve "${specifier}": it leads outside the project` };
      const key = path.relative(context.rootDir, code).split(path.sep).join('/');
      return { kind: 'module', key, file: code, client: true };
    }
    if (isFile(local)) {
      const real = fs.realpathSync(local);
      if (!inside(fs.realpathSync(context.rootDir), real))
        return { problem: `cannot resolve "${specifier}": it leads outside the project` };
      return fileValue(local, context);
    }
    return {
      problem: `cannot resolve "${specifier}": there is no such file (a component needs one of ${CODE_EXTENSIONS.join(', ')})`,
    };
  }
  const name = packageName(specifier);
  const manifest = path.join(context.rootDir, 'node_modules', name, 'package.json');
  if (isFile(manifest)) {
    let file = manifest;
    try {
      file = createRequire(path.join(context.rootDir, 'package.json')).resolve(specifier);
    } catch {
      // ESM-only packages have no `require` entry; the bundler resolves them.
    }
    return { kind: 'module', key: specifier, file, client: false };
  }
  const standIn = STAND_INS[name];
  if (standIn) {
    return {
      kind: 'stand-in',
      key: name,
      warning: `"${specifier}" is not installed: shown as ${standIn} (npm install ${name} to use it)`,
    };
  }
  return { problem: `cannot resolve "${specifier}": it is not installed (npm install ${name})` };
}

/** What `require("./x.png")` gives in Docusaurus with its ideal-image plugin, and `.default`. */
export function requiredImage(file: string, url: string): JsonValue {
  let width: number | null = null;
  let height: number | null = null;
  if (IMAGE_RE.test(file)) {
    try {
      const size = imageSize(fs.readFileSync(file));
      width = size.width ?? null;
      height = size.height ?? null;
    } catch {
      // Not an image it can measure: the URL alone.
    }
  }
  return { default: url, src: { src: url, width, height, images: [] }, preSrc: '' };
}
