import os from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

const basePath = process.env.BASE_PATH ?? '';

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    output: 'export',
    // With `output: 'export'`, a distDir other than `.next` is where the export goes (`out/`).
    ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
    trailingSlash: true,
    basePath: basePath || undefined,
    images: { unoptimized: true },
    poweredByHeader: false,
    reactStrictMode: true,
    env: { NEXT_PUBLIC_BASE_PATH: basePath },
    // Files named `*.dev.ts(x)` (live reload of posts, its error page) exist only in `next dev`.
    pageExtensions: dev ? ['dev.tsx', 'dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    // `npm run typecheck` (tsc --noEmit) checks types in CI; the build does not do it again.
    typescript: { ignoreBuildErrors: true },
    experimental: {
      // Both cores render pages (Next uses one less than the machine has by default).
      cpus: Math.max(1, os.availableParallelism()),
    },
  };
}
