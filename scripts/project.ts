/**
 * The project a script works on: the current folder, its `site.config.ts` (the engine's own when
 * the folder has none) with the publishing environment applied, and its blog in production mode
 * (what the build renders) for each locale, sharing the build's cache of compiled posts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import engineConfig from '../site.config';
import type { Blog } from '../lib/blog/create-blog';
import { cacheDirs } from '../lib/cache-dirs';
import { createBlog } from '../lib/blog/create-blog';
import type { SiteConfig } from '../lib/config/resolve';
import { resolveSiteConfig } from '../lib/config/resolve';
import type { SiteConfigInput } from '../lib/config/schema';

/** `blog` is the default locale's; `blogs` has every locale's, the default one first. */
export type Project = { rootDir: string; config: SiteConfig; blog: Blog; blogs: Blog[] };

export async function loadProject(
  rootDir = process.cwd(),
  options: { keepSources?: boolean } = {},
): Promise<Project> {
  const own = path.join(rootDir, 'site.config.ts');
  let input: SiteConfigInput = engineConfig;
  if (
    fs.existsSync(own) &&
    path.resolve(own) !== path.resolve(import.meta.dirname, '..', 'site.config.ts')
  ) {
    const imported = (await import(pathToFileURL(own).href)) as { default: SiteConfigInput };
    input = imported.default;
  }
  const config = resolveSiteConfig(input, process.env);
  const blogs = config.locales.map((locale) =>
    createBlog({
      rootDir,
      config,
      locale: locale.code,
      mode: 'production',
      cacheDir: cacheDirs(rootDir).mdx,
      contentCacheDir: cacheDirs(rootDir).content,
      keepSources: options.keepSources,
    }),
  );
  const [blog] = blogs;
  if (!blog) throw new Error(`${rootDir}: no locale`);
  return { rootDir, config, blog, blogs };
}
