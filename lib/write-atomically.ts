/**
 * Writes a file by writing a temporary file beside it and renaming it: a reader that opens the
 * file meanwhile (another build worker, Pagefind indexing the export) gets the old text or the
 * new one, never a part of either.
 */
import fs from 'node:fs';

export function writeFileAtomically(target: string, text: string): void {
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, target);
}
