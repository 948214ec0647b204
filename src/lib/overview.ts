/**
 * The timeline's overview, scaled to time: where each event falls between the first
 * month of the record and the last, as fractions of the whole (0 to 1), so a component
 * can draw it at any length and in either direction. A day is a point, a multi-day event
 * spans its days, a month-only date spans its month (it is not pinned to a day no source
 * gives). Markers that would touch are put in separate lanes. Where events crowd around a
 * day (the article's), a close-up of those weeks is laid out the same way, with day ticks.
 * Pure: no Astro, no zone.
 */
import type { CalendarDate } from './dates';

/** Days since 1970-01-01 of a calendar date's first day: plain arithmetic, no time zone. */
const dayNumber = (year: number, month: number, day = 1) =>
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

export interface OverviewItem {
  id: string;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
  /** A later report's date for the same event: drawn as a second marker, so it takes room too. */
  reported?: CalendarDate | undefined;
}

export interface OverviewTick {
  year: number;
  month: number;
  /** Where the month begins. */
  at: number;
}

/** A day on a close-up's scale: ticks on the 1st, 8th, 15th and 22nd of each month. */
export interface DayTick {
  year: number;
  month: number;
  day: number;
  /** Where the day begins. */
  at: number;
}

export interface OverviewMarker<T> {
  item: T;
  /** Where it begins and ends; equal to within a day for a one-day event. */
  from: number;
  to: number;
  /** Whether it covers more than one day (a range or a month): drawn as a bar. */
  span: boolean;
  /** Where its reported date falls (the middle of that day), if it has one. */
  reported: number | undefined;
  /** 0 for the first lane; markers that would touch go further out. */
  lane: number;
}

interface Scale<T> {
  markers: OverviewMarker<T>[];
  /** How many lanes the markers need. */
  lanes: number;
  /** Where a day falls (its middle) on the same scale: for a second marker, a report's date. */
  position: (date: CalendarDate) => number;
}

export interface Overview<T> extends Scale<T> {
  ticks: OverviewTick[];
}

export interface CloseUp<T> extends Scale<T> {
  /** The first day shown and the day after the last, as day numbers. */
  days: [number, number];
  ticks: DayTick[];
  /** Where the close-up's first and last day fall on the whole overview. */
  on: [number, number];
}

/**
 * Every item's marker between days `start` and `end` (items outside are left out), in
 * lanes: greedy, earliest first, each marker takes the first lane it fits in. `gap` is the
 * least distance, as a fraction of the whole, between two markers in one lane.
 */
export function place<T extends OverviewItem>(
  items: readonly T[],
  start: number,
  end: number,
  gap: number,
): Scale<T> {
  const at = (day: number) => (day - start) / (end - start);
  const position = (date: CalendarDate) => at(daySpan(date)[0] + 0.5);
  const laneEnds: number[] = [];
  const markers = items
    .map((item) => ({ item, days: daySpan(item.date, item.endDate) }))
    .filter(({ days: [from, to] }) => from < end && to > start)
    .map(({ item, days: [from, to] }) => ({
      item,
      from: at(Math.max(from, start)),
      to: to - from > 1 ? at(Math.min(to, end)) : at(from + 0.5),
      span: to - from > 1,
      reported: item.reported && position(item.reported),
    }))
    .map((marker) => (marker.span ? marker : { ...marker, from: marker.to }))
    .toSorted((a, b) => a.from - b.from || a.to - b.to)
    .map((marker) => {
      const first = Math.min(marker.from, marker.reported ?? marker.from);
      const last = Math.max(marker.to, marker.reported ?? marker.to);
      let lane = laneEnds.findIndex((laneEnd) => first - laneEnd >= gap);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = last;
      return { ...marker, lane };
    });
  return { markers, lanes: laneEnds.length, position };
}

/** The first day of the earliest month any item (or its report) touches, and of the month after the latest. */
export function monthsOf(items: readonly OverviewItem[]): [number, number] {
  const drawn = [
    ...items.map((item) => daySpan(item.date, item.endDate)),
    ...items.flatMap(({ reported }) => (reported ? [daySpan(reported)] : [])),
  ];
  const first = dayOf(Math.min(...drawn.map(([day]) => day)));
  const last = dayOf(Math.max(...drawn.map(([, day]) => day)) - 1);
  return [dayNumber(first.year, first.month), dayNumber(last.year, last.month + 1)];
}

/**
 * Which ticks of `count` over `length` units to label so that labels at least `least`
 * units wide do not run into each other: every one, every other, every third…
 */
export function labelEvery(count: number, length: number, least: number): number {
  return count === 0 ? 1 : Math.max(1, Math.ceil(least / (length / count)));
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
  const [start, end] = monthsOf(items);
  const ticks: OverviewTick[] = [];
  for (let { year, month } = dayOf(start); ; month++) {
    if (month > 12) [year, month] = [year + 1, 1];
    const day = dayNumber(year, month);
    if (day >= end) break;
    ticks.push({ year, month, at: (day - start) / (end - start) });
  }
  return { ticks, ...place(items, start, end, gap) };
}
