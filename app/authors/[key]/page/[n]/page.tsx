import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceholderRedirect } from '@/components/layout/placeholder-redirect';
import { AuthorPosts } from '@/components/post/author-posts';
import { getAuthorPage, getAuthors, laterPages, paginate } from '@/lib/load';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/render/seo';
import { PLACEHOLDER, orPlaceholder } from '@/lib/render/static-params';
import { pagePath } from '@/lib/routes/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAuthors().flatMap((author) =>
    laterPages(author.posts.length).map((n) => ({ key: author.slug, n: String(n) })),
  );
  return orPlaceholder(params, { key: PLACEHOLDER, n: PLACEHOLDER });
}

type Props = { params: Promise<{ key: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key, n } = await params;
  const author = getAuthorPage(key);
  if (!author) return {};
  return pageMetadata({
    title: `${t.postsBy(author.name, author.posts.length)} (${n})`,
    path: pagePath(author.permalink, Number(n)),
  });
}

export default async function AuthorPageN({ params }: Props) {
  const { key, n } = await params;
  if (n === PLACEHOLDER) return <PlaceholderRedirect to="/authors/" label={t.authors} />;
  const author = getAuthorPage(key);
  const page = author && paginate(author.posts, Number(n));
  if (!author || !page) notFound();
  return <AuthorPosts author={author} page={page} />;
}
