/** Ordering and grouping of the timeline: pure functions over anything with a date. */
import { compareCalendarDates, monthKey, type CalendarDate } from './dates';

export interface Dated {
  id: string;
  date: CalendarDate;
  /** Tie-breaker between equal dates: lower first. */
  order: number;
}

/**
 * Oldest first. Total and stable: by date (a month-only date before the days of its
 * month), then the declared `order`, then the id, so no two entries ever compare equal.
 */
export function compareTimeline(a: Dated, b: Dated): number {
  return (
    compareCalendarDates(a.date, b.date) ||
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
