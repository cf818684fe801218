/** The tags index's letter groups: A, B, … for Latin; ㄱ, ㄴ, ㄷ, … for Hangul; # for the rest. */

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
// Dictionaries list ㄲ under ㄱ, ㄸ under ㄷ, and so on.
const BASE: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

export function initialOf(label: string): string {
  const first = label.trim().normalize('NFC').codePointAt(0);
  if (first === undefined) return '#';
  if (first >= 0xac00 && first <= 0xd7a3) {
    const consonant = CHOSEONG[Math.floor((first - 0xac00) / 588)] ?? '#';
    return BASE[consonant] ?? consonant;
  }
  const char = String.fromCodePoint(first);
  if (CHOSEONG.includes(char)) return BASE[char] ?? char;
  if (/\p{L}/u.test(char)) return char.toLocaleUpperCase();
  return '#';
}

export function groupTagsByInitial<T extends { label: string }>(
  tags: readonly T[],
  locale: string,
): { initial: string; tags: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const tag of tags) {
    const initial = initialOf(tag.label);
    groups.set(initial, [...(groups.get(initial) ?? []), tag]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b, locale)))
    .map(([initial, grouped]) => ({
      initial,
      tags: grouped.sort((x, y) => x.label.localeCompare(y.label, locale)),
    }));
}
