import type { Page, Post } from '@/lib/load';
import { BlogJsonLd } from '../seo/json-ld';
import { Pagination } from './pagination';
import { PostCard } from './post-card';

/** A page of posts with their excerpts, and the links to newer and older pages. */
export function PostList({ page, basePath }: { page: Page<Post>; basePath: string }) {
  return (
    <>
      <div className="space-y-10">
        {page.items.map((post) => (
          <PostCard key={post.permalink} post={post} />
        ))}
      </div>
      <Pagination basePath={basePath} page={page.page} totalPages={page.totalPages} />
      <BlogJsonLd page={page} listPath={basePath} />
    </>
  );
}
