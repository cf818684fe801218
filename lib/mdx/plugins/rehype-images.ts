import fs from 'node:fs';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';
import type { CompileContext } from '../context';
import { resolveLocalFile } from '../local-files';

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
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = node.properties.src;
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
      const local = resolveLocalFile(src, context);
      if (local === undefined) return;
      if (typeof local === 'string') {
        context.facts.problems.push({
          file: context.file,
          line: node.position?.start.line,
          column: node.position?.start.column,
          message: `image ${local}`,
        });
        return;
      }
      node.properties.src = context.basePath + local.url;
      context.facts.links.push({
        href: local.url,
        line: node.position?.start.line,
        column: node.position?.start.column,
      });
      const size = sizeOf(local.file);
      if (size && node.properties.width === undefined && node.properties.height === undefined) {
        node.properties.width = size.width;
        node.properties.height = size.height;
      }
    });
  };
}
