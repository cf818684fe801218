/**
 * Docusaurus's blog permalinks: a post's path under the blog's route base, from its file path
 * or its `slug` (the route table puts the route base and the locale in front).
 */
import { normalizePath } from '../urls/site-urls';
import { dateFromPath } from './dates';

/**
 * `2026-02-20-name.md` → `/2026/02/20/name/`; `slug: hello` → `/hello/`; `a/b.md` → `/a/b/`.
 */
export function postPermalink(relativePath: string, slug: string | undefined): string {
  if (slug !== undefined) return normalizePath(slug);
  const dated = dateFromPath(relativePath);
  if (dated)
    return normalizePath(`${dated.written.replaceAll('-', '/')}/${dated.folder}${dated.text}`);
  return normalizePath(relativePath.replace(/(?:\/index)?\.mdx?$/, ''));
}
