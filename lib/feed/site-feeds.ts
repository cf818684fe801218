/** The site's feeds, for the route handlers: the newest listed posts, as every format. */
import { feedComponents } from '@/components/mdx/mdx-components';
import { getCompiledPost, getPosts } from '../load';
import { site } from '../site';
import { absoluteUrl } from '../routes/urls';
import { feedEntries, writeFeed } from './feeds';
import type { FeedFormat } from './files';
import { FEED_FILES } from './files';

export async function siteFeed(format: FeedFormat): Promise<Response> {
  const entries = await feedEntries(getPosts(), {
    limit: site.feed.limit,
    compile: getCompiledPost,
    components: feedComponents,
    absoluteUrl,
  });
  const body = writeFeed(
    format,
    {
      title: site.title,
      description: site.tagline,
      language: site.locale,
      copyright: site.copyright,
      absoluteUrl,
    },
    entries,
  );
  return new Response(body, {
    headers: { 'content-type': `${FEED_FILES[format].type}; charset=utf-8` },
  });
}
