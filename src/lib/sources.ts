/**
 * Where a report stands against the article the site is written from. Only a report
 * published after the article is a "later" report: one from before it, or from the same
 * day, is another report, and one whose date is not known is said to be undated. A report
 * known only to the article's month is placed by its own words (`after`: "지난 10일 공식
 * 출범한" came out after the 10th), never by the month alone.
 */
import { compareCalendarDates, type CalendarDate } from './dates';

export type SourceTiming = 'primary' | 'before' | 'after' | 'undated';

/** The order the sources page lists its groups in. */
export const SOURCE_TIMINGS: readonly SourceTiming[] = ['primary', 'before', 'after', 'undated'];

export function sourceTiming(
  source: {
    primary: boolean;
    date?: CalendarDate | undefined;
    after?: CalendarDate | undefined;
  },
  primaryDate: CalendarDate,
): SourceTiming {
  if (source.primary) return 'primary';
  if (!source.date) return 'undated';
  // The report's own words put it after a day on or after the article's: a later report.
  if (source.after && compareCalendarDates(source.after, primaryDate) >= 0) return 'after';
  // A month can hold the article's day: the month alone cannot place the report.
  if (source.date.precision === 'month' && sameMonth(source.date, primaryDate)) {
    throw new Error(
      `after: is missing: the date is only the article's month, so give the day the report's own words show it came out after (or its day)`,
    );
  }
  return compareCalendarDates(source.date, primaryDate) > 0 ? 'after' : 'before';
}

const sameMonth = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month;

/** Sources grouped by timing, in the order the sources page lists them; empty groups left out. */
export function byTiming<T extends { timing: SourceTiming }>(
  sources: readonly T[],
): { timing: SourceTiming; sources: T[] }[] {
  return SOURCE_TIMINGS.map((timing) => ({
    timing,
    sources: sources.filter((source) => source.timing === timing),
  })).filter((group) => group.sources.length > 0);
}

/**
 * Outcomes under the heading their reports earn: later reports (dated after the article)
 * first, then other reports. A group with nothing in it is left out.
 */
export function byReportTiming<T extends { source: { timing: SourceTiming } }>(
  outcomes: readonly T[],
): { later: boolean; outcomes: T[] }[] {
  const later = outcomes.filter((outcome) => outcome.source.timing === 'after');
  const other = outcomes.filter((outcome) => outcome.source.timing !== 'after');
  return [
    { later: true, outcomes: later },
    { later: false, outcomes: other },
  ].filter((group) => group.outcomes.length > 0);
}

/** The publishers of some sources, each once, in order: `헤럴드경제, 뉴스1`. */
export function publishers(sources: readonly { publisher: string }[]): string {
  return [...new Set(sources.map((source) => source.publisher))].join(', ');
}

/**
 * How many of the pages citing a source the sources page lists; a count says how many more,
 * so that a source cited by every event of a long timeline keeps the page small.
 */
export const CITATIONS_SHOWN = 40;
