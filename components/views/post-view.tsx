import { Comments } from '@/components/comments/comments';
import { BlogLayout } from '@/components/layout/blog-layout';
import { MobileToc, Toc } from '@/components/layout/toc';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PostFooter } from '@/components/post/post-footer';
import { PostHeader } from '@/components/post/post-header';
import { PrevNext } from '@/components/post/prev-next';
import { PostJsonLd } from '@/components/seo/json-ld';
import { tocOf } from '@/lib/blog/create-blog';
import { coverImage } from '@/lib/compile/context';
import type { Post } from '@/lib/load/post';
import { getBlog, site, t } from '@/lib/render/site';

/** A post's page: header, table of contents, content, footer and its neighbours. */
export async function PostView({
  post,
  newer,
  older,
}: {
  post: Post;
  newer: Post | undefined;
  older: Post | undefined;
}) {
  const compiled = await getBlog().compile(post);
  const toc = tocOf(post, compiled);
  return (
    <BlogLayout
      current={post.permalink}
      aside={toc.length > 0 ? <Toc items={toc} title={t.tableOfContents} /> : undefined}
    >
      {/* Search indexes listed posts' articles only (see lib/publish/search-index.ts). */}
      <article data-pagefind-body={post.unlisted ? undefined : ''}>
        <PostHeader post={post} />
        {toc.length > 0 ? <MobileToc items={toc} title={t.tableOfContents} /> : null}
        {/* The feeds take a post's content from here (lib/publish/feeds). */}
        <div
          className="prose prose-ko prose-gray max-w-none dark:prose-invert"
          data-post-content=""
        >
          <MdxContent post={post} />
        </div>
        <PostFooter post={post} />
      </article>
      {site.comments && post.comments ? (
        <Comments config={site.comments} lang={site.defaultLocale} />
      ) : null}
      <PrevNext newer={newer} older={older} />
      <PostJsonLd post={post} cover={coverImage(post, compiled.facts)} />
    </BlogLayout>
  );
}
