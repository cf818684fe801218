/**
 * Smaller copies of a post's local raster images, so a phone does not load a 1,600 px PNG: the
 * compile step picks the widths and their URLs (recorded as assets with a `resize`), the publish
 * step makes the files (lib/publish/image-variants.ts). The original stays the image's `src`
 * and what the lightbox opens.
 */
import path from 'node:path';
import { ASSETS_PREFIX } from '../urls/site-urls';
import type { Asset } from './context';

/** Widths a variant is made at, below the image's own width. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const;

/** Images wider than this get no full-width variant: the widest one is the largest. */
const MAX_VARIANT_WIDTH = 2400;

/** File types that get variants: PNG and JPEG (GIFs may move, SVGs scale, WebP/AVIF are small). */
const RASTER = /\.(png|jpe?g)$/i;

/**
 * What a content image takes up: the post column (~44rem) on wide screens, the page's width
 * less its padding on phones, and half of that for a gallery's images side by side.
 */
export const CONTENT_SIZES =
  '(min-width: 80rem) 44rem, (min-width: 64rem) calc(100vw - 19.5rem), calc(100vw - 2rem)';
export const GALLERY_SIZES =
  '(min-width: 80rem) 22rem, (min-width: 64rem) calc(50vw - 10rem), (min-width: 40rem) calc(50vw - 1.5rem), calc(100vw - 2rem)';

/**
 * Wide images (screenshots of a page, a terminal) shown side by side become too small to read:
 * a gallery of only wide images is one column.
 */
export function isWideImage(size: { width?: number; height?: number }): boolean {
  return size.width !== undefined && size.height !== undefined && size.width >= 2 * size.height;
}

/** The widths of an image's variants: the standard ones well below its width, and its own. */
export function variantWidths(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((w) => w < width * 0.9);
  if (below.length === 0) return [];
  return width <= MAX_VARIANT_WIDTH ? [...below, width] : below;
}

/**
 * The variants of a local image published at `url` (`/_assets/<hash>/<name>` or a `public/`
 * path) from `source`: `/_assets/<hash>/<stem>-<width>w.webp` each, hashed by the source's
 * content. None for images that are not PNG or JPEG, or too small to shrink.
 */
export function imageVariants(source: string, hash: string, width: number): Asset[] {
  if (!RASTER.test(source)) return [];
  const stem = path
    .basename(source)
    .replace(/\.[^.]+$/, '')
    .normalize('NFC');
  return variantWidths(width).map((w) => ({
    source,
    url: `${ASSETS_PREFIX}${hash}/${encodeURIComponent(`${stem}-${w}w.webp`)}`,
    resize: { width: w, format: 'webp' as const },
  }));
}

/** `srcset` for variants: `<base><url> <width>w, …`. */
export function srcSetOf(variants: readonly Asset[], basePath: string): string {
  return variants.map((v) => `${basePath}${v.url} ${v.resize?.width ?? 0}w`).join(', ');
}
