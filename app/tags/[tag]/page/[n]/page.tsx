import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceholderRedirect } from '@/components/layout/placeholder-redirect';
import { TagPosts } from '@/components/post/tag-posts';
import { getAllTags, getTag, laterPages, paginate } from '@/lib/load';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/render/seo';
import { PLACEHOLDER, orPlaceholder } from '@/lib/render/static-params';
import { pagePath } from '@/lib/routes/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAllTags().flatMap((tag) =>
    laterPages(tag.posts.length).map((n) => ({ tag: tag.slug, n: String(n) })),
  );
  return orPlaceholder(params, { tag: PLACEHOLDER, n: PLACEHOLDER });
}

type Props = { params: Promise<{ tag: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, n } = await params;
  const tag = getTag(slug);
  if (!tag) return {};
  return pageMetadata({
    title: `${t.taggedWith(tag.label, tag.posts.length)} (${n})`,
    description: tag.description,
    path: pagePath(tag.permalink, Number(n)),
    noindex: tag.unlisted,
  });
}

export default async function TagPageN({ params }: Props) {
  const { tag: slug, n } = await params;
  if (n === PLACEHOLDER) return <PlaceholderRedirect to="/tags/" label={t.allTags} />;
  const tag = getTag(slug);
  const page = tag && paginate(tag.posts, Number(n));
  if (!tag || !page) notFound();
  return <TagPosts tag={tag} page={page} />;
}
