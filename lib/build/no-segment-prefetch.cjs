// A Turbopack loader for Next's `app-render/collect-segment-data.js` (see next.config.ts).
//
// After rendering each page, Next decodes its whole Flight payload again to cut it into
// per-segment prefetch files: six `__next.*.txt` files per page in the export, and six more in
// `.next/`. Only next/link's client router ever asks for them, and this site links with plain
// <a> (components/ui/site-link.tsx). Measured at 1,000 posts: 13,585 → 4,086 files in the
// export, 390 → 234 MB, 9–16 s less wall time, ~0.1 GB less memory (bench/RESULTS.md).
//
// `collectSegmentData` answers `undefined` here, which Next treats as a page without segment
// data: it writes none and the export copies none. If Next renames the function, the source
// passes through unchanged (the build still works, with the files back) and
// e2e/publishing.spec.ts fails on the first `__next.*.txt` it finds.
const EXPORT = 'export async function collectSegmentData(';

module.exports = function noSegmentPrefetch(source) {
  if (!source.includes(EXPORT)) return source;
  return (
    source.replace(EXPORT, 'async function collectSegmentDataUnused(') +
    '\nexport async function collectSegmentData() {\n  return undefined;\n}\n'
  );
};
