import { notFound } from 'next/navigation';
import { PlaceholderRedirect } from '@/components/layout/placeholder-redirect';
import { BlogLayout } from '@/components/layout/blog-layout';
import { PostList } from '@/components/post/post-list';
import { getPosts, laterPages, paginate } from '@/lib/load';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/render/seo';
import { site } from '@/lib/site';
import { PLACEHOLDER, orPlaceholder } from '@/lib/render/static-params';
import { pagePath } from '@/lib/routes/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  const pages = laterPages(getPosts().length).map((n) => ({ n: String(n) }));
  return orPlaceholder(pages, { n: PLACEHOLDER });
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props) {
  const n = Number((await params).n);
  const page = paginate(getPosts(), n);
  if (!page) return {};
  return pageMetadata({
    title: `${t.blog} (${t.pageOf(n, page.totalPages)})`,
    path: pagePath('/', n),
  });
}

export default async function ListPage({ params }: Props) {
  const { n } = await params;
  if (n === PLACEHOLDER) return <PlaceholderRedirect to="/" label={t.backHome} />;
  const page = paginate(getPosts(), Number(n));
  if (!page) notFound();
  return (
    <BlogLayout>
      <h1 className="sr-only">
        {site.title} – {t.pageOf(page.page, page.totalPages)}
      </h1>
      <PostList page={page} basePath="/" />
    </BlogLayout>
  );
}
