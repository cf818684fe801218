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
import { getBlog, htmlLang, pageLocale, site, ui } from '@/lib/render/site';

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
  const t = ui();
  const compiled = await getBlog().compile(post);
  const toc = tocOf(post, compiled);
  // Shown untranslated in another locale: its language is said, for readers and search engines.
  const untranslated = post.lang !== pageLocale();
  return (
    <BlogLayout
      current={post.permalink}
      aside={toc.length > 0 ? <Toc items={toc} title={t.tableOfContents} /> : undefined}
    >
      {/* Search indexes listed posts' articles only (see lib/publish/search-index.ts). */}
      <article
        data-pagefind-body={post.unlisted || untranslated ? undefined : ''}
        lang={untranslated ? htmlLang(post.lang) : undefined}
      >
        <PostHeader post={post} />
        {untranslated ? (
          <p
            lang={htmlLang(pageLocale())}
            className="mb-8 rounded-lg border border-gray-200 bg-gray-50 px-4 py-3 text-sm text-gray-700 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-300"
          >
            {t.untranslated}
          </p>
        ) : null}
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
        <Comments config={site.comments} lang={pageLocale()} />
      ) : null}
      <PrevNext newer={newer} older={older} />
      <PostJsonLd post={post} cover={coverImage(post, compiled.facts)} />
    </BlogLayout>
  );
}
