import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import '../globals.css';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { siteMetadata, siteViewport } from '@/lib/render/seo';

export const metadata = siteMetadata();
export const viewport = siteViewport;

/** Every page: one root layout for the one route, since every path goes through the route table. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
