import type { Post } from '@/lib/load/post';
import { AuthorList } from './author-list';
import { PostMeta } from './post-meta';

export function PostHeader({ post }: { post: Post }) {
  return (
    <header className="mb-8 space-y-4">
      <h1 className="text-3xl font-extrabold leading-tight tracking-tight sm:text-4xl">
        {post.title}
      </h1>
      <PostMeta post={post} />
      <AuthorList authors={post.authors} />
    </header>
  );
}
