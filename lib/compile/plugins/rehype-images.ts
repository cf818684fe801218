import fs from 'node:fs';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from '../visit';
import type { CompileContext } from '../context';
import { isJsxElement } from '../jsx-nodes';
import { contentHash, isScriptUrl, resolveLocalFile } from '../local-files';
import {
  CONTENT_SIZES,
  GALLERY_SIZES,
  imageVariants,
  isWideImage,
  srcSetOf,
} from '../responsive-images';
import { GALLERY_COMPONENT } from './rehype-gallery';

const sizes = new Map<string, { width: number; height: number } | undefined>();

type Size = { width: number; height: number };

function sizeOf(file: string): Size | undefined {
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

  /** Smaller WebP copies of a local PNG or JPEG, as `srcset` and `sizes`, recorded as assets. */
  function addVariants(node: Element, file: string, size: Size, inGallery: boolean): void {
    const variants = imageVariants(file, contentHash(file), size.width);
    if (variants.length === 0) return;
    for (const variant of variants)
      if (!context.facts.assets.some((asset) => asset.url === variant.url))
        context.facts.assets.push(variant);
    node.properties.srcSet = srcSetOf(variants, context.basePath);
    // A gallery of wide images is one column (components/gallery/gallery.tsx).
    node.properties.sizes = inGallery && !isWideImage(size) ? GALLERY_SIZES : CONTENT_SIZES;
  }

  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
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
      const authorSrcSet = node.properties.srcSet !== undefined;
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
        const inGallery = parent !== undefined && isJsxElement(parent, GALLERY_COMPONENT);
        if (!authorSrcSet) addVariants(node, local.file, size, inGallery);
      }
    });
  };
}
