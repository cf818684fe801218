import type { MetadataRoute } from 'next';
import { contentStore } from '@/lib/content';
import { sitemapEntries } from '@/lib/sitemap';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(contentStore, absoluteUrl);
}
