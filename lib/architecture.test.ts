/**
 * The direction of the engine's imports: load → compile → render → publish, never back, and
 * never from lib/ into components/ or app/. Each folder of lib/ has a rank; a module may import
 * only from a lower rank (or its own folder). Test files are left out: they may reach anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = import.meta.dirname;
const ROOT = path.dirname(LIB);

/** Lower first. Files at the top of lib/ are named with their extension. */
const RANKS: Record<string, number> = {
  'problems.ts': 0,
  'validation.ts': 0,
  'fingerprint.ts': 0,
  'lru.ts': 0,
  'cache-dirs.ts': 0,
  'write-atomically.ts': 0,
  text: 0,
  search: 0,
  i18n: 0,
  build: 0,
  config: 1,
  urls: 2,
  /** `npm run import`: reads a Docusaurus site, writes `site.config.ts` (the schema's shape). */
  import: 5,
  load: 3,
  routes: 4,
  compile: 4,
  blog: 5,
  render: 6,
  publish: 6,
  testing: 7,
};

function sources(): string[] {
  return fs
    .readdirSync(LIB, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|cjs|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !/\.test\.tsx?$/.test(file) && !file.includes('__fixtures__'));
}

/** The project files a module imports (resolved), from `import … from`, `import()` and `require()`. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import|require\()\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [path.join(ROOT, specifier.slice(2))];
    if (specifier.startsWith('.')) return [path.resolve(path.dirname(file), specifier)];
    return [];
  });
}

/** `lib/load/load.ts` → `load`; `lib/problems.ts` → `problems.ts`; outside lib/ → its top folder. */
function unitOf(file: string): string {
  const relative = path.relative(LIB, file);
  if (relative.startsWith('..')) return `../${path.relative(ROOT, file).split(path.sep)[0]}`;
  const [first = ''] = relative.split(path.sep);
  return relative.includes(path.sep) ? first : /\.\w+$/.test(first) ? first : `${first}.ts`;
}

const edges = sources().flatMap((file) =>
  importsOf(file).map((target) => ({ file, from: unitOf(file), to: unitOf(target) })),
);

describe('imports in lib/', () => {
  it('know every folder', () => {
    const units = new Set(sources().map(unitOf));
    expect([...units].filter((unit) => RANKS[unit] === undefined)).toEqual([]);
  });

  it('never reach components/, app/ or scripts/', () => {
    const outward = edges.filter((edge) => edge.to.startsWith('../'));
    expect(outward.map((e) => `${path.relative(ROOT, e.file)} → ${e.to}`)).toEqual([
      // The site's settings are the one project file the render stage reads.
      'lib/render/site.ts → ../site.config',
    ]);
  });

  it('go from a higher rank to a lower one only', () => {
    const backward = edges.filter(
      (edge) =>
        !edge.to.startsWith('../') &&
        edge.from !== edge.to &&
        (RANKS[edge.to] ?? Infinity) >= (RANKS[edge.from] ?? -1),
    );
    expect(backward.map((e) => `${path.relative(ROOT, e.file)} → ${e.to}`)).toEqual([]);
  });
});
