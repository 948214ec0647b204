import { describe, expect, it } from 'vitest';
import {
  fillAsOf,
  compareCalendarDates,
  formatCalendarDate,
  formatDateRange,
  formatMonth,
  formatShortDate,
  monthKey,
  parseCalendarDate,
  toDatetime,
} from '@/lib/dates';

// This suite runs under several TZ settings (see `npm run test:unit`): Korean dates must
// read the same in every one of them.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`parseCalendarDate (machine time zone ${zone})`, () => {
  it('reads a day', () => {
    expect(parseCalendarDate('2025-09-10')).toEqual({
      precision: 'day',
      year: 2025,
      month: 9,
      day: 10,
    });
  });

  it('reads a month-only date as a month, not the first of the month', () => {
    expect(parseCalendarDate('2025-02')).toEqual({ precision: 'month', year: 2025, month: 2 });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseCalendarDate('2024-02-29')).toMatchObject({ day: 29 });
    expect(() => parseCalendarDate('2025-02-29')).toThrow('2025-02 has 28 days');
  });

  it.each([
    ['2025-02-30', 'not a real day: 2025-02 has 28 days'],
    ['2025-04-31', 'not a real day: 2025-04 has 30 days'],
    ['2025-09-00', 'not a real day'],
    ['2025-13', 'month 13 does not exist'],
    ['2025-00-10', 'month 00 does not exist'],
    ['2025-9-10', 'is not a date'],
    ['10 September 2025', 'is not a date'],
    ['2025-09-10T00:00:00Z', 'is not a date'],
    ['', 'is not a date'],
  ])('rejects %j with a message saying why', (text, message) => {
    expect(() => parseCalendarDate(text)).toThrow(message);
  });
});

describe(`formatting in Asia/Seoul (machine time zone ${zone})`, () => {
  it('shows a day as that day in Korea, whatever the machine time zone', () => {
    expect(formatCalendarDate(parseCalendarDate('2025-09-10'))).toBe('2025년 9월 10일');
    expect(formatCalendarDate(parseCalendarDate('2025-01-01'))).toBe('2025년 1월 1일');
    expect(formatCalendarDate(parseCalendarDate('2025-12-31'))).toBe('2025년 12월 31일');
  });

  it('shows a month-only date only to the month', () => {
    expect(formatCalendarDate(parseCalendarDate('2025-02'))).toBe('2025년 2월');
    expect(formatCalendarDate(parseCalendarDate('2025-11'))).toBe('2025년 11월');
    expect(formatMonth(2025, 2)).toBe('2025년 2월');
  });

  it('writes <time datetime> at the date’s own precision', () => {
    expect(toDatetime(parseCalendarDate('2025-09-10'))).toBe('2025-09-10');
    expect(toDatetime(parseCalendarDate('2025-02'))).toBe('2025-02');
    expect(monthKey(parseCalendarDate('2025-09-10'))).toBe('2025-09');
  });
});

describe('compareCalendarDates', () => {
  const sorted = (...texts: string[]) =>
    texts.map(parseCalendarDate).sort(compareCalendarDates).map(toDatetime);

  it('orders by year, month and day', () => {
    expect(sorted('2025-09-12', '2024-12-31', '2025-09-10', '2025-02-04')).toEqual([
      '2024-12-31',
      '2025-02-04',
      '2025-09-10',
      '2025-09-12',
    ]);
  });

  it('puts a month-only date before the days of its month, after the month before', () => {
    expect(sorted('2025-02-04', '2025-02', '2025-01-31', '2025-02-01')).toEqual([
      '2025-01-31',
      '2025-02',
      '2025-02-01',
      '2025-02-04',
    ]);
  });

  it('says equal for the same date at the same precision', () => {
    expect(compareCalendarDates(parseCalendarDate('2025-02'), parseCalendarDate('2025-02'))).toBe(
      0,
    );
  });
});

describe(`formatting in English (machine time zone ${zone})`, () => {
  it('writes days and months the English way, still in Asia/Seoul', () => {
    expect(formatCalendarDate(parseCalendarDate('2025-09-10'), 'en')).toBe('September 10, 2025');
    expect(formatCalendarDate(parseCalendarDate('2025-12-31'), 'en')).toBe('December 31, 2025');
    expect(formatCalendarDate(parseCalendarDate('2025-02'), 'en')).toBe('February 2025');
    expect(formatMonth(2025, 11, 'en')).toBe('November 2025');
  });
});

describe('formatDateRange', () => {
  it('writes one date alone and a span with an en dash, each at its own precision', () => {
    const day = parseCalendarDate('2025-08-28');
    const last = parseCalendarDate('2025-09-07');
    expect(formatDateRange(day, undefined)).toBe('2025년 8월 28일');
    expect(formatDateRange(day, last)).toBe('2025년 8월 28일 – 2025년 9월 7일');
    expect(formatDateRange(parseCalendarDate('2025-11'), undefined, 'en')).toBe('November 2025');
    expect(formatDateRange(day, last, 'en')).toBe('August 28, 2025 – September 7, 2025');
  });
});

describe('formatShortDate', () => {
  it('leaves out the year when it is the one around it, and keeps it otherwise', () => {
    expect(formatShortDate(parseCalendarDate('2025-11-13'))).toBe('11월 13일');
    expect(formatShortDate(parseCalendarDate('2025-11'))).toBe('11월');
    expect(formatShortDate(parseCalendarDate('2025-11-13'), 'en')).toBe('Nov 13');
    expect(formatShortDate(parseCalendarDate('2025-11'), 'en')).toBe('Nov');
    expect(formatShortDate(parseCalendarDate('2026-01-05'), 'ko', 2025)).toBe('2026년 1월 5일');
  });
});

describe('fillAsOf', () => {
  it('fills every {asOf} with the record’s date as the language writes it', () => {
    const asOf = parseCalendarDate('2026-12-01');
    expect(fillAsOf('{asOf} 기준, {asOf}', asOf, 'ko')).toBe(
      '2026년 12월 1일 기준, 2026년 12월 1일',
    );
    expect(fillAsOf('as of {asOf}', asOf, 'en')).toBe('as of December 1, 2026');
    expect(fillAsOf('no date here', asOf, 'en')).toBe('no date here');
  });
});
