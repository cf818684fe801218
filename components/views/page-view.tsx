import { PlainLayout } from '@/components/layout/blog-layout';
import { MobileToc } from '@/components/layout/toc';
import { MdxContent } from '@/components/mdx/mdx-content';
import { tocOf } from '@/lib/blog/create-blog';
import type { Post } from '@/lib/load/post';
import { getBlog, t } from '@/lib/render/site';

/** A standalone Markdown page (`src/pages/about.md`): its title, its contents, its content. */
export async function PageView({ page }: { page: Post }) {
  const toc = tocOf(page, await getBlog().compile(page));
  return (
    <PlainLayout>
      <article>
        {page.titleFromContent ? (
          <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{page.title}</h1>
        ) : null}
        {toc.length > 0 ? <MobileToc items={toc} title={t.tableOfContents} /> : null}
        <div className="prose prose-ko prose-gray max-w-none dark:prose-invert">
          <MdxContent post={page} />
        </div>
      </article>
    </PlainLayout>
  );
}
