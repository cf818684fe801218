/**
 * Development only (see pageExtensions in next.config.ts): the files posts publish under
 * `/_assets/`, which the build copies into the export (lib/publish/assets.ts).
 */
import fs from 'node:fs';
import { compiledAssets, devAsset } from '@/lib/publish/dev-assets';
import { allBlogs } from '@/lib/render/site';
import { ASSETS_PREFIX, decodeUrlPart } from '@/lib/urls/site-urls';

// Required of every route under `output: 'export'`; in `next dev` the handler still runs per request.
export const dynamic = 'force-static';

/** Next requires at least one path under `output: 'export'`; unknown paths are 404 in dev. */
export function generateStaticParams(): { file: string[] }[] {
  const files = allBlogs()
    .flatMap(compiledAssets)
    .map((asset) => asset.url.slice(ASSETS_PREFIX.length).split('/').map(decodeUrlPart));
  return files.length > 0 ? files.map((file) => ({ file })) : [{ file: ['none'] }];
}

type Context = { params: Promise<{ file: string[] }> };

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const url = ASSETS_PREFIX + file.join('/');
  let found: Awaited<ReturnType<typeof devAsset>>;
  for (const blog of allBlogs()) found ??= await devAsset(blog, url);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(fs.readFileSync(found.file), {
    headers: { 'content-type': found.type, 'cache-control': 'no-cache' },
  });
}
