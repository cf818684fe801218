import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './globals.css';
import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundView } from '@/components/views/not-found-view';
import { siteMetadata, siteViewport } from '@/lib/render/seo';
import { getBlog, site } from '@/lib/render/site';

export const metadata: Metadata = {
  ...siteMetadata(),
  title: { absolute: `${getBlog(site.defaultLocale).messages().notFoundTitle} | ${site.title}` },
};
export const viewport = siteViewport;

/** The 404 page (`404.html`): any path the route table does not have. */
export default function GlobalNotFound() {
  return (
    <SiteShell>
      <NotFoundView />
    </SiteShell>
  );
}
