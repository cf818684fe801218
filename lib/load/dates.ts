/**
 * Dates as authors write them, turned into instants; and instants shown in the site's time zone.
 * Nothing here depends on the machine's time zone.
 */

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

function readWallClock(instant: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Wall clocks already read, by time zone: a site's dates are shown again on many pages. */
const clocks = new Map<string, Map<number, Readonly<WallClock>>>();

function wallClock(instant: number, timeZone: string): Readonly<WallClock> {
  let known = clocks.get(timeZone);
  if (!known || known.size > 100_000) clocks.set(timeZone, (known = new Map()));
  let clock = known.get(instant);
  if (clock === undefined) known.set(instant, (clock = readWallClock(instant, timeZone)));
  return clock;
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Asia/Seoul: +9 h). */
export function timeZoneOffsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const w = wallClock(whole, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

/** The instant at which the clocks in `timeZone` show the given wall time. */
export function zonedTime(wall: WallClock & { millisecond?: number }, timeZone: string): Date {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond ?? 0,
  );
  const first = asUtc - timeZoneOffsetMs(asUtc, timeZone);
  const second = asUtc - timeZoneOffsetMs(first, timeZone);
  return new Date(second);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * Parses `2026-02-20`, `2026-02-20 12:00`, `2026-02-20T12:00:00.5Z`, `2026-02-20 12:00:00 +0900`,
 * `+09`, `+09:00`. A date without a time is that calendar day in `timeZone` (midnight there);
 * a time without an offset is a wall time in `timeZone`. Returns undefined when invalid.
 */
export function parseDate(value: string, timeZone: string): Date | undefined {
  const match = DATE_RE.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
  };
  if (wall.month < 1 || wall.month > 12) return undefined;
  if (wall.day < 1 || wall.day > daysInMonth(wall.year, wall.month)) return undefined;
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return undefined;
  if (zone === undefined) return zonedTime(wall, timeZone);
  const offset = parseOffset(zone);
  if (Number.isNaN(offset)) return undefined;
  const utc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  return new Date(utc - offset);
}

// Docusaurus's rule (parseBlogFileName): the last date in the path, `-` or `/` separated.
const PATH_DATE_RE =
  /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?\.mdx?$/;

export type PathDate = {
  /** As written, e.g. `2026-02-20` or `2026/2/20`. */
  written: string;
  /** `YYYY-MM-DD`. */
  iso: string;
  folder: string;
  text: string;
};

/** The date written in a post's relative path (`2026-02-20-name.md`, `2026/02/20/name.md`, …). */
export function dateFromPath(relativePath: string): PathDate | undefined {
  const match = PATH_DATE_RE.exec(relativePath);
  if (!match?.groups) return undefined;
  const { folder = '', date = '', text = '' } = match.groups;
  const [y = '', m = '', d = ''] = date.split(/[-/]/);
  return { written: date, iso: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, folder, text };
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** `2026년 2월 20일` (ko) or `February 20, 2026` (en), in the site's time zone. */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone,
    });
    displayFormatters.set(key, formatter);
  }
  return formatter.format(date);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the site's offset: `2026-02-20T12:00:00+09:00`. */
export function toZonedIso(date: Date, timeZone: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const offsetMinutes = Math.round(timeZoneOffsetMs(date.getTime(), timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offset}`;
}

/** The calendar year of `date` in the site's time zone. */
export function yearIn(date: Date, timeZone: string): number {
  return wallClock(date.getTime(), timeZone).year;
}
