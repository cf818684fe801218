import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, normalizeText } from './file-text';

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['Hangul', [...Buffer.from('한글')], -1],
    ['an emoji (four bytes)', [...Buffer.from('😀')], -1],
    ['U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe1, 0x80], 1],
    ['a sequence cut short by ASCII', [0xe1, 0x61, 0x80], 0],
    ['0xFF', [0x61, 0x62, 0xff], 2],
  ])('finds %s', (_, bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with Node on random bytes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // Bytes biased to the interesting ranges (lead and continuation bytes), so that valid
    // multi-byte sequences are frequent too.
    const pool = [0x61, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1];
    pool.push(0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff);
    let valid = 0;
    for (let n = 0; n < 20_000; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        random() < 0.5
          ? (pool[Math.floor(random() * pool.length)] ?? 0)
          : 0x80 + Math.floor(random() * 64),
      );
      const ok = isUtf8(bytes);
      if (ok) valid++;
      expect(firstInvalidUtf8(bytes) === -1, Buffer.from(bytes).toString('hex')).toBe(ok);
    }
    expect(valid).toBeGreaterThan(200);
  });
});

describe('decodeText', () => {
  it('drops a byte order mark and ends lines with LF', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
    expect(decodeText(Buffer.from('\uFEFFa\r\nb'))).toEqual({ ok: true, text: 'a\nb' });
  });

  it('counts CRLF as one line and a lone CR as one, for the line of a bad byte', () => {
    expect(decodeText(Buffer.from([0x61, 0x0d, 0x0a, 0x0d, 0x62, 0x0a, 0xff]))).toEqual({
      ok: false,
      problem: { line: 4, message: 'the file is not valid UTF-8 (first bad byte at line 4)' },
    });
  });
});
