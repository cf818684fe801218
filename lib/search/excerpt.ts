/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with the matches in `<mark>`. They
 * are shown as text runs here, never as HTML, so nothing in an indexed page can become markup.
 */
export type ExcerptPart = { text: string; mark: boolean };

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Pagefind writes (`&lt;`, `&#39;`, `&#x27;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** `a <mark>b</mark> &amp; c` → `[{a }, {b, mark}, { & c}]`; other tags stay literal text. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * A result's title and excerpt as shown. A page's indexed text begins with its title, so the
 * excerpt of a match near the top starts mid-title ("기여 기록. 2025년 10월, …") under the title
 * shown in full: that end of the title is cut from the excerpt, and its highlighted words are
 * highlighted in the title instead. The excerpt stays whole when the cut would leave nothing.
 */
export function titleAndExcerpt(
  parts: readonly ExcerptPart[],
  title: string,
): { title: ExcerptPart[]; excerpt: ExcerptPart[] } {
  const text = parts.map((part) => part.text).join('');
  let tail = 0;
  let cut = 0;
  // One character is too little to tell a title's end from a word that happens to match.
  for (let length = Math.min(title.length, text.length); length >= 2; length--) {
    const rest = text.slice(length);
    if (text.startsWith(title.slice(title.length - length)) && /^[.\s]/.test(rest)) {
      tail = length;
      cut = length + (/^[.\s]+/.exec(rest)?.[0].length ?? 0);
      break;
    }
  }
  if (cut === 0 || cut >= text.length)
    return { title: [{ text: title, mark: false }], excerpt: [...parts] };
  const excerpt: ExcerptPart[] = [];
  const marked = new Array<boolean>(title.length).fill(false);
  let offset = 0;
  for (const part of parts) {
    for (let i = 0; i < part.text.length && offset + i < tail; i++)
      marked[title.length - tail + offset + i] = part.mark;
    const drop = Math.max(0, Math.min(part.text.length, cut - offset));
    if (drop < part.text.length) excerpt.push({ ...part, text: part.text.slice(drop) });
    offset += part.text.length;
  }
  const titleParts: ExcerptPart[] = [];
  for (let index = 0; index < title.length; index++) {
    const char = title.charAt(index);
    const mark = marked[index] ?? false;
    const last = titleParts.at(-1);
    if (last && last.mark === mark) last.text += char;
    else titleParts.push({ text: char, mark });
  }
  return { title: titleParts, excerpt };
}
