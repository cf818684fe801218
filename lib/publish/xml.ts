/**
 * Text for XML: the five special characters escaped, and the characters XML 1.0 forbids
 * (control characters other than tab, newline and return; lone surrogates; U+FFFE, U+FFFF)
 * removed, so that what an author writes can never make a feed or sitemap malformed.
 */
const FORBIDDEN_RE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN_RE, '');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
