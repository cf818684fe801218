import { PlainLayout } from '@/components/layout/blog-layout';
import { MobileToc } from '@/components/layout/toc';
import { MdxContent } from '@/components/mdx/mdx-content';
import { tocOf } from '@/lib/blog/create-blog';
import type { Post } from '@/lib/load/post';
import { getBlog, ui } from '@/lib/render/site';

/**
 * A standalone Markdown page (`src/markdown-pages/about.md`), shown as Docusaurus shows one: its
 * content as written (the front matter's title names the page in its head). A leading `# Title`
 * that gave the page its title is the heading here too.
 */
export async function PageView({ page }: { page: Post }) {
  const t = ui();
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
