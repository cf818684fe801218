import os from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { nextSupport } from './lib/build/next-support';
import { IMPORTS_DIR, ensureImportsRegistry } from './lib/compile/imports-registry';
import { resolveSiteConfig } from './lib/config/resolve';
import siteConfig from './site.config';

const site = resolveSiteConfig(siteConfig, process.env);
const basePath = site.basePath;
// The no-segment-prefetch loader, only with a Next.js it was verified with (scripts/build.mjs
// turns it off, and says why, for any other).
const workarounds = process.env.NEXT_WORKAROUNDS !== 'off' && nextSupport(process.cwd()).supported;
// What posts import (written by `npm run check`; empty until then).
ensureImportsRegistry(process.cwd());

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    output: 'export',
    // With `output: 'export'`, a distDir other than `.next` is where the export goes (`out/`).
    ...(site.exportDir !== 'out' ? { distDir: site.exportDir } : {}),
    trailingSlash: site.trailingSlash,
    basePath: basePath || undefined,
    images: { unoptimized: true },
    poweredByHeader: false,
    reactStrictMode: true,
    // ENGINE_PRECOMPILED: posts come compiled by the check, so the compiler stays out of the
    // production bundle (lib/compile/compiler.ts).
    env: { NEXT_PUBLIC_BASE_PATH: basePath, ENGINE_PRECOMPILED: dev ? '' : '1' },
    // Files named `*.dev.ts(x)` (live reload of posts, its error page) exist only in `next dev`.
    pageExtensions: dev ? ['dev.tsx', 'dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    // Nothing is served from Next's in-memory page cache in a static export; it only holds memory.
    cacheMaxMemorySize: 0,
    // `npm run typecheck` (tsc --noEmit) checks types in CI; the build does not do it again.
    typescript: { ignoreBuildErrors: true },
    turbopack: {
      // This folder is the project, even inside another one (the test sites in .cache/sites/).
      root: process.cwd(),
      resolveAlias: { 'mdx-imports': `./${IMPORTS_DIR}/index.ts` },
      rules: workarounds
        ? {
            // No per-segment prefetch files: pages link with plain <a>, nothing would fetch them.
            '*.js': {
              condition: {
                path: /next[\\/]dist[\\/]esm[\\/]server[\\/]app-render[\\/]collect-segment-data\.js$/,
              },
              loaders: ['./lib/build/no-segment-prefetch.cjs'],
            },
          }
        : {},
    },
    experimental: {
      // Every path goes through one route whose layout is the root layout
      // (app/[[...path]]/layout.tsx), so the 404 page is app/global-not-found.tsx.
      globalNotFound: true,
      // Pages link with plain <a> (no client router), so the prefetch hints Next measures for
      // every page (a gzip of each segment) are never used: ~12% of page generation, measured.
      prefetchInlining: false,
      // Every core renders pages (Next uses one less than the machine has by default);
      // BUILD_WORKERS=1 trades time for memory on small CI runners.
      cpus: Number(process.env.BUILD_WORKERS) || Math.max(1, os.availableParallelism()),
      // The rendering workers as threads of one process rather than processes: same pages
      // (compared file by file), 0.1–0.2 GB less memory and no more time at 1,000 posts.
      workerThreads: true,
    },
  };
}
