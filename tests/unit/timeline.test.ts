import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import {
  groupByYearMonth,
  neighbours,
  pageTimeline,
  sortTimeline,
  splitByPrecision,
  yearLinks,
  type ArchivePage,
  type Dated,
} from '@/lib/timeline';

const item = (id: string, date: string, order = 0): Dated => ({
  id,
  date: parseCalendarDate(date),
  order,
});
const ids = (items: Dated[]) => items.map((entry) => entry.id);

describe('sortTimeline', () => {
  it('puts events oldest first, month-only dates after the days of their month', () => {
    const events = [
      item('founder-day', '2025-09-12'),
      item('devday', '2025-11'),
      item('kakao', '2025-02'),
      item('launch', '2025-09-10'),
      item('kakao-day', '2025-02-04'),
      item('kakao-end', '2025-02-28'),
      item('march', '2025-03-01'),
    ];
    expect(ids(sortTimeline(events))).toEqual([
      'kakao-day',
      'kakao-end',
      'kakao',
      'march',
      'launch',
      'founder-day',
      'devday',
    ]);
  });

  it('keeps the declared order among the month-only dates of a month', () => {
    const events = [
      item('second', '2025-10', 1),
      item('first', '2025-10', 0),
      item('day', '2025-10-01'),
    ];
    expect(ids(sortTimeline(events))).toEqual(['day', 'first', 'second']);
  });

  it('keeps the declared order between equal dates, whatever the input order', () => {
    const a = item('zeta', '2025-02', 0);
    const b = item('alpha', '2025-02', 1);
    expect(ids(sortTimeline([a, b]))).toEqual(['zeta', 'alpha']);
    expect(ids(sortTimeline([b, a]))).toEqual(['zeta', 'alpha']);
  });

  it('falls back to the id so the order is total', () => {
    const a = item('b-event', '2025-08-28');
    const b = item('a-event', '2025-08-28');
    expect(ids(sortTimeline([a, b]))).toEqual(['a-event', 'b-event']);
    expect(ids(sortTimeline([b, a]))).toEqual(['a-event', 'b-event']);
  });

  it('does not change its input', () => {
    const events = [item('later', '2025-09-10'), item('earlier', '2025-02')];
    sortTimeline(events);
    expect(ids(events)).toEqual(['later', 'earlier']);
  });
});

describe('splitByPrecision', () => {
  it('brackets the month-only dates of a month apart from the days, keeping their order', () => {
    const month = sortTimeline([
      item('kakaotalk', '2025-10'),
      item('oct-1', '2025-10-01'),
      item('oct-9', '2025-10-09'),
    ]);
    const { days, monthOnly } = splitByPrecision(month);
    expect(ids(days)).toEqual(['oct-1', 'oct-9']);
    expect(ids(monthOnly)).toEqual(['kakaotalk']);
  });
});

describe('groupByYearMonth', () => {
  it('groups sorted events by year, then month, keeping their order', () => {
    const events = sortTimeline([
      item('dec', '2024-12-31'),
      item('feb-month', '2025-02'),
      item('feb-day', '2025-02-04'),
      item('sep-10', '2025-09-10'),
      item('sep-11', '2025-09-11'),
      item('nov', '2025-11'),
    ]);
    const years = groupByYearMonth(events);
    expect(years.map((year) => year.year)).toEqual([2024, 2025]);
    expect(years[1]?.months.map((month) => month.key)).toEqual(['2025-02', '2025-09', '2025-11']);
    expect(years[1]?.months.map((month) => ids(month.items))).toEqual([
      ['feb-day', 'feb-month'],
      ['sep-10', 'sep-11'],
      ['nov'],
    ]);
  });

  it('gives nothing for no events', () => {
    expect(groupByYearMonth([])).toEqual([]);
  });
});

describe('neighbours', () => {
  it('gives the previous and next entries, none at the ends', () => {
    const list = ['a', 'b', 'c'];
    expect(neighbours(list, 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(list, 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(list, 2)).toEqual({ previous: 'b', next: undefined });
  });
});

describe('pageTimeline', () => {
  const days = (count: number, year = 2025) =>
    Array.from({ length: count }, (_, index) =>
      item(`e${year}-${index}`, `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`, index),
    );

  it('keeps a short timeline whole on the home page, with no year pages', () => {
    const events = sortTimeline(days(8));
    expect(pageTimeline(events, 8)).toEqual({ home: events, archive: [] });
  });

  it('past the limit, shows the most recent events at home and every year on its own page', () => {
    const events = sortTimeline([...days(5, 2024), ...days(6, 2025)]);
    const { home, archive } = pageTimeline(events, 4);
    expect(ids(home)).toEqual(ids(events.slice(-4)));
    expect(
      archive.map(({ year, part, parts, items }) => [year, part, parts, items.length]),
    ).toEqual([
      [2024, 1, 2, 4],
      [2024, 2, 2, 1],
      [2025, 1, 2, 4],
      [2025, 2, 2, 2],
    ]);
    // Every event is on exactly one year page, in timeline order.
    expect(archive.flatMap((page) => ids(page.items))).toEqual(ids(events));
  });

  it('never puts more than the limit on any page', () => {
    const events = sortTimeline([...days(1000, 2024), ...days(37, 2025)]);
    const { home, archive } = pageTimeline(events, 24);
    expect(home).toHaveLength(24);
    expect(Math.max(...archive.map((page) => page.items.length))).toBeLessThanOrEqual(24);
  });

  it('refuses a limit below one', () => {
    expect(() => pageTimeline([], 0)).toThrow('limit must be 1 or more');
  });
});

describe('yearLinks', () => {
  const page = (year: number, part: number, parts: number): ArchivePage<never> => ({
    year,
    part,
    parts,
    items: [],
  });
  const archive = [page(2024, 1, 3), page(2024, 2, 3), page(2024, 3, 3), page(2025, 1, 1)];
  const shown = (links: { year: number; part: number; current: string | undefined }[]) =>
    links.map(({ year, part, current }) => `${year}/${part}${current ? ` ${current}` : ''}`);

  it('lists each year once, and no year’s parts, off the per-year pages', () => {
    const { years, parts } = yearLinks(archive);
    expect(shown(years)).toEqual(['2024/1', '2025/1']);
    expect(parts).toEqual([]);
  });

  it('adds the parts of a year split into pages on its pages, marking the one shown', () => {
    const { years, parts } = yearLinks(archive, { year: 2024, part: 2 });
    expect(shown(years)).toEqual(['2024/1 true', '2025/1']);
    expect(shown(parts)).toEqual(['2024/1', '2024/2 page', '2024/3']);
  });

  it('marks a year of one page as the page shown, with no parts', () => {
    const { years, parts } = yearLinks(archive, { year: 2025, part: 1 });
    expect(shown(years)).toEqual(['2024/1', '2025/1 page']);
    expect(parts).toEqual([]);
  });
});
