import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceholderRedirect } from '@/components/layout/placeholder-redirect';
import { AuthorPosts } from '@/components/post/author-posts';
import { getAuthorPage, getAuthors, paginate } from '@/lib/load';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/render/seo';
import { PLACEHOLDER, orPlaceholder } from '@/lib/render/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    getAuthors().map((author) => ({ key: author.slug })),
    { key: PLACEHOLDER },
  );
}

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthorPage((await params).key);
  if (!author) return {};
  return pageMetadata({
    title: t.postsBy(author.name, author.posts.length),
    description: author.description ?? author.title,
    path: author.permalink,
  });
}

export default async function AuthorPage({ params }: Props) {
  const { key } = await params;
  if (key === PLACEHOLDER) return <PlaceholderRedirect to="/authors/" label={t.authors} />;
  const author = getAuthorPage(key);
  const page = author && paginate(author.posts, 1);
  if (!author || !page) notFound();
  return <AuthorPosts author={author} page={page} />;
}
