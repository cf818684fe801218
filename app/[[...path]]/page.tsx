import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RouteView } from '@/components/views/route-view';
import { coverImage } from '@/lib/compile/context';
import { renderedPaths } from '@/lib/publish/page-cache';
import { routeMetadata } from '@/lib/render/seo';
import { allBlogs, getBlog, pageAt } from '@/lib/render/site';
import { pathSegments } from '@/lib/urls/site-urls';

/**
 * Every page of the site, from the route table (lib/routes/table.ts): the blog's lists, posts,
 * tags, archive, authors and search, wherever `routeBasePath` puts them, in every locale.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  // A warm build renders only the pages whose inputs changed (lib/publish/page-cache.ts).
  const planned = renderedPaths(process.env);
  return allBlogs().flatMap((blog) =>
    blog
      .routes()
      .pages.filter((route) => !planned || planned.has(route.path))
      .map((route) => ({ path: pathSegments(route.path) })),
  );
}

type Props = { params: Promise<{ path?: string[] }> };

async function routeOf({ params }: Props) {
  const { path } = await params;
  return pageAt(path);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const route = await routeOf(props);
  if (!route) return {};
  // A post's cover may be a file beside it, which its compile publishes (lib/compile/cover-image.ts).
  if (route.kind !== 'post' && route.kind !== 'page') return routeMetadata(route);
  const { facts } = await getBlog().compile(route.post);
  return routeMetadata(route, coverImage(route.post, facts));
}

export default async function Page(props: Props) {
  const route = await routeOf(props);
  if (!route) notFound();
  return <RouteView route={route} />;
}
