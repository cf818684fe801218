/**
 * The text of a content file (a post, authors.yml, tags.yml), read once and the same way for
 * every reader: UTF-8 without a byte order mark, lines ended by LF whether the file has CRLF, CR
 * or LF (as CommonMark counts lines, so line numbers stay the ones an editor shows). A file that
 * is not UTF-8 text is a problem, never read as replacement characters.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';

export type FileText =
  { ok: true; text: string } | { ok: false; problem: { message: string; line?: number } };

const LF = 0x0a;
const CR = 0x0d;

/** The 1-based line of the byte at `offset`; CRLF, CR and LF each end a line. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) line++;
  }
  return line;
}

const inRange = (byte: number | undefined, low: number, high: number) =>
  byte !== undefined && byte >= low && byte <= high;

/**
 * The offset of the first byte that does not belong to well-formed UTF-8 (the Unicode
 * standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let length: number;
    let second: [number, number] = [0x80, 0xbf];
    if (lead <= 0x7f) length = 1;
    else if (inRange(lead, 0xc2, 0xdf)) length = 2;
    else if (inRange(lead, 0xe0, 0xef)) {
      length = 3;
      if (lead === 0xe0) second = [0xa0, 0xbf];
      if (lead === 0xed) second = [0x80, 0x9f];
    } else if (inRange(lead, 0xf0, 0xf4)) {
      length = 4;
      if (lead === 0xf0) second = [0x90, 0xbf];
      if (lead === 0xf4) second = [0x80, 0x8f];
    } else return i;
    if (length > 1 && !inRange(bytes[i + 1], ...second)) return i;
    for (let k = 2; k < length; k++) if (!inRange(bytes[i + k], 0x80, 0xbf)) return i;
    i += length;
  }
  return -1;
}

/** Text as every reader sees it: no byte order mark, `\n` line ends. */
export function normalizeText(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** A file's bytes as text, or why they are not text. */
export function decodeText(bytes: Uint8Array): FileText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = lineAt(bytes, nul);
    return {
      ok: false,
      problem: { line, message: 'the file is not text (it contains a NUL byte)' },
    };
  }
  if (!isUtf8(bytes)) {
    const line = lineAt(bytes, firstInvalidUtf8(bytes));
    return {
      ok: false,
      problem: { line, message: `the file is not valid UTF-8 (first bad byte at line ${line})` },
    };
  }
  return { ok: true, text: normalizeText(new TextDecoder('utf-8').decode(bytes)) };
}

export function readFileText(absolute: string): FileText {
  return decodeText(fs.readFileSync(absolute));
}
