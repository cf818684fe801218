import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getAllPosts, getPostBySegments, postSegments } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ permalink: postSegments(post) }));
}

type Props = { params: Promise<{ permalink: string[] }> };

export default async function PostPage({ params }: Props) {
  const post = getPostBySegments((await params).permalink);
  if (!post) notFound();
  return (
    <main>
      <h1>{post.title}</h1>
      <ul>
        {post.tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tag.permalink}>{tag.label}</a>
          </li>
        ))}
      </ul>
      <MdxContent post={post} />
    </main>
  );
}
