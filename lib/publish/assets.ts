/**
 * The files posts publish (an image or a download beside a post): copied into the export from
 * what each post's compile recorded, after checking once more that each is a file inside the
 * project. The export is recreated by every build, so nothing stale is ever published.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Asset } from '../compile/context';
import { isInside } from '../compile/local-files';

/** Copies each asset to its URL under `exportDir`; the problems, as messages. */
export function copyAssets(exportDir: string, rootDir: string, assets: Iterable<Asset>): string[] {
  const root = fs.realpathSync(rootDir);
  const problems: string[] = [];
  const done = new Set<string>();
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
    fs.copyFileSync(real, target);
  }
  return problems;
}
