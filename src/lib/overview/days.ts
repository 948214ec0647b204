/**
 * Calendar dates as day numbers (days since 1970-01-01), so the overview can measure spans
 * and months with plain arithmetic: no time zone.
 */
import type { CalendarDate } from '@/lib/dates';

/** The day number of a date's first day. */
export const dayNumber = (year: number, month: number, day = 1) =>
  Date.UTC(year, month - 1, day) / 86_400_000;

/** The calendar date of a day number. */
export const dayOf = (day: number) => {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** The first day of a date, and the day after its last (a month-only date covers its month). */
export function daySpan(date: CalendarDate, endDate: CalendarDate = date): [number, number] {
  const start = dayNumber(date.year, date.month, date.precision === 'day' ? date.day : 1);
  const end =
    endDate.precision === 'day'
      ? dayNumber(endDate.year, endDate.month, endDate.day) + 1
      : dayNumber(endDate.year, endDate.month + 1, 1);
  return [start, end];
}
