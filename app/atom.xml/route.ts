import { siteFeed } from '@/lib/feed/site-feeds';

export const dynamic = 'force-static';

export function GET() {
  return siteFeed('atom');
}
