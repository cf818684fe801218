import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/routes/urls';

export const dynamic = 'force-static';

/** Crawlers may read everything; the sitemap lists what is worth it. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
