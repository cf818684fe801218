import type { Page, Post, TagWithPosts } from '@/lib/load';
import { t } from '@/lib/i18n';
import { BlogLayout } from '../layout/blog-layout';
import { ListHeader } from './list-header';
import { PostList } from './post-list';

/** A page of a tag's posts under the tag's heading and description. */
export function TagPosts({ tag, page }: { tag: TagWithPosts; page: Page<Post> }) {
  return (
    <BlogLayout>
      <ListHeader
        title={t.taggedWith(tag.label, tag.posts.length)}
        description={tag.description}
        back={{ href: '/tags/', label: t.allTags }}
      />
      <PostList page={page} basePath={tag.permalink} />
    </BlogLayout>
  );
}
