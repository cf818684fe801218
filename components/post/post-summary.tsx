import Link from 'next/link';
import type { Post } from '@/lib/content';
import { getCompiledPost } from '@/lib/content';
import { formatDate } from '@/lib/content/dates';
import { site } from '@/lib/site';
import { MdxContent } from '../mdx/mdx-content';

export async function PostSummary({ post }: { post: Post }) {
  const { facts } = await getCompiledPost(post);
  return (
    <article>
      <h2>
        <Link href={post.permalink}>{post.title}</Link>
      </h2>
      <time dateTime={post.date.toISOString()}>
        {formatDate(post.date, site.locale, site.timeZone)}
      </time>
      <MdxContent post={post} excerpt />
      {facts.truncated && <Link href={post.permalink}>더 읽기</Link>}
    </article>
  );
}
