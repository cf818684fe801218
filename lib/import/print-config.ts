/**
 * `site.config.ts` as text: the same input always gives the same bytes, laid out as Prettier lays
 * out the project's own (single quotes, width 100, trailing commas; an object on one line when it
 * fits, else one property a line; a list of several objects one a line; a long string on the line
 * after its key). A string holding `CURRENT_YEAR` is written as a template with
 * `${new Date().getFullYear()}`.
 */
import type { SiteConfigInput } from '../config/schema';
import { CURRENT_YEAR } from './static-config';

const WIDTH = 100;
const INDENT = '  ';

type Data = string | number | boolean | null | readonly Data[] | { readonly [key: string]: Data };

export function printSiteConfig(config: SiteConfigInput, header: readonly string[]): string {
  const comment = ['/**', ...header.map((line) => ` * ${line}`.trimEnd()), ' */'].join('\n');
  const call = printValue(config as Data, '', 'export default defineConfig('.length, ');'.length);
  return `${comment}\nimport { defineConfig } from './lib/config/resolve';\n\nexport default defineConfig(${call});\n`;
}

function quote(text: string): string {
  if (text.includes(CURRENT_YEAR)) {
    const parts = text
      .split(CURRENT_YEAR)
      .map((part) => escape(part, '`').replace(/\$\{/g, '\\${'));
    return `\`${parts.join('${new Date().getFullYear()}')}\``;
  }
  const singles = text.split("'").length - 1;
  const doubles = text.split('"').length - 1;
  const mark = singles > doubles ? '"' : "'";
  return `${mark}${escape(text, mark)}${mark}`;
}

function escape(text: string, mark: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\\') out += '\\\\';
    else if (char === mark) out += `\\${mark}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\u2028' || char === '\u2029' || char.charCodeAt(0) < 0x20)
      out += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

function printKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

/** One line, or undefined when it cannot be (a value that must break). */
function flat(value: Data): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${(value as Data[]).map(flat).join(', ')}]`;
  const entries = Object.entries(value as Record<string, Data>);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, v]) => `${printKey(key)}: ${flat(v)}`).join(', ')} }`;
}

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Columns on screen, as Prettier counts them: Korean, Chinese, Japanese and emoji take two. */
export function textWidth(text: string): number {
  if (!/[^\x20-\x7f]/.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 31 || (code >= 127 && code <= 159) || /\p{Mn}|\p{Me}/u.test(char)) continue;
    const wide =
      /\p{Emoji_Presentation}/u.test(char) || WIDE.some(([from, to]) => code >= from && code <= to);
    width += wide ? 2 : 1;
  }
  return width;
}

function isObject(value: Data): value is { readonly [key: string]: Data } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Prettier breaks a list of two or more objects (or lists) with more than one entry each. */
function mustBreak(value: Data): boolean {
  if (!Array.isArray(value)) return false;
  const items = value as Data[];
  if (items.length < 2) return false;
  const allObjects = items.every((item) => isObject(item) && Object.keys(item).length > 1);
  const allLists = items.every((item) => Array.isArray(item) && (item as Data[]).length > 1);
  return allObjects || allLists;
}

function hasBreakingChild(value: Data): boolean {
  if (mustBreak(value)) return true;
  if (Array.isArray(value)) return (value as Data[]).some(hasBreakingChild);
  if (isObject(value)) return Object.values(value).some(hasBreakingChild);
  return false;
}

/**
 * `value` printed at `indent`, after `before` characters on its line and followed by `after`
 * characters (a comma, `);`).
 */
function printValue(value: Data, indent: string, before: number, after: number): string {
  const oneLine = flat(value);
  const fits = indent.length + before + textWidth(oneLine) + after <= WIDTH;
  if ((fits && !hasBreakingChild(value)) || typeof value !== 'object' || value === null)
    return oneLine;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const items = (value as Data[]).map((item) => `${inner}${printValue(item, inner, 0, 1)},`);
    return `[\n${items.join('\n')}\n${indent}]`;
  }
  const lines = Object.entries(value as Record<string, Data>).map(([key, item]) => {
    const label = `${printKey(key)}: `;
    const printed = printValue(item, inner, label.length, 1);
    const tooLong = inner.length + textWidth(label + printed.split('\n')[0]) + 1 > WIDTH;
    // A long plain string goes on the next line, unless the key is as short as the indent.
    if (
      tooLong &&
      typeof item === 'string' &&
      !item.includes(CURRENT_YEAR) &&
      key.length > INDENT.length
    )
      return `${inner}${printKey(key)}:\n${inner}${INDENT}${printed},`;
    return `${inner}${label}${printed},`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}
