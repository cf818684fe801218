import type { MetadataRoute } from 'next';
import { contentStore } from '@/lib/load';
import { sitemapEntries } from '@/lib/publish/sitemap';
import { absoluteUrl } from '@/lib/routes/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(contentStore, absoluteUrl);
}
