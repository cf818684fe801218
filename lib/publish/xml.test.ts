import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, stripForbiddenXmlChars } from './xml';

describe('text for XML', () => {
  it('drops what XML 1.0 forbids and keeps tab, newline, return and every other character', () => {
    expect(stripForbiddenXmlChars('a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(stripForbiddenXmlChars('tab\there\nline\rreturn 한글 😀')).toBe(
      'tab\there\nline\rreturn 한글 😀',
    );
    expect(stripForbiddenXmlChars('lone \uD800 high, lone \uDC00 low')).toBe(
      'lone  high, lone  low',
    );
  });

  it('escapes markup, so the result is always well-formed', () => {
    const hostile = 'Tom & "Jerry" <b>\u0001</b> \'x\'';
    const xml = `<t a="${escapeXml(hostile)}">${escapeXml(hostile)}</t>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toBe(
      '<t a="Tom &amp; &quot;Jerry&quot; &lt;b&gt;&lt;/b&gt; &apos;x&apos;">Tom &amp; &quot;Jerry&quot; &lt;b&gt;&lt;/b&gt; &apos;x&apos;</t>',
    );
  });
});
