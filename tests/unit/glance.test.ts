import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type DayDate } from '@/lib/dates';
import { monthsAtAGlance } from '@/lib/overview/months';

const event = (date: string, record: 'article' | 'beyond' = 'article') => ({
  date: parseCalendarDate(date),
  record,
});
const asOf = parseCalendarDate('2026-12-01') as DayDate;
const article = parseCalendarDate('2025-09-10');

describe('monthsAtAGlance', () => {
  it('counts each month’s events by record, a month-only date in its month', () => {
    const years = monthsAtAGlance(
      [
        event('2025-09-10'),
        event('2025-09'),
        event('2025-09-23', 'beyond'),
        event('2025-11', 'beyond'),
      ],
      { article, asOf },
    );
    expect(years.map((year) => year.year)).toEqual([2025]);
    const months = years[0]!.months;
    expect(months).toHaveLength(12);
    expect(months[8]).toMatchObject({ key: '2025-09', article: 2, beyond: 1, hasArticle: true });
    expect(months[10]).toMatchObject({ key: '2025-11', article: 0, beyond: 1, hasArticle: false });
    expect(months[0]).toMatchObject({ key: '2025-01', article: 0, beyond: 0 });
  });

  it('reaches the year of the record’s date when asked, and marks its month', () => {
    const years = monthsAtAGlance([event('2024-12-31')], { article, asOf, reach: true });
    expect(years.map((year) => year.year)).toEqual([2024, 2025, 2026]);
    expect(years[2]!.months.filter((month) => month.hasAsOf).map((month) => month.key)).toEqual([
      '2026-12',
    ]);
    expect(monthsAtAGlance([event('2024-12-31')], { article, asOf }).map((y) => y.year)).toEqual([
      2024,
    ]);
  });

  it('gives nothing for no events', () => {
    expect(monthsAtAGlance([], { article, asOf, reach: true })).toEqual([]);
  });
});
