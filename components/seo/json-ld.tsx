import type { Post } from '@/lib/load/post';
import type { BlogLd, BlogPostingLd } from '@/lib/render/json-ld';
import { blogLd, blogPostingLd, serializeJsonLd } from '@/lib/render/json-ld';
import { siteUrls } from '@/lib/render/site';
import type { Page } from '@/lib/routes/table';

function JsonLd({ data }: { data: BlogPostingLd | BlogLd }) {
  // The JSON is escaped for a script element by serializeJsonLd, not by React.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}

/** `BlogPosting` structured data for a post's page; `cover` as `coverImage` gives it. */
export function PostJsonLd({ post, cover }: { post: Post; cover: string | undefined }) {
  return <JsonLd data={blogPostingLd(post, cover)} />;
}

/** `Blog` structured data for a page of a list. */
export function BlogJsonLd({ page }: { page: Page<Post> }) {
  const urls = siteUrls();
  return <JsonLd data={blogLd(urls.paged(page.listPath, page.page), page.items)} />;
}
