import os from 'node:os';
import type { NextConfig } from 'next';

const basePath = process.env.BASE_PATH ?? '';

const nextConfig: NextConfig = {
  output: 'export',
  // With `output: 'export'`, a distDir other than `.next` is where the export goes (default `out/`).
  ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
  trailingSlash: true,
  basePath: basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // `npm run typecheck` (tsc --noEmit) checks types in CI; the build does not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Both cores render pages (Next uses one less than the machine has by default).
    cpus: Math.max(1, os.availableParallelism()),
  },
};

export default nextConfig;
