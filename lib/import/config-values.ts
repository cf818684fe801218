/**
 * A Docusaurus config as the importer sees it: plain data (strings, numbers, booleans, null,
 * arrays, objects) where a value could be read, and an `Opaque` where it could not — a function,
 * something computed from a package that was not loaded or a file that is missing, or (read
 * statically) an expression that is not a literal. The config's evaluation (a child process)
 * sends it as JSON with `{ $opaque: … }` markers, revived here.
 */

/** Where an opaque value came from: a package that was not loaded, or a missing file. */
export type OpaqueSource = { kind: 'package' | 'file'; id: string };

export type OpaqueKind =
  /** A function (`editUrl: ({ docPath }) => …`, a plugin given as a function). */
  | 'function'
  /** A value from a package that was not loaded or a file that is missing. */
  | 'stub'
  /** A string computed from such a value (`${packageJson.repository}/edit`). */
  | 'tainted'
  /** A class instance, a RegExp, a Symbol: not data. */
  | 'object'
  /** Read statically: not a literal. */
  | 'expression';

export class Opaque {
  constructor(
    readonly kind: OpaqueKind,
    /** The function's name, the stub's id, the string with `${…}` for the unknown parts, the class, the source text. */
    readonly text: string,
    readonly sources: readonly OpaqueSource[] = [],
  ) {}

  /** `a function (createFeedItems)`, `computed from ../package.json, which is missing`, … */
  describe(): string {
    const from = this.sources.map((source) =>
      source.kind === 'file'
        ? `${source.id}, which is missing`
        : `the package ${packageName(source.id)}, which is not loaded here`,
    );
    switch (this.kind) {
      case 'function':
        return this.text ? `a function (${this.text})` : 'a function';
      case 'stub':
      case 'tainted':
        return `computed from ${[...new Set(from)].join(' and ')}`;
      case 'object':
        return `not plain data (${this.text})`;
      case 'expression':
        return `not a literal (${this.text})`;
    }
  }
}

export type ConfigValue =
  | string
  | number
  | boolean
  | null
  | Opaque
  | readonly ConfigValue[]
  | { readonly [key: string]: ConfigValue };

export type ConfigRecord = { readonly [key: string]: ConfigValue };

export function isRecord(value: ConfigValue | undefined): value is ConfigRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isOpaque(value);
}

export function isOpaque(value: ConfigValue | undefined): value is Opaque {
  return value instanceof Opaque;
}

/** `@docusaurus/preset-classic/x` → `@docusaurus/preset-classic`; `dotenv.config()` → `dotenv`. */
export function packageName(id: string): string {
  const bare = id.replace(/^new /, '').split(/[.(]/)[0] ?? id;
  const parts = bare.split('/');
  return (bare.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** The marker the child process writes for an opaque value. */
export type OpaqueJson = {
  $opaque: OpaqueKind;
  text: string;
  sources?: OpaqueSource[];
};

/** JSON from the child process → config values. */
export function reviveConfig(json: unknown): ConfigValue {
  if (json === null || typeof json !== 'object') {
    return typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean'
      ? json
      : null;
  }
  if (Array.isArray(json)) return json.map(reviveConfig);
  const record = json as Record<string, unknown>;
  if (typeof record.$opaque === 'string') {
    const marker = record as OpaqueJson;
    return new Opaque(marker.$opaque, marker.text, marker.sources ?? []);
  }
  return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, reviveConfig(v)]));
}

/**
 * `presets[0].blog.editUrl` from segments: a preset's, plugin's or theme's options (the second
 * item of `['classic', { … }]`) are named as if they were the entry itself.
 */
export function formatPath(segments: readonly (string | number)[]): string {
  const [first, , third] = segments;
  const shown =
    (first === 'presets' || first === 'plugins' || first === 'themes') && third === 1
      ? [...segments.slice(0, 2), ...segments.slice(3)]
      : segments;
  return shown
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `${index === 0 ? '' : '.'}${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

/** A value shown in a report line: short, JavaScript-like. */
export function preview(value: ConfigValue | undefined, max = 60): string {
  const text = render(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function render(value: ConfigValue | undefined): string {
  if (value === undefined) return 'undefined';
  if (isOpaque(value)) return value.kind === 'function' ? 'ƒ' : '…';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).map(([key, v]) => `${key}: ${render(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(value);
}
