import { PostSummary } from '@/components/post/post-summary';
import { getPosts, paginate } from '@/lib/content';

export default function HomePage() {
  const page = paginate(getPosts(), 1);
  return (
    <main>
      {page?.items.map((post) => (
        <PostSummary key={post.permalink} post={post} />
      ))}
    </main>
  );
}
