import fs from 'node:fs';
import path from 'node:path';

/** Makes `to` the file `from`: a hard link, or a copy where the file system can have none. */
export function placeFile(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.rmSync(to, { force: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}
