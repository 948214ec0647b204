/**
 * The ledger's one rule of time: where an entry stands as of the record's date. Its
 * status is its last step's, except that a pending entry whose `byWhen` (a day or a month)
 * ended before the record's as-of date (`src/content/record.yaml`) is past its date, not
 * confirmed. The build's clock plays no part, and no report is never "did not happen".
 */
import { compareCalendarDates, type CalendarDate, type DayDate } from './dates';
import type { LedgerOccasion, LedgerStatus } from './vocabulary';

/**
 * By when a thing was to happen, at the precision it was given: a day, a month, early in a
 * year ("2026년 초", "내년 초"), "soon", or none.
 */
export type ByWhen = CalendarDate | EarlyInYear | 'soon' | 'none';

/**
 * "Early in a year", as said: no month is given. The site reads it as the year's first half
 * at the latest, so it passes only after June 30 of that year (the About page says so).
 */
export interface EarlyInYear {
  precision: 'early';
  year: number;
}

/** The last day "early in a year" may cover, as the site reads it: June 30. */
const EARLY_ENDS = { month: 6, day: 30 } as const;

/** The first day a date covers: the day itself, or a month's first day. */
export function firstDayOf(date: CalendarDate): DayDate {
  return date.precision === 'day' ? date : { ...date, precision: 'day', day: 1 };
}

/** The last day a date covers: the day itself, or a month's last day. */
export function lastDayOf(date: CalendarDate): DayDate {
  if (date.precision === 'day') return date;
  // Day 0 of the next month is this month's last day (UTC: a calendar sum, no time zone).
  const day = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return { precision: 'day', year: date.year, month: date.month, day };
}

/**
 * Whether a deadline has passed as of a day: a day strictly before it, or a month whose
 * last day is. "Soon" and none never pass by date.
 */
export function deadlinePassed(byWhen: ByWhen, asOf: DayDate): boolean {
  if (byWhen === 'soon' || byWhen === 'none') return false;
  const last: DayDate =
    byWhen.precision === 'early'
      ? { precision: 'day', year: byWhen.year, ...EARLY_ENDS }
      : lastDayOf(byWhen);
  return compareCalendarDates(last, asOf) < 0;
}

/** An entry's status as of the record's date: see the module's comment. */
export function currentStatus(
  entry: { byWhen: ByWhen; steps: readonly { status: LedgerStatus }[] },
  asOf: DayDate,
): LedgerStatus {
  const last = entry.steps.at(-1);
  if (!last) throw new Error('a ledger entry needs at least one step');
  return last.status === 'pending' && deadlinePassed(entry.byWhen, asOf)
    ? 'past-its-date'
    : last.status;
}

/**
 * Whether the step at `index` changes the entry's status: it differs from the step before
 * it. The first step sets a status and changes none; a later report that keeps the status
 * (a second source saying the same) is no status change.
 */
export function changesStatus(steps: readonly { status: LedgerStatus }[], index: number): boolean {
  return index > 0 && steps[index]!.status !== steps[index - 1]!.status;
}

/**
 * The step an entry's status rests on: the first of the steps that end its history with
 * one status (the last step's). A later report that only repeats that status (News1 in
 * December mentioning the head named in September) leaves the ground where it was; a step
 * that changes the status becomes the ground. Past its date rests on the pending step.
 */
export function decisiveStep<T extends { status: LedgerStatus }>(steps: readonly T[]): T {
  const last = steps.at(-1);
  if (!last) throw new Error('a ledger entry needs at least one step');
  let index = steps.length - 1;
  while (index > 0 && steps[index - 1]!.status === last.status) index--;
  return steps[index]!;
}

/**
 * The first step (by index) dated before the step it follows, or undefined when they are
 * in order. A month and a day within it are in order either way round: a month covers
 * every day of it, so a step dated `2025-12` may follow one dated `2025-12-04`.
 */
export function firstOutOfOrder(dates: readonly CalendarDate[]): number | undefined {
  const index = dates.findIndex(
    (date, i) => i > 0 && compareCalendarDates(lastDayOf(date), firstDayOf(dates[i - 1]!)) < 0,
  );
  return index === -1 ? undefined : index;
}

/** Whether a date begins after a day (a step dated after the record's as-of date). */
export const beginsAfter = (date: CalendarDate, day: DayDate) =>
  compareCalendarDates(firstDayOf(date), day) > 0;

/**
 * When a thing was said, as the ledger's filters put it: at the launch (in the article
 * itself), or in another report, dated before the article's day or after it. A report of
 * the article's own day that is not the article is no later report: it counts as earlier.
 */
export function occasionOf(
  entry: { date: CalendarDate; fromArticle: boolean },
  article: CalendarDate,
): LedgerOccasion {
  if (entry.fromArticle) return 'launch';
  return compareCalendarDates(firstDayOf(entry.date), lastDayOf(article)) > 0 ? 'later' : 'earlier';
}
