/**
 * Korean-aware soft line breaks. Authors wrap lines right after a link or inline code, so the
 * particle that belongs to it starts the next line (`[PR #1838](…)⏎부터는`). A soft break is a
 * space in HTML, which would detach the particle (`PR #1838 부터는`); between such a construct
 * and a particle the break is dropped instead. Everything else keeps its break: between two
 * plain Korean words a break is a word space, and a line that starts with any other word (a
 * noun, a verb, English) is a new word.
 *
 * A leaf module: the compiler's remark plugin and the loader's plain-text description share it.
 */

/**
 * The closed list of words that attach to the noun before them: particles (조사), the stacks of
 * particles that are written as one word, and copula endings (서술격 조사 `이다` and its forms).
 * Bare `다`, `면`, `일` and the like are left out: they are also ordinary words.
 */
export const KOREAN_PARTICLES: readonly string[] = [
  // subject, topic, object, possessive
  ...['이', '가', '은', '는', '을', '를', '의'],
  // place, direction, means, source, and what can stack on them
  ...['에', '에는', '에도', '에만', '에의'],
  ...['에서', '에서는', '에서도', '에서만', '에서의', '에서부터'],
  ...['에게', '에게는', '에게도', '에게만', '에게서', '한테', '한테는', '한테도', '한테서'],
  ...['께', '께서', '께서는', '께서도'],
  ...['로', '로는', '로도', '로만', '로의', '으로', '으로는', '으로도', '으로만', '으로의'],
  ...['로서', '로서는', '로서의', '으로서', '으로서는', '으로서의', '로써', '으로써'],
  ...['로부터', '로부터는', '로부터의', '으로부터', '으로부터는', '으로부터의'],
  // and, with
  ...['와', '와는', '와도', '와의', '과', '과는', '과도', '과의', '이랑', '랑', '이랑은', '랑은'],
  // comparison
  ...['보다', '보다는', '보다도', '처럼', '처럼은', '처럼도', '만큼', '만큼은', '만큼의'],
  // limits and delimiters
  ...['도', '만', '만은', '만이', '만을', '만의', '만으로', '만으로도', '뿐', '뿐만'],
  ...['부터', '부터는', '부터도', '부터의', '까지', '까지는', '까지도', '까지만', '까지의'],
  ...['마다', '조차', '마저', '밖에', '대로'],
  // choice, concession
  ...['이나', '나', '이든', '든', '이든지', '든지', '이라도', '라도', '이야말로', '야말로'],
  // copula (after a consonant with 이, after a vowel without)
  ...['이다', '이었다', '였다', '입니다', '입니까', '이에요', '예요', '이야', '야'],
  ...['이고', '이며', '이면', '이지만', '인데', '이니까', '이었고', '였고', '이었는데', '였는데'],
  ...['이라', '이라서', '라서', '이라는', '라는', '이라고', '라고', '이라면', '라면', '이란', '란'],
  ...['인', '인지', '인가', '이죠', '이던', '이었던', '였던'],
];

const PARTICLE_RE = new RegExp(
  `^(?:${[...KOREAN_PARTICLES].sort((a, b) => b.length - a.length).join('|')})`,
);

/** A letter, mark or digit: what continues a word (so `이` of `이슈` is not a particle). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The particle `text` starts with, as a whole word: followed by a space, punctuation or the end
 * (then `after`, the text that comes next, decides: a letter there continues the word).
 */
export function leadingParticle(text: string, after = ''): string | undefined {
  const particle = PARTICLE_RE.exec(text)?.[0];
  if (particle === undefined) return undefined;
  const next = text.length > particle.length ? text[particle.length] : after[0];
  if (next !== undefined && WORD_CHAR.test(next)) {
    // A shorter particle cannot be a whole word either: the word only gets longer.
    return undefined;
  }
  return particle;
}

/** A soft line break at the start of a text, with the spaces and tabs around it. */
const LEADING_SOFT_BREAK = /^[ \t]*\r?\n[ \t]*/;

/**
 * `text` follows a link, inline code or emphasis: if it starts with a line break and then a
 * particle, the break goes (`⏎부터는 …` → `부터는 …`); otherwise it is returned as it is.
 * `after` is the text after `text`, in case the particle runs to its end.
 */
export function joinLeadingParticle(text: string, after = ''): string {
  const lineBreak = LEADING_SOFT_BREAK.exec(text)?.[0];
  if (lineBreak === undefined) return text;
  const rest = text.slice(lineBreak.length);
  return leadingParticle(rest, after) === undefined ? text : rest;
}

/**
 * The same rule for plain text made from Markdown: `mark` (a character the text cannot contain)
 * was put where each link, inline code or emphasis closed. A line break right after a mark goes
 * when a particle follows; the marks go too.
 */
export function joinKoreanParticles(text: string, mark: string): string {
  const parts = text.split(mark);
  return parts
    .map((part, index) => (index === 0 ? part : joinLeadingParticle(part, parts[index + 1])))
    .join('');
}
