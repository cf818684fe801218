import type { Post } from '@/lib/load/post';
import { renderMdx } from '@/lib/render/evaluate';
import { excerptComponents, pageComponents } from './mdx-components';
import { excerptImports, postImports } from './mdx-imports';
import { getBlog } from '@/lib/render/site';

/** A post's content, or (with `excerpt`) only what comes before its truncate marker. */
export async function MdxContent({ post, excerpt = false }: { post: Post; excerpt?: boolean }) {
  const { code } = await getBlog().compile(post);
  return excerpt
    ? renderMdx(code, excerptComponents, excerptImports)
    : renderMdx(code, pageComponents, postImports);
}
