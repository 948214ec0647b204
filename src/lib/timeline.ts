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
 * The most events a per-year page and a partner's list hold. An entry and its mark on the
 * overview weigh about 300 bytes gzip-compressed, on a page that weighs about 8 KB without
 * them: 20 keep a whole page inside the 14 KB of a first round trip.
 */
export const EVENTS_PER_PAGE = 20;

/**
 * The most events the home page holds before the timeline splits into per-year pages:
 * none, for now. Until the home page is redesigned, it keeps the whole record, from
 * February 2025 on, on one page; its byte budget is what the first screen needs in the
 * first round trip (docs/performance.md), not the whole page.
 */
export const HOME_PAGE_EVENTS = Number.POSITIVE_INFINITY;

/** A part of a long timeline kept on a page of its own: one year, or a part of one. */
export interface ArchivePage<T> {
  year: number;
  /** 1-based position among the year's parts. */
  part: number;
  /** How many parts the year has. */
  parts: number;
  items: T[];
}

export interface PagedTimeline<T> {
  /** What the home page shows: everything, or the most recent `limit` events. */
  home: T[];
  /** Per-year pages, empty while the whole timeline fits on the home page. */
  archive: ArchivePage<T>[];
}

/**
 * Splits a sorted timeline so that no page holds more than `limit` events. While it fits,
 * the home page shows it all; past that, the home page shows the most recent `limit`
 * events and every year gets a page (in parts of at most `limit` events) of its own.
 */
export function pageTimeline<T extends Dated>(
  sorted: readonly T[],
  limit: number,
): PagedTimeline<T> {
  if (!(limit >= 1)) throw new Error(`limit must be 1 or more, not ${limit}`);
  if (sorted.length <= limit) return { home: [...sorted], archive: [] };
  const archive: ArchivePage<T>[] = [];
  for (const { year, months } of groupByYearMonth(sorted)) {
    const items = months.flatMap((month) => month.items);
    const parts = Math.ceil(items.length / limit);
    for (let part = 1; part <= parts; part++) {
      archive.push({ year, part, parts, items: items.slice((part - 1) * limit, part * limit) });
    }
  }
  return { home: sorted.slice(-limit), archive };
}

/** How a link to a per-year page is current: as this very page, or as its year. */
export type CurrentMark = 'page' | 'true' | undefined;

/**
 * The links between per-year pages: each year once (its first page), so the list grows with
 * the years, not the events; and, on a page of a year split into pages, that year's pages.
 * A year split into pages is the current year, not the current page, on any of them.
 */
export function yearLinks<T>(
  archive: readonly ArchivePage<T>[],
  current?: { year: number; part: number },
) {
  const inCurrentYear = (page: ArchivePage<T>) => page.year === current?.year;
  const yearMark = (page: ArchivePage<T>): CurrentMark =>
    !inCurrentYear(page) ? undefined : page.parts > 1 ? 'true' : 'page';
  const partMark = (page: ArchivePage<T>): CurrentMark =>
    page.part === current?.part ? 'page' : undefined;
  return {
    years: archive
      .filter((page) => page.part === 1)
      .map((page) => ({ ...page, current: yearMark(page) })),
    parts: archive
      .filter((page) => inCurrentYear(page) && page.parts > 1)
      .map((page) => ({ ...page, current: partMark(page) })),
  };
}
