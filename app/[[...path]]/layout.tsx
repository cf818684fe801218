import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import '../globals.css';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { sectionOf } from '@/lib/render/navigation';
import { siteMetadata, siteViewport } from '@/lib/render/seo';
import { pageAt } from '@/lib/render/site';

export const metadata = siteMetadata();
export const viewport = siteViewport;

type Props = { children: ReactNode; params: Promise<{ path?: string[] }> };

/** Every page: one root layout for the one route, since every path goes through the route table. */
export default async function RootLayout({ children, params }: Props) {
  const { path } = await params;
  const route = pageAt(path);
  const current = route ? { path: route.path, section: sectionOf(route) } : undefined;
  return <SiteShell current={current}>{children}</SiteShell>;
}
