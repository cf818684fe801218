import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from '../visit';
import type { CompileContext } from '../context';
import { decodeUrlPart } from '../../urls/site-urls';
import { isExternal, isScriptUrl, resolveLocalFile } from '../local-files';

const POST_LINK_RE = /^([^?#]+\.mdx?)([?#].*)?$/;

/**
 * A site path as a post of another locale means it: a page there (`/tags/` → `/en/tags/`), as
 * Docusaurus's per-locale `baseUrl` makes it; a file of public/ (`/img/x.png`) and a path already
 * in the locale stay as written.
 */
function inLocale(href: string, context: CompileContext): string {
  const home = context.localeHome;
  if (home === '/' || href.startsWith(home) || href === home.slice(0, -1)) return href;
  const [pathname = ''] = href.split(/[?#]/);
  const file = path.join(context.publicDir, decodeUrlPart(pathname));
  if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return href;
  return home.slice(0, -1) + href;
}

/**
 * Links in a post: external ones open safely in a new tab; `./other-post.md` becomes that post's
 * permalink (as in Docusaurus); site paths get the base path; local files next to the post are
 * published. Internal targets are recorded for the link checker.
 */
export function rehypeLinks(context: CompileContext) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      const line = node.position?.start.line;
      const column = node.position?.start.column;
      const problem = (message: string) =>
        context.facts.problems.push({ file: context.file, line, column, message });

      if (isScriptUrl(href)) {
        problem(`link to "${href}": links may not run code (javascript: and the like)`);
        delete node.properties.href;
        return;
      }
      if (isExternal(href)) {
        if (/^(?:https?:)?\/\//i.test(href)) {
          node.properties.rel = ['noopener', 'noreferrer'];
          node.properties.target = '_blank';
        }
        return;
      }
      if (href.startsWith('#')) {
        context.facts.links.push({ href, line, column });
        return;
      }
      const postLink = POST_LINK_RE.exec(href);
      if (postLink?.[1] && !postLink[1].startsWith('/')) {
        const target = path.resolve(context.postDir, decodeURI(postLink[1]));
        const permalink = context.permalinkOfFile(target);
        if (permalink === undefined) {
          problem(
            `link to "${href}": no post at ${path.relative(context.postsDir, target) || target} in posts/`,
          );
          return;
        }
        const suffix = postLink[2] ?? '';
        context.facts.links.push({ href: permalink + suffix, line, column });
        node.properties.href = context.basePath + permalink + suffix;
        return;
      }
      if (href.startsWith('/')) {
        const target = inLocale(href, context);
        context.facts.links.push({ href: target, line, column });
        node.properties.href = context.basePath + target;
        return;
      }
      const local = resolveLocalFile(href, context);
      if (typeof local === 'string') problem(`link to ${local}`);
      else if (local) node.properties.href = context.basePath + local.url;
    });
  };
}
