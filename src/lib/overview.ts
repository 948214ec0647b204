/**
 * The timeline's overview, scaled to time: where each event falls between the first
 * month of the record and the last, as fractions of the whole (0 to 1), so a component
 * can draw it at any length and in either direction. A day is a point, a multi-day event
 * spans its days, a month-only date spans its month (it is not pinned to a day no source
 * gives). Markers that would touch are put in separate lanes. Pure: no Astro, no zone.
 */
import type { CalendarDate } from './dates';

/** Days since 1970-01-01 of a calendar date's first day: plain arithmetic, no time zone. */
const dayNumber = (year: number, month: number, day = 1) =>
  Date.UTC(year, month - 1, day) / 86_400_000;

/** The first day of a date, and the day after its last (a month-only date covers its month). */
export function daySpan(date: CalendarDate, endDate: CalendarDate = date): [number, number] {
  const start = dayNumber(date.year, date.month, date.precision === 'day' ? date.day : 1);
  const end =
    endDate.precision === 'day'
      ? dayNumber(endDate.year, endDate.month, endDate.day) + 1
      : dayNumber(endDate.year, endDate.month + 1, 1);
  return [start, end];
}

export interface OverviewItem {
  id: string;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
}

export interface OverviewTick {
  year: number;
  month: number;
  /** Where the month begins. */
  at: number;
}

export interface OverviewMarker<T> {
  item: T;
  /** Where it begins and ends; equal to within a day for a one-day event. */
  from: number;
  to: number;
  /** Whether it covers more than one day (a range or a month): drawn as a bar. */
  span: boolean;
  /** 0 for the first lane; markers that would touch go further out. */
  lane: number;
}

export interface Overview<T> {
  ticks: OverviewTick[];
  markers: OverviewMarker<T>[];
  /** How many lanes the markers need. */
  lanes: number;
  /** Where a day falls (its middle) on the same scale: for a second marker, a report's date. */
  position: (date: CalendarDate) => number;
}

/**
 * Lays out `items` (any order) from the first day of the earliest month to the end of the
 * latest month. `gap` is the least distance, as a fraction of the whole, between two
 * markers in one lane (about a marker's width at the length it is drawn).
 */
export function layoutOverview<T extends OverviewItem>(
  items: readonly T[],
  gap: number,
): Overview<T> {
  if (items.length === 0) return { ticks: [], markers: [], lanes: 0, position: () => 0 };
  const spans = items.map((item) => ({ item, days: daySpan(item.date, item.endDate) }));
  const first = Math.min(...spans.map(({ days }) => days[0]));
  const last = Math.max(...spans.map(({ days }) => days[1]));
  const firstDay = new Date(first * 86_400_000);
  const lastDay = new Date((last - 1) * 86_400_000);
  const start = dayNumber(firstDay.getUTCFullYear(), firstDay.getUTCMonth() + 1);
  const end = dayNumber(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + 2);
  const at = (day: number) => (day - start) / (end - start);

  const ticks: OverviewTick[] = [];
  for (let year = firstDay.getUTCFullYear(), month = firstDay.getUTCMonth() + 1; ; month++) {
    if (month > 12) [year, month] = [year + 1, 1];
    const day = dayNumber(year, month);
    if (day >= end) break;
    ticks.push({ year, month, at: at(day) });
  }

  // Greedy lanes, earliest first: each marker takes the first lane it fits in.
  const laneEnds: number[] = [];
  const markers = spans
    .map(({ item, days: [from, to] }) => ({
      item,
      from: at(from),
      to: to - from > 1 ? at(to) : at(from + 0.5),
      span: to - from > 1,
    }))
    .map((marker) => (marker.span ? marker : { ...marker, from: marker.to }))
    .toSorted((a, b) => a.from - b.from || a.to - b.to)
    .map((marker) => {
      let lane = laneEnds.findIndex((laneEnd) => marker.from - laneEnd >= gap);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = marker.to;
      return { ...marker, lane };
    });
  const position = (date: CalendarDate) => at(daySpan(date)[0] + 0.5);
  return { ticks, markers, lanes: laneEnds.length, position };
}
