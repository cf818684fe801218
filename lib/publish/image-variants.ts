/**
 * The smaller WebP copies of images that compiles asked for (lib/compile/responsive-images.ts),
 * made with sharp and kept in a cache folder by the source's content hash, width and these
 * settings, so a later build (or another post with the same image) reuses them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Change when the encoding changes: variants made before are not reused. */
const ENCODING = { quality: 80, effort: 4 } as const;
const VERSION = `webp-q${ENCODING.quality}-e${ENCODING.effort}`;

/** The cache file of a variant of `source` at `width`, made now unless it exists. */
export async function imageVariant(
  source: string,
  width: number,
  cacheDir: string,
): Promise<string> {
  const hash = createHash('sha256').update(fs.readFileSync(source)).digest('hex').slice(0, 24);
  const file = path.join(cacheDir, `${hash}-${width}-${VERSION}.webp`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await sharp(source).resize({ width, withoutEnlargement: true }).webp(ENCODING).toFile(partial);
  fs.renameSync(partial, file);
  return file;
}
