import fs from 'node:fs';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';
import type { CompileContext } from '../context';
import { isScriptUrl, resolveLocalFile } from '../local-files';

const sizes = new Map<string, { width: number; height: number } | undefined>();

function sizeOf(file: string): { width: number; height: number } | undefined {
  const stat = fs.statSync(file);
  const key = `${file}|${stat.mtimeMs}|${stat.size}`;
  if (!sizes.has(key)) {
    try {
      const { width, height } = imageSize(fs.readFileSync(file));
      sizes.set(key, width && height ? { width, height } : undefined);
    } catch {
      sizes.set(key, undefined);
    }
  }
  return sizes.get(key);
}

/**
 * Images in a post: local files must exist (in `public/` or next to the post) and get their
 * `width`/`height` from the file, so nothing shifts while they load; all load lazily.
 */
export function rehypeImages(context: CompileContext) {
  /** The file behind a URL, recorded for the link check; undefined when external or missing. */
  function localImage(node: Element, url: string) {
    const local = resolveLocalFile(url, context);
    if (local === undefined) return undefined;
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if (typeof local === 'string') {
      context.facts.problems.push({ file: context.file, ...at, message: `image ${local}` });
      return undefined;
    }
    context.facts.links.push({ href: local.url, ...at });
    return local;
  }

  /** `srcset="/img/a.png 1x, /img/b.png 2x"` (raw HTML): each candidate checked and base-pathed. */
  function rewriteSrcSet(node: Element): void {
    const { srcSet } = node.properties;
    if (typeof srcSet !== 'string') return;
    node.properties.srcSet = srcSet
      .split(',')
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        const local = localImage(node, url);
        return local ? [context.basePath + local.url, ...descriptor].join(' ') : candidate.trim();
      })
      .join(', ');
  }

  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'source') rewriteSrcSet(node);
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      if (isScriptUrl(node.properties.src)) {
        context.facts.problems.push({
          file: context.file,
          line: node.position?.start.line,
          column: node.position?.start.column,
          message: `image "${node.properties.src}": images may not run code (javascript: and the like)`,
        });
        delete node.properties.src;
        return;
      }
      rewriteSrcSet(node);
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
      const local = localImage(node, node.properties.src);
      if (local === undefined) return;
      node.properties.src = context.basePath + local.url;
      const size = sizeOf(local.file);
      if (size && node.properties.width === undefined && node.properties.height === undefined) {
        node.properties.width = size.width;
        node.properties.height = size.height;
      }
    });
  };
}
