/**
 * What the broken-site check read of each page (its ids, links and styles), kept in `.cache/` by
 * the hash of the page's HTML: a warm build copies most pages from the last build byte for byte
 * (lib/publish/page-cache.ts), and its check parses only the others. The kept readings are used
 * only by the same check code (`engine`); a file holds the readings of the last check only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PageReading, PageReadings } from './check-site';

type Stored = { engine: string; pages: Record<string, PageReading> };

export function pageReadings(file: string, engine: string): PageReadings & { save: () => void } {
  let kept: Record<string, PageReading> = {};
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
    if (stored.engine === engine) kept = stored.pages;
  } catch {
    // None yet, or unreadable: every page is read.
  }
  const seen: Record<string, PageReading> = {};
  return {
    read(html, read) {
      const hash = createHash('sha1').update(html).digest('base64url');
      const reading = kept[hash] ?? read(html);
      seen[hash] = reading;
      return reading;
    },
    save() {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const stored: Stored = { engine, pages: seen };
      fs.writeFileSync(file, JSON.stringify(stored));
    },
  };
}
