/**
 * The record at a glance, month by month: each year of the record a row of its twelve
 * months, each month with how many events it holds (from the article, and from other
 * reports), and which months hold the article's day and the record's as-of date. Its size
 * grows with the years, never with the events, so the home page can open with it at any
 * length of the timeline, before its first event, within the first round trip.
 */
import { monthKey, type CalendarDate, type DayDate } from '../dates';
import type { EventScope } from '../vocabulary';

export interface GlanceMonth {
  month: number;
  /** `2025-09`: also the anchor of the month's heading on the timeline. */
  key: string;
  /** How many events of each record the month holds. */
  article: number;
  beyond: number;
  /** Whether the article's day, or the record's as-of date, falls in the month. */
  hasArticle: boolean;
  hasAsOf: boolean;
}

export interface GlanceYear {
  year: number;
  /** January to December. */
  months: GlanceMonth[];
}

/**
 * Every year from the first event's to the last one's (or to the as-of date's, when
 * `reach` says so), each with its twelve months counted. Nothing for no events.
 */
export function monthsAtAGlance(
  events: readonly { date: CalendarDate; record: EventScope }[],
  {
    article,
    asOf,
    reach = false,
  }: { article?: CalendarDate | undefined; asOf: DayDate; reach?: boolean },
): GlanceYear[] {
  if (events.length === 0) return [];
  const counts = new Map<string, Record<EventScope, number>>();
  for (const { date, record } of events) {
    const key = monthKey(date);
    const count = counts.get(key) ?? { article: 0, beyond: 0 };
    count[record]++;
    counts.set(key, count);
  }
  const years = events.map((event) => event.date.year);
  const first = Math.min(...years);
  const last = Math.max(...years, reach ? asOf.year : -Infinity);
  const same = (date: CalendarDate | undefined, year: number, month: number) =>
    date?.year === year && date.month === month;
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    return {
      year,
      months: Array.from({ length: 12 }, (_, m): GlanceMonth => {
        const month = m + 1;
        const key = monthKey({ precision: 'month', year, month });
        const count = counts.get(key) ?? { article: 0, beyond: 0 };
        return {
          month,
          key,
          ...count,
          hasArticle: same(article, year, month),
          hasAsOf: same(asOf, year, month),
        };
      }),
    };
  });
}
