import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import {
  groupByYearMonth,
  neighbours,
  sortTimeline,
  splitByPrecision,
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
