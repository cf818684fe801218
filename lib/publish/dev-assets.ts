/**
 * `npm run dev` serves the files posts publish (`/_assets/…`) as the export will have them: the
 * file a post's compile recorded, or its smaller copy, made on request.
 */
import path from 'node:path';
import type { Blog } from '../blog/create-blog';
import { cacheDirs } from '../cache-dirs';
import type { Asset } from '../compile/context';
import { decodeUrlPart } from '../urls/site-urls';
import contentTypes from './content-types.json';
import { imageVariant } from './image-variants';

const TYPES: Record<string, string> = contentTypes;

function decoded(url: string): string {
  return url.split('/').map(decodeUrlPart).join('/');
}

/**
 * The assets of every post compiled so far (a page is compiled before the browser asks for its
 * images), as the site paths they are served at.
 */
export function compiledAssets(blog: Blog): Asset[] {
  return blog.routes().documents.flatMap((post) => blog.cachedFacts(post)?.assets ?? []);
}

/** The file to answer `sitePath` with and its content type, or undefined (404). */
export async function devAsset(
  blog: Blog,
  sitePath: string,
): Promise<{ file: string; type: string } | undefined> {
  const wanted = decoded(sitePath);
  const asset = compiledAssets(blog).find((candidate) => decoded(candidate.url) === wanted);
  if (!asset) return undefined;
  const file = asset.resize
    ? await imageVariant(asset.source, asset.resize.width, cacheDirs(blog.rootDir).images)
    : asset.source;
  return { file, type: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
