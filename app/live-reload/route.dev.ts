/**
 * Development only (see pageExtensions in next.config.ts): the content version now, a number
 * that changes whenever a file under posts/ or i18n/ changes (the open page follows it through
 * /live-reload/events/; this answer tells tests the dev server is up).
 */
import { contentVersion } from '@/lib/render/content-version';

export const dynamic = 'force-static';

export function GET() {
  return Response.json({ version: contentVersion() });
}
