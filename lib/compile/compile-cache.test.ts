import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFingerprint } from './compile-cache';

/** A root with lib/compile and lib/text sources (fingerprints are kept per root). */
function root(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-engine-'));
  for (const [file, source] of Object.entries({
    'lib/compile/compile.ts': 'export {};\n',
    'lib/text/korean-line-breaks.ts': text,
  })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

describe('engineFingerprint', () => {
  it('changes with the text rules the compiler shares with the loader (lib/text)', () => {
    const before = engineFingerprint(root("export const P = ['로'];\n"));
    expect(engineFingerprint(root("export const P = ['로'];\n"))).toBe(before);
    expect(engineFingerprint(root("export const P = ['로', '으로'];\n"))).not.toBe(before);
  });
});
