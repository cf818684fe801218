/**
 * What the config's child process changes so that a Docusaurus config runs without Docusaurus:
 * a `require`/`import` from the site's own code of Docusaurus's packages (`@docusaurus/*`,
 * `@theme/*`, …) or of anything that does not resolve gets a stub — a harmless proxy that can be
 * called, constructed, read and awaited — and a file the site's code reads that does not exist
 * (`../package.json`) reads as a stub too. Strings built from a stub carry a marker, so that a
 * value computed from one is known as such (`Opaque` 'tainted'), never carried as if it were real.
 * Only for the child process: it patches Node's module resolution, `fs.readFileSync` and
 * `JSON.parse` for good.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpaqueJson, OpaqueSource } from './config-values';

/** Docusaurus's own packages and aliases: stubbed even when installed. */
const ALWAYS_STUBBED =
  /^(?:@docusaurus\/|@theme\/|@theme-original\/|@theme-init\/|@site\/|@generated\/)/;

const STUB = Symbol('docusaurus-import.stub');
const MAKE_STUB = Symbol.for('docusaurus-import.make-stub');
const MARKER = /\u0000stub:(package|file):([^\u0000]*)\u0000/g;

type Stub = { source: OpaqueSource; path: string };
type Resolver = (request: string, parent: unknown, isMain: boolean, options: unknown) => string;
type ModuleInternals = { _resolveFilename: Resolver };

export type Sandbox = {
  /** For jiti's `virtualModules`: Docusaurus's packages even when they are installed. */
  virtualModules: Record<string, unknown>;
  /** The config as JSON, with `{ $opaque }` markers for what is not data. */
  toJson(value: unknown): unknown;
};

function marker(source: OpaqueSource): string {
  return `\u0000stub:${source.kind}:${source.id}\u0000`;
}

function makeStub(source: OpaqueSource, accessPath = source.id): unknown {
  const stub: Stub = { source, path: accessPath };
  return new Proxy(function stubbed() {}, {
    get(_target, key) {
      if (key === STUB) return stub;
      if (key === Symbol.toPrimitive)
        return (hint: string) => (hint === 'number' ? Number.NaN : marker(source));
      if (key === 'toString' || key === 'valueOf' || key === 'toJSON') return () => marker(source);
      if (key === Symbol.iterator) return function* () {};
      // Not a promise (`await stub` is the stub), not an ES module namespace.
      if (key === 'then' || key === '__esModule' || typeof key === 'symbol') return undefined;
      if (key === 'default') return makeStub(source, accessPath);
      // `(0, _utils.f)(…)` and interop helpers bind or call the stub: the same as calling it.
      if (key === 'bind') return () => makeStub(source, accessPath);
      if (key === 'call' || key === 'apply') return () => makeStub(source, `${accessPath}()`);
      return makeStub(source, `${accessPath}.${key}`);
    },
    apply: () => makeStub(source, `${accessPath}()`),
    construct: () => makeStub(source, `new ${accessPath}()`) as object,
  });
}

function stubOf(value: unknown): Stub | undefined {
  if (typeof value !== 'function') return undefined;
  try {
    return (value as unknown as Record<symbol, Stub | undefined>)[STUB];
  } catch {
    return undefined;
  }
}

function toPath(file: string): string {
  return file.startsWith('file:') ? fileURLToPath(file) : file;
}

