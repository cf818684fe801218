import fs from 'node:fs';

/**
 * Writes `text` to a temporary file beside `target` and renames it over `target`: whoever reads
 * the file meanwhile (another build worker, Pagefind) gets the old text or the new, never part.
 */
export function writeAtomically(target: string, text: string): void {
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, target);
}
