import { BlogLayout } from '@/components/layout/blog-layout';
import { PostList } from '@/components/post/post-list';
import type { Post } from '@/lib/load/post';
import { site, ui } from '@/lib/render/site';
import type { Page } from '@/lib/routes/table';

/** A page of the blog's post list (the first renders the whole sidebar for the others). */
export function BlogView({ list, sidebarSource }: { list: Page<Post>; sidebarSource: boolean }) {
  const t = ui();
  return (
    <BlogLayout sidebarSource={sidebarSource}>
      {list.page === 1 ? (
        <h1 className="sr-only">{site.title}</h1>
      ) : (
        <h1 className="sr-only">
          {site.title} – {t.pageOf(list.page, list.totalPages)}
        </h1>
      )}
      <PostList page={list} />
    </BlogLayout>
  );
}
