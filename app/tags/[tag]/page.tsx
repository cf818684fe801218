import { notFound } from 'next/navigation';
import { PostSummary } from '@/components/post/post-summary';
import { getAllTags, getTag } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

export default async function TagPage({ params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  return (
    <main>
      <h1>{tag.label}</h1>
      {tag.posts.map((post) => (
        <PostSummary key={post.permalink} post={post} />
      ))}
    </main>
  );
}
