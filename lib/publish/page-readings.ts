/**
 * What the broken-site check read of each page (its ids, links and styles), kept in `.cache/` by
 * the identity of the page's file: its device, inode, size and modification time (to the
 * nanosecond), as git's index tells a file unchanged. A warm build hard-links most pages from
 * the last build (lib/publish/page-cache.ts), the same files, so its check neither reads nor
 * parses them; a page written again is a new file or has a new modification time. As in git, a
 * file modified less than `RACY_NS` before the readings were saved is read again: a file system's
 * clock may tick too coarsely to tell two writes that close apart. The kept readings are used
 * only by the same check code (`engine`); a file holds the readings of the last check only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageReading, PageReadings } from './check-site';

type Stored = { engine: string; pages: Record<string, PageReading> };

const RACY_NS = 1_000_000_000n;

/** Tells a file apart from any other, and from itself before it was written again. */
function fileIdentity(file: string): string {
  const stat = fs.statSync(file, { bigint: true });
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

/** The readings of files last modified well before `savedNs`, when the readings were saved. */
function settled(pages: Record<string, PageReading>, savedNs: bigint) {
  return Object.fromEntries(
    Object.entries(pages).filter(([identity]) => {
      const modified = identity.slice(identity.lastIndexOf(':') + 1);
      return /^\d+$/.test(modified) && BigInt(modified) < savedNs - RACY_NS;
    }),
  );
}

export function pageReadings(file: string, engine: string): PageReadings & { save: () => void } {
  let kept: Record<string, PageReading> = {};
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
    const savedNs = fs.statSync(file, { bigint: true }).mtimeNs;
    if (stored.engine === engine) kept = settled(stored.pages, savedNs);
  } catch {
    // None yet, or unreadable: every page is read.
  }
  const seen: Record<string, PageReading> = {};
  return {
    read(page, read) {
      const identity = fileIdentity(page);
      const reading = kept[identity] ?? read(fs.readFileSync(page, 'utf8'));
      seen[identity] = reading;
      return reading;
    },
    save() {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const stored: Stored = { engine, pages: seen };
      fs.writeFileSync(file, JSON.stringify(stored));
    },
  };
}
