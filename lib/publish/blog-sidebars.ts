/**
 * Fills the blog sidebar's slot on every exported blog page from the page of its locale that
 * renders it whole, when the sidebar is long enough to be filled in (lib/routes/blog-sidebar.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  SIDEBAR_ATTRIBUTE,
  fillSidebarSlot,
  isSidebarSource,
  sidebarContent,
  sidebarFilledLater,
} from '../routes/blog-sidebar';
import type { RouteTable } from '../routes/table';
import { writeFileAtomically } from '../write-atomically';

/**
 * The number of pages filled (of `only`, when given: the others are filled already), or the
 * problem that stops the build.
 */
export function fillBlogSidebars(
  exportDir: string,
  routes: RouteTable,
  pageFile: (sitePath: string) => string,
  only?: ReadonlySet<string>,
): { filled: number } | { problem: string } {
  // A short sidebar is on every page already: no page is read.
  if (!sidebarFilledLater(routes.config.blog.sidebarCount)) return { filled: 0 };
  const fileOf = (sitePath: string) => path.join(exportDir, pageFile(sitePath));
  const read = (sitePath: string) => fs.readFileSync(fileOf(sitePath), 'utf8');
  const source = routes.pages.find(isSidebarSource);
  const content = source && sidebarContent(read(source.path));
  let filled = 0;
  for (const route of routes.pages) {
    if (only && !only.has(route.path)) continue;
    const html = read(route.path);
    const page = content === undefined ? undefined : fillSidebarSlot(html, content);
    if (page !== undefined) {
      // Whole or not at all: the search index may be reading the page meanwhile.
      writeFileAtomically(fileOf(route.path), page);
      filled++;
    } else if (content === undefined && html.includes(`${SIDEBAR_ATTRIBUTE}="slot"`)) {
      const from = source
        ? `${source.path} has no ${SIDEBAR_ATTRIBUTE}="source"`
        : 'no blog list page';
      return { problem: `the blog sidebar of ${route.path} cannot be filled: ${from}` };
    }
  }
  return { filled };
}
