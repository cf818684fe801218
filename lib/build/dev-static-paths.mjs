// Preloaded into `next dev` by scripts/dev.mjs (`--import`), with the Next.js versions of
// lib/build/next-support.ts only (NEXT_WORKAROUNDS=off leaves it out).
//
// On every request for a page of a dynamic route, Next's dev server answers from its cache of
// the route's static paths and, meanwhile, calls generateStaticParams again in a new worker
// thread, which loads the route's modules and the blog's content: ~1.5 s of CPU per page viewed
// at 1,000 posts, competing on a 2-core machine with the page a save refreshes next (the first
// save after a start took ~2 s instead of ~1 s, bench/RESULTS.md). The paths come from the
// content alone, so here they are asked again only once the content has changed
// (lib/render/content-version.ts counts the changes), a second after the first request that
// finds it changed (the refresh after a save, once its page has rendered; a save meanwhile puts
// it off). Until then requests get the cached paths, as Next gives them while it asks (a new
// post's page is a 404 until its path is known, with or without this).
//
// If Next's dev server no longer has what this wraps, Next is left alone.
// lib/build/dev-static-paths.test.ts reads the installed file to catch that.
import Module from 'node:module';

const VERSION_KEY = Symbol.for('blog.contentVersion');
export const DEV_SERVER = /[\\/]next-dev-server(?:\.js)?$/;

/** The content version lib/render/content-version.ts keeps; undefined before it first runs. */
function contentVersion() {
  const state = globalThis[VERSION_KEY];
  return state ? state.version : undefined;
}

/**
 * Wraps `proto.getStaticPaths` (Next's dev server) so that a route's paths are asked again only
 * after the content changed, `delay` ms after the first request that saw it changed. Returns
 * whether it could.
 */
export function deferStaticPathsRefresh(proto, { delay = 1000, version = contentVersion } = {}) {
  const original = proto && proto.getStaticPaths;
  if (typeof original !== 'function') return false;
  /** The content version each route's paths were last asked at. */
  const askedAt = new Map();
  /** Each route's pending question, and the content version it is for. */
  const pending = new Map();
  proto.getStaticPaths = function getStaticPaths(options) {
    const { pathname } = options;
    const cache = this.staticPathsCache;
    const cached = cache && typeof cache.get === 'function' ? cache.get(pathname) : undefined;
    const now = version();
    if (cached === undefined || now === undefined) {
      askedAt.set(pathname, now);
      return original.call(this, options);
    }
    if (askedAt.get(pathname) !== now && pending.get(pathname)?.version !== now) {
      // A save since the question was put: it waits for this one.
      clearTimeout(pending.get(pathname)?.timer);
      const timer = setTimeout(() => {
        pending.delete(pathname);
        askedAt.set(pathname, now);
        // Next logs a failure itself (and forgets the cached paths).
        original.call(this, options).catch(() => {});
      }, delay);
      timer.unref();
      pending.set(pathname, { version: now, timer });
    }
    return Promise.resolve(cached);
  };
  return true;
}

/** Patches Next's dev server class when Node first loads it. */
export function install() {
  const load = Module._load;
  let done = false;
  Module._load = function loadAndPatch(request, ...rest) {
    const exports = load.call(this, request, ...rest);
    if (!done && DEV_SERVER.test(request)) {
      done = true;
      const proto = exports && exports.default && exports.default.prototype;
      if (!deferStaticPathsRefresh(proto)) {
        console.warn(
          'dev-static-paths: Next’s dev server has no getStaticPaths to wrap; left as it is ' +
            '(see lib/build/next-support.ts)',
        );
      }
    }
    return exports;
  };
}
