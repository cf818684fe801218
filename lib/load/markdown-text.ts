/**
 * Cheap, source-level facts about a post's Markdown, for metadata that every list needs:
 * the title from a leading `# H1`, the first paragraph as a description, and reading time.
 * (Rendering goes through the MDX compiler; this only reads text.)
 */
import { joinKoreanParticles } from '../text/korean-line-breaks';

const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const SKIPPABLE_RE = /^\s*(?:import\s|export\s|<!--.*-->\s*$|\{\/\*.*\*\/\}\s*$)/;

/** The `# Title` a document starts with (imports, comments and blank lines may come first). */
export function leadingHeading(body: string): string | undefined {
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || SKIPPABLE_RE.test(line)) continue;
    const atx = /^\s{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx?.[1]) return inlineText(atx[1]);
    const next = lines[index + 1];
    if (next !== undefined && /^\s{0,3}=+\s*$/.test(next)) return inlineText(line.trim());
    return undefined;
  }
  return undefined;
}

/** Where a link, inline code or emphasis closed, while `inlineText` works (private use). */
const CLOSED = '\uE000';
/** A line break while `inlineText` works: one character, as the space lines were joined with. */
const LINE_BREAK = '\uE001';

/**
 * Markdown inline syntax reduced to its text: links keep their label, images vanish. Line
 * breaks are spaces, except between a link, inline code or emphasis and a Korean particle on
 * the next line (`[PR #1838](…)⏎부터는` is `PR #1838부터는`), as the compiled post shows them.
 */
export function inlineText(markdown: string): string {
  const text = markdown
    .replace(/[\uE000\uE001]/g, '')
    .replace(/[ \t]*\r?\n[ \t]*/g, LINE_BREAK)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, `$1${CLOSED}`)
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, `$1${CLOSED}`)
    .replace(/<[^>]+>/g, '')
    .replace(/\{\/\*.*?\*\/\}/g, '')
    .replace(/`([^`]*)`/g, `$1${CLOSED}`)
    .replace(/(\*\*|__)(.+?)\1/g, `$2${CLOSED}`)
    .replace(/(\*|_)(.+?)\1/g, `$2${CLOSED}`)
    .replace(/~~(.+?)~~/g, `$1${CLOSED}`)
    .replaceAll(LINE_BREAK, '\n');
  return joinKoreanParticles(text, CLOSED).replace(/\s+/g, ' ').trim();
}

/**
 * The first paragraph of prose, as plain text: what Docusaurus uses when a post has no
 * `description`. Headings, code, tables, images, HTML and comments are skipped.
 */
export function firstParagraph(body: string): string {
  const lines = body.split('\n');
  let inFence: string | undefined;
  let inComment = false;
  const paragraph: string[] = [];
  let hardBreak = false;
  for (const line of lines) {
    const fence = FENCE_RE.exec(line)?.[1];
    if (inFence) {
      if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = undefined;
      continue;
    }
    if (fence) {
      if (paragraph.length > 0) break;
      inFence = fence;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('<!--') && !trimmed.includes('-->')) {
      inComment = true;
      continue;
    }
    const skip =
      trimmed === '' ||
      SKIPPABLE_RE.test(line) ||
      /^#{1,6}\s/.test(trimmed) ||
      /^[=-]{3,}$/.test(trimmed) ||
      /^\|/.test(trimmed) ||
      /^:::/.test(trimmed) ||
      /^<\/?[A-Za-z]/.test(trimmed) ||
      /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$/.test(trimmed);
    if (skip) {
      if (paragraph.length > 0) break;
      continue;
    }
    const quoted = trimmed.replace(/^>\s?/, '');
    const item = quoted.replace(/^(?:[-*+]|\d+\.)\s+/, '');
    // Lines of one paragraph are joined by their line break; a new list item or a line after a
    // hard break (two trailing spaces, lost to trim) by a space.
    if (paragraph.length > 0) paragraph.push(item !== quoted || hardBreak ? ' ' : '\n');
    paragraph.push(item);
    hardBreak = / {2,}$/.test(line);
  }
  return inlineText(paragraph.join(''));
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, found);
  }
  return found;
}

/** Scripts written without spaces between words: only a dictionary can find their words. */
const DICTIONARY_SCRIPTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * What Intl.Segmenter finds in scripts that separate words with spaces or punctuation (Hangul,
 * Latin, …), at a fraction of its cost: runs of Hangul; runs of other letters and digits joined
 * by `'`, `.`, `:` between letters and by `.`, `,`, `;` between digits. Like the segmenter, it
 * splits where Hangul meets another script (`kube-rs를` is `kube`, `rs`, `를`).
 */
const SPACED_WORD =
  /[\p{Script=Hangul}\p{M}]*\p{Script=Hangul}[\p{Script=Hangul}\p{M}]*|[[\p{L}\p{M}\p{N}_]--\p{Script=Hangul}]+(?:(?:(?<=\p{L}\p{M}*)['’.:·](?=[\p{L}--\p{Script=Hangul}])|(?<=\p{N})[.,;'’](?=\p{N}))[[\p{L}\p{M}\p{N}_]--\p{Script=Hangul}]+)*/gv;

/** What a reader reads of Markdown: image alt texts and link labels, not URLs, tags or comments. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, '');
}

/**
 * Words in a text, counted the way readers read them: Korean and English by their words (not by
 * characters, as reading-time libraries count Hangul), Chinese, Japanese or Thai with
 * `Intl.Segmenter`'s dictionary. URLs and markup are not read at all.
 */
export function countWords(markdown: string, locale: string): number {
  const prose = readableText(markdown);
  if (!DICTIONARY_SCRIPTS.test(prose)) return prose.match(SPACED_WORD)?.length ?? 0;
  let words = 0;
  for (const segment of segmenter(locale).segment(prose)) if (segment.isWordLike) words++;
  return words;
}

/** Words as Intl.Segmenter counts them, always (the reference `countWords` is tested against). */
export function countWordsWithSegmenter(text: string, locale: string): number {
  let words = 0;
  for (const segment of segmenter(locale).segment(text)) if (segment.isWordLike) words++;
  return words;
}

/**
 * Words read in a minute, by language. English: 238, the average silent reading rate of
 * non-fiction in Brysbaert's 2019 meta-analysis. Others: 200, the rate this engine has always
 * used for Korean, whose space-separated words (eojeol) carry their particles and endings.
 */
const WORDS_PER_MINUTE: Record<string, number> = { en: 238 };
const DEFAULT_WORDS_PER_MINUTE = 200;

/** Minutes to read `words` in `locale`'s language, at least one. */
export function readingMinutes(words: number, locale = ''): number {
  const rate = WORDS_PER_MINUTE[locale.split('-')[0] ?? ''] ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(words / rate));
}
