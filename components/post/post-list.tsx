import type { Post } from '@/lib/load/post';
import type { Page } from '@/lib/routes/table';
import { BlogJsonLd } from '../seo/json-ld';
import { Pagination } from './pagination';
import { PostCard } from './post-card';

/** A page of posts with their excerpts, and the links to newer and older pages. */
export function PostList({ page }: { page: Page<Post> }) {
  return (
    <>
      <div className="space-y-10">
        {page.items.map((post) => (
          <PostCard key={post.permalink} post={post} />
        ))}
      </div>
      <Pagination listPath={page.listPath} page={page.page} totalPages={page.totalPages} />
      <BlogJsonLd page={page} />
    </>
  );
}
