import { notFound } from 'next/navigation';
import { BlogLayout } from '@/components/layout/blog-layout';
import { PostList } from '@/components/post/post-list';
import { getPosts, paginate } from '@/lib/load';
import { site } from '@/lib/site';
import { pageMetadata } from '@/lib/render/seo';

export const metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const page = paginate(getPosts(), 1);
  if (!page) notFound();
  return (
    <BlogLayout>
      <h1 className="sr-only">{site.title}</h1>
      <PostList page={page} basePath="/" />
    </BlogLayout>
  );
}
