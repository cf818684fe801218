import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceholderRedirect } from '@/components/layout/placeholder-redirect';
import { TagPosts } from '@/components/post/tag-posts';
import { getAllTags, getTag, paginate } from '@/lib/load';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/render/seo';
import { PLACEHOLDER, orPlaceholder } from '@/lib/render/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    getAllTags().map((tag) => ({ tag: tag.slug })),
    { tag: PLACEHOLDER },
  );
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: t.taggedWith(tag.label, tag.posts.length),
    description: tag.description,
    path: tag.permalink,
    noindex: tag.unlisted,
  });
}

export default async function TagPage({ params }: Props) {
  const { tag: slug } = await params;
  if (slug === PLACEHOLDER) return <PlaceholderRedirect to="/tags/" label={t.allTags} />;
  const tag = getTag(slug);
  const page = tag && paginate(tag.posts, 1);
  if (!tag || !page) notFound();
  return <TagPosts tag={tag} page={page} />;
}
