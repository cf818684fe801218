/**
 * Development only (see pageExtensions in next.config.ts): a number that changes whenever a
 * file under posts/ changes, which the open page polls to refresh itself.
 */
import { contentVersion } from '@/lib/render/content-version';

export const dynamic = 'force-static';

export function GET() {
  return Response.json({ version: contentVersion() });
}
