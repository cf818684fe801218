import type { Post } from '@/lib/load';
import { getCompiledPost } from '@/lib/load';
import { renderMdx } from '@/lib/render/evaluate';
import { excerptComponents, pageComponents } from './mdx-components';

/** A post's content, or (with `excerpt`) only what comes before its truncate marker. */
export async function MdxContent({ post, excerpt = false }: { post: Post; excerpt?: boolean }) {
  const { code } = await getCompiledPost(post);
  return renderMdx(code, excerpt ? excerptComponents : pageComponents);
}
