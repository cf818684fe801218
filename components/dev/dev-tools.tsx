import { withBase } from '@/lib/render/site';

/** Live reload of posts in `next dev`; nothing (and no JavaScript) in the export. */
export async function DevTools() {
  if (process.env.NODE_ENV !== 'development') return null;
  const { ContentReload } = await import('./content-reload');
  const { contentVersion } = await import('@/lib/render/content-version');
  // The version this page was rendered from: any change after it refreshes the page.
  return <ContentReload endpoint={withBase('/live-reload/events/')} version={contentVersion()} />;
}
