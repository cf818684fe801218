/**
 * The files posts publish (an image or a download beside a post): copied into the export from
 * what each post's compile recorded, after checking once more that each is a file inside the
 * project; smaller copies of images are made (image-variants.ts). The export is recreated by every build, so nothing stale is ever published.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Asset } from '../compile/context';
import { isInside } from '../compile/local-files';
import { imageVariant } from './image-variants';

/**
 * Copies each asset to its URL under `exportDir` (an image's smaller copy made, or taken from
 * `cacheDir`); the problems, as messages.
 */
export async function publishAssets(
  exportDir: string,
  rootDir: string,
  assets: Iterable<Asset>,
  cacheDir: string,
): Promise<string[]> {
  const root = fs.realpathSync(rootDir);
  const problems: string[] = [];
  const done = new Set<string>();
  const copies: Promise<void>[] = [];
  for (const asset of assets) {
    if (done.has(asset.url)) continue;
    done.add(asset.url);
    const real = fs.realpathSync(asset.source);
    if (!isInside(root, real) || !fs.statSync(real).isFile()) {
      problems.push(`${asset.url}: ${asset.source} is not a file inside the project`);
      continue;
    }
    const target = path.join(exportDir, decodeURIComponent(asset.url));
    if (!isInside(path.resolve(exportDir), path.resolve(target))) {
      problems.push(`${asset.url}: not a path inside the export`);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const { resize } = asset;
    if (resize === undefined) fs.copyFileSync(real, target);
    else
      copies.push(
        imageVariant(real, resize.width, cacheDir).then(
          (file) => fs.copyFileSync(file, target),
          (error: unknown) => {
            problems.push(
              `${asset.url}: cannot make a smaller copy of ${asset.source}: ${String(error)}`,
            );
          },
        ),
      );
  }
  await Promise.all(copies);
  return problems;
}
