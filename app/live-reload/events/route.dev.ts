/**
 * Development only (see pageExtensions in next.config.ts): server-sent events carrying the
 * content version (lib/render/content-version.ts), the current one first, then each new one as
 * soon as a change under posts/ or i18n/ has settled. The open page refreshes itself on them.
 */
import { contentVersion, onContentChange } from '@/lib/render/content-version';

export const dynamic = 'force-static';

export function GET() {
  const encoder = new TextEncoder();
  let stop: (() => void) | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (version: number) => {
        try {
          controller.enqueue(encoder.encode(`data: ${version}\n\n`));
        } catch {
          // The page went away without the stream being cancelled: stop sending.
          stop?.();
        }
      };
      // After a restart of the dev server, the page connects again within half a second.
      controller.enqueue(encoder.encode('retry: 500\n\n'));
      send(contentVersion());
      stop = onContentChange(send);
    },
    cancel() {
      stop?.();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' },
  });
}
