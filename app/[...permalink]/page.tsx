import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceholderRedirect } from '@/components/layout/placeholder-redirect';
import { BlogLayout } from '@/components/layout/blog-layout';
import { MobileToc, Toc } from '@/components/layout/toc';
import { PostFooter } from '@/components/post/post-footer';
import { PostHeader } from '@/components/post/post-header';
import { PrevNext } from '@/components/post/prev-next';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PostJsonLd } from '@/components/seo/json-ld';
import {
  getAdjacentPosts,
  getAllPosts,
  getCompiledPost,
  getPostBySegments,
  postSegments,
  tocOf,
} from '@/lib/load';
import { t } from '@/lib/i18n';
import { postMetadata } from '@/lib/render/seo';
import { PLACEHOLDER, orPlaceholder } from '@/lib/render/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAllPosts().map((post) => ({ permalink: postSegments(post) }));
  return orPlaceholder(params, { permalink: [PLACEHOLDER] });
}

type Props = { params: Promise<{ permalink: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySegments((await params).permalink);
  if (!post) return {};
  return postMetadata(post);
}

export default async function PostPage({ params }: Props) {
  const { permalink } = await params;
  if (permalink.join('/') === PLACEHOLDER) return <PlaceholderRedirect to="/" label={t.backHome} />;
  const post = getPostBySegments(permalink);
  if (!post) notFound();
  const toc = tocOf(post, await getCompiledPost(post));
  const { newer, older } = getAdjacentPosts(post);
  return (
    <BlogLayout
      current={post.permalink}
      aside={toc.length > 0 ? <Toc items={toc} title={t.tableOfContents} /> : undefined}
    >
      {/* Search indexes listed posts' articles only (see lib/publish/search-index.ts). */}
      <article data-pagefind-body={post.unlisted ? undefined : ''}>
        <PostHeader post={post} />
        {toc.length > 0 ? <MobileToc items={toc} title={t.tableOfContents} /> : null}
        <div className="prose prose-ko prose-gray max-w-none dark:prose-invert">
          <MdxContent post={post} />
        </div>
        <PostFooter post={post} />
      </article>
      <PrevNext newer={newer} older={older} />
      <PostJsonLd post={post} />
    </BlogLayout>
  );
}
