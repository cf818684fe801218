#!/bin/sh
# `npm run build` after its `prebuild` (scripts/check.ts): next build in two processes, then
# scripts/postbuild.mjs (search index, broken-site check). Arguments go to postbuild (the export
# folder; EXPORT_DIR or out/ without one).
#
# 1. `--experimental-build-mode=compile`: Turbopack compiles the app, and the process ends. In a
#    single `next build`, Turbopack holds ~450 MB of native memory for ~10 s after compiling, just
#    when the rendering workers start and grow: at 1,000 posts that set the build's peak
#    (bench/RESULTS.md).
# 2. `--experimental-build-mode=generate`: renders and exports every page from the compiled app,
#    in a process that never loaded Turbopack.
#
# BUILD_STEPS=1 runs one plain `next build` instead: ~0.3 GB more memory and no time saved that
# this machine could measure; a way back should Next's experimental build modes change.
set -e
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PATH="$PWD/node_modules/.bin:$PATH"
if [ "$BUILD_STEPS" = 1 ]; then
  next build
else
  # The compile step also exports the 13 pages Next cannot yet tell are static (the home page,
  # feeds, sitemap…), and the generate step renders them again: given no posts, they cost nothing
  # (2.4 s less at 1,000 posts; at 10,000 that export took 7.5 s). Compiling never reads posts.
  rm -rf .cache/no-posts && mkdir -p .cache/no-posts
  POSTS_DIR=.cache/no-posts next build --experimental-build-mode=compile
  # Next 16.4's generate step require()s this manifest (the compile step's, listing no pages)
  # before rendering, then exports from that cached copy rather than the one it has just written,
  # and copies no pages. Without the file, it reads the new one. Should that break again,
  # postbuild fails the build on any post missing from the export.
  rm -f .next/prerender-manifest.json
  next build --experimental-build-mode=generate
fi
node scripts/postbuild.mjs "$@"
