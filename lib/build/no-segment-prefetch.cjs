// A Turbopack loader for Next's `app-render/collect-segment-data.js` (see next.config.ts), used
// only with the Next.js versions of lib/build/next-support.ts.
//
// After rendering each page, Next decodes its whole Flight payload again to cut it into
// per-segment prefetch files: six `__next.*.txt` files per page in the export, and six more in
// `.next/`. Only next/link's client router ever asks for them, and this site links with plain
// <a> (components/ui/site-link.tsx). Measured at 1,000 posts: 13,585 → 4,086 files in the
// export, 390 → 234 MB, 9–16 s less wall time, ~0.1 GB less memory (bench/RESULTS.md).
//
// `collectSegmentData` answers `undefined` here, which Next treats as a page without segment
// data: it writes none and the export copies none. If the file no longer has the function this
// rewrites, the build fails here, naming the file: a verified Next.js version changed under us.
// lib/build/no-segment-prefetch.test.ts reads the installed file to catch that before a build.
const EXPORT = 'export async function collectSegmentData(';

module.exports = function noSegmentPrefetch(source) {
  if (!source.includes(EXPORT)) {
    const where = this && this.resourcePath ? this.resourcePath : 'collect-segment-data.js';
    throw new Error(
      `no-segment-prefetch: ${where} has no "${EXPORT}…" to rewrite; this Next.js is not the one ` +
        'the loader was verified with. Set NEXT_WORKAROUNDS=off to build without it, and see ' +
        'lib/build/next-support.ts.',
    );
  }
  return (
    source.replace(EXPORT, 'async function collectSegmentDataUnused(') +
    '\nexport async function collectSegmentData() {\n  return undefined;\n}\n'
  );
};
