/** Ordering and grouping of the timeline: pure functions over anything with a date. */
import { monthKey, type CalendarDate } from './dates';

export interface Dated {
  id: string;
  date: CalendarDate;
  /** Tie-breaker between equal dates: lower first. */
  order: number;
}

/**
 * Where a date stands within its month on the timeline: its day, or, for a date given only
 * to the month, after every day. A month-only event is not the month's first: it is known
 * only to have happened some time in it, so it follows the events dated to the day, in a
 * bracket of its own (`splitByPrecision`).
 */
const placeInMonth = (date: CalendarDate) => (date.precision === 'day' ? date.day : 32);

/**
 * Oldest first. Total and stable: by year and month, then by day with the month-only dates
 * after the days of their month (`placeInMonth`), then the declared `order`, then the id,
 * so no two entries ever compare equal.
 */
export function compareTimeline(a: Dated, b: Dated): number {
  return (
    a.date.year - b.date.year ||
    a.date.month - b.date.month ||
    placeInMonth(a.date) - placeInMonth(b.date) ||
    a.order - b.order ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortTimeline<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareTimeline);
}

export interface MonthGroup<T> {
  /** `2025-02`: also the anchor of the month heading. */
  key: string;
  year: number;
  month: number;
  items: T[];
}

export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
}

/**
 * A month's items in two brackets: those dated to the day, then those dated only to the
 * month (which `compareTimeline` puts last), so a page can say the second are month-only.
 */
export function splitByPrecision<T extends Dated>(items: readonly T[]) {
  return {
    days: items.filter((item) => item.date.precision === 'day'),
    monthOnly: items.filter((item) => item.date.precision === 'month'),
  };
}

/** Groups items that are already in timeline order by year, then by month. */
export function groupByYearMonth<T extends Dated>(sorted: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of sorted) {
    const { year, month } = item.date;
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) {
      monthGroup = { key: monthKey(item.date), year, month, items: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.items.push(item);
  }
  return years;
}

/** The entries before and after position `index` of a sorted list. */
export function neighbours<T>(sorted: readonly T[], index: number) {
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/**
 * The most events a partner's page lists (its most recent): a partner named by every event
 * of a long timeline keeps a page of a bounded size. The timeline itself is never split: the
 * home page holds every event (docs/performance.md, "A timeline that scales").
 */
export const PARTNER_EVENTS_SHOWN = 20;
