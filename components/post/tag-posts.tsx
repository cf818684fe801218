import type { Post } from '@/lib/load/post';
import { ui, siteUrls } from '@/lib/render/site';
import type { Page, TagWithPosts } from '@/lib/routes/table';
import { BlogLayout } from '../layout/blog-layout';
import { ListHeader } from './list-header';
import { PostList } from './post-list';

/** A page of a tag's posts under the tag's heading and description. */
export function TagPosts({ tag, page }: { tag: TagWithPosts; page: Page<Post> }) {
  const t = ui();
  const urls = siteUrls();
  return (
    <BlogLayout>
      <ListHeader
        title={t.taggedWith(tag.label, tag.posts.length)}
        description={tag.description}
        back={{ href: urls.tags, label: t.allTags }}
      />
      <PostList page={page} />
    </BlogLayout>
  );
}