/** `stubDir`: an empty folder for the stub modules, which the parent removes. */
export function installSandbox(siteDir: string, stubDir: string): Sandbox {
  const root = path.resolve(siteDir) + path.sep;
  const isSiteCode = (file: string | undefined | null) => {
    if (!file) return false;
    const resolved = toPath(file);
    return resolved.startsWith(root) && !resolved.includes(`${path.sep}node_modules${path.sep}`);
  };
  (globalThis as Record<symbol, unknown>)[MAKE_STUB] = makeStub;

  /** Stub files by path → the request they stand for (`require.resolve` returns the path). */
  const stubFiles = new Map<string, string>();
  const stubFile = (request: string, source: OpaqueSource) => {
    const file = path.join(stubDir, `stub-${stubFiles.size}.cjs`);
    fs.writeFileSync(
      file,
      `module.exports = globalThis[Symbol.for('docusaurus-import.make-stub')](${JSON.stringify(source)});\n`,
    );
    stubFiles.set(file, request);
    return file;
  };
  const known = new Map<string, string>();

  const internals = Module as unknown as ModuleInternals;
  const resolve = internals._resolveFilename;
  internals._resolveFilename = function (request, parent, isMain, options) {
    const parentFile = (parent as { filename?: string } | undefined)?.filename;
    const builtin = request.startsWith('node:') || builtinModules.includes(request);
    if (!builtin && isSiteCode(parentFile)) {
      if (!ALWAYS_STUBBED.test(request)) {
        try {
          return resolve.call(this, request, parent, isMain, options);
        } catch {
          // Stubbed below.
        }
      }
      const relative = request.startsWith('.') || path.isAbsolute(request);
      const source: OpaqueSource = relative
        ? {
            kind: 'file',
            id: path.relative(siteDir, path.resolve(path.dirname(parentFile ?? root), request)),
          }
        : { kind: 'package', id: request };
      const key = `${source.kind}:${source.id}`;
      const file = known.get(key) ?? stubFile(request, source);
      known.set(key, file);
      return file;
    }
    return resolve.call(this, request, parent, isMain, options);
  };

  // A file the site's code reads that is missing reads as a stub's marker; JSON.parse of it is
  // the stub itself.
  const readFileSync = fs.readFileSync;
  const tolerantRead = function (this: unknown, ...args: Parameters<typeof fs.readFileSync>) {
    try {
      return readFileSync.apply(this, args);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !isSiteCode(callerFile()))
        throw error;
      const [file, options] = args;
      const name =
        file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? file : String(file);
      const text = marker({ kind: 'file', id: path.relative(siteDir, path.resolve(name)) });
      const encoding = typeof options === 'string' ? options : options?.encoding;
      return encoding ? text : Buffer.from(text);
    }
  };
  fs.readFileSync = tolerantRead as typeof fs.readFileSync;

  const parse = JSON.parse;
  JSON.parse = function (text: string, reviver?: Parameters<typeof JSON.parse>[1]) {
    const whole = /^\u0000stub:(package|file):([^\u0000]*)\u0000$/.exec(String(text));
    if (whole) return makeStub({ kind: whole[1] as OpaqueSource['kind'], id: whole[2] ?? '' });
    return parse.call(this, text, reviver) as unknown;
  };

  function callerFile(): string | undefined {
    const original = Error.prepareStackTrace;
    try {
      Error.prepareStackTrace = (_error, frames) => frames;
      const holder: { stack?: unknown } = {};
      Error.captureStackTrace(holder, tolerantRead);
      const frames = holder.stack as NodeJS.CallSite[] | undefined;
      return frames?.[0]?.getFileName() ?? undefined;
    } finally {
      Error.prepareStackTrace = original;
    }
  }

  const virtualModules = new Proxy<Record<string, unknown>>(
    {},
    {
      has: (_target, id) => typeof id === 'string' && ALWAYS_STUBBED.test(id),
      get: (_target, id) =>
        typeof id === 'string' ? makeStub({ kind: 'package', id }) : undefined,
    },
  );

  function toJson(value: unknown, seen = new Set<object>(), depth = 0): unknown {
    const stub = stubOf(value);
    if (stub) return opaque('stub', stub.path, [stub.source]);
    if (typeof value === 'function')
      return opaque('function', (value as { name?: string }).name ?? '');
    if (typeof value === 'string') return fromString(value);
    if (typeof value === 'number') return Number.isFinite(value) ? value : opaque('object', 'NaN');
    if (typeof value === 'boolean' || value === null || value === undefined) return value ?? null;
    if (typeof value !== 'object') return opaque('object', typeof value);
    if (seen.has(value) || depth > 40) return opaque('object', 'a cycle');
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => toJson(item, seen, depth + 1));
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null)
        return opaque('object', (value as object).constructor?.name ?? 'object');
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        let item: unknown;
        try {
          item = (value as Record<string, unknown>)[key];
        } catch {
          item = opaque('object', 'a getter that throws');
        }
        if (item !== undefined) out[key] = toJson(item, seen, depth + 1);
      }
      return out;
    } finally {
      seen.delete(value);
    }
  }

  function fromString(value: string): unknown {
    const request = stubFiles.get(value);
    if (request !== undefined) return request;
    // `require.resolve('./src/css/custom.css')`, `path.resolve(__dirname, 'blog')`: relative again.
    if (value.startsWith(root))
      return `./${path.relative(siteDir, value).split(path.sep).join('/')}`;
    const sources: OpaqueSource[] = [];
    const text = value.replace(MARKER, (_whole, kind: OpaqueSource['kind'], id: string) => {
      sources.push({ kind, id });
      return '${…}';
    });
    return sources.length === 0 ? value : opaque('tainted', text, sources);
  }

  return { virtualModules, toJson };
}

function opaque(kind: OpaqueJson['$opaque'], text: string, sources?: OpaqueSource[]): OpaqueJson {
  return sources ? { $opaque: kind, text, sources } : { $opaque: kind, text };
}
