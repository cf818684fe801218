import type { Page, Post } from '@/lib/load';
import type { BlogLd, BlogPostingLd } from '@/lib/render/json-ld';
import { blogLd, blogPostingLd, serializeJsonLd } from '@/lib/render/json-ld';
import { pagePath } from '@/lib/routes/urls';

function JsonLd({ data }: { data: BlogPostingLd | BlogLd }) {
  // The JSON is escaped for a script element by serializeJsonLd, not by React.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}

/** `BlogPosting` structured data for a post's page. */
export function PostJsonLd({ post }: { post: Post }) {
  return <JsonLd data={blogPostingLd(post)} />;
}

/** `Blog` structured data for a page of a list at `listPath`. */
export function BlogJsonLd({ page, listPath }: { page: Page<Post>; listPath: string }) {
  return <JsonLd data={blogLd(pagePath(listPath, page.page), page.items)} />;
}
