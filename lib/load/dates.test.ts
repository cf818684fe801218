import { describe, expect, it } from 'vitest';
import { dateFromPath, formatDate, parseDate, toZonedIso, yearIn } from './dates';

const SEOUL = 'Asia/Seoul';

describe('parseDate', () => {
  it.each([
    ['2026-02-20 12:00:00 +0900', '2026-02-20T03:00:00.000Z'],
    ['2026-02-20 12:00:00 +09:00', '2026-02-20T03:00:00.000Z'],
    ['2026-02-20T12:00:00+09', '2026-02-20T03:00:00.000Z'],
    ['2026-02-20T03:00:00Z', '2026-02-20T03:00:00.000Z'],
    ['2026-02-20T03:00:00.250Z', '2026-02-20T03:00:00.250Z'],
    ['2026-02-20 12:00', '2026-02-20T03:00:00.000Z'], // wall time in the site's zone
    ['2026-02-20', '2026-02-19T15:00:00.000Z'], // that calendar day, midnight in Seoul
    ['2026-2-5', '2026-02-04T15:00:00.000Z'],
    ['2019-01-01T13:41:00+09:00', '2019-01-01T04:41:00.000Z'],
    ['2026-07-01 12:00 -0430', '2026-07-01T16:30:00.000Z'],
  ])('%s is %s', (input, iso) => {
    expect(parseDate(input, SEOUL)?.toISOString()).toBe(iso);
  });

  it.each([
    '2024-13-01',
    '2026-02-30',
    '2026-02-20 25:00',
    'yesterday',
    '20-02-2026',
    '2026-02-20 +2500',
  ])('rejects %s', (input) => {
    expect(parseDate(input, SEOUL)).toBeUndefined();
  });

  it('reads wall times in the given zone, whatever the machine zone', () => {
    expect(parseDate('2026-07-01 09:00', 'America/New_York')?.toISOString()).toBe(
      '2026-07-01T13:00:00.000Z',
    );
    expect(parseDate('2026-01-01 09:00', 'America/New_York')?.toISOString()).toBe(
      '2026-01-01T14:00:00.000Z',
    );
  });
});

describe('dateFromPath', () => {
  it.each([
    ['2026-02-20-kube-rs.md', '2026-02-20', '', 'kube-rs'],
    ['2026/02/20/name.mdx', '2026-02-20', '', 'name'],
    ['2026-02-20-name/index.md', '2026-02-20', '', 'name'],
    ['notes/2026-2-3-x.md', '2026-02-03', 'notes/', 'x'],
  ])('%s', (file, iso, folder, text) => {
    expect(dateFromPath(file)).toMatchObject({ iso, folder, text });
  });

  it('finds nothing in undated names', () => {
    expect(dateFromPath('hello-world.md')).toBeUndefined();
  });
});

describe('display', () => {
  it('shows 8 a.m. on 1 March in Seoul as 1 March, in Korean', () => {
    const date = parseDate('2026-03-01 08:00:00 +0900', SEOUL);
    expect(date && formatDate(date, 'ko', SEOUL)).toBe('2026년 3월 1일');
    expect(date && formatDate(date, 'en', SEOUL)).toBe('March 1, 2026');
    expect(date?.toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });

  it('writes ISO dates with the zone offset', () => {
    const date = new Date('2026-02-28T23:00:00Z');
    expect(toZonedIso(date, SEOUL)).toBe('2026-03-01T08:00:00+09:00');
    expect(toZonedIso(date, 'UTC')).toBe('2026-02-28T23:00:00+00:00');
    expect(yearIn(new Date('2025-12-31T16:00:00Z'), SEOUL)).toBe(2026);
  });
});
