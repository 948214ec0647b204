/**
 * The timeline's overview, scaled to time: where each event falls between the first month
 * of the record and the last, as fractions of the whole (0 to 1), so a view can draw it at
 * any length and in either direction, and the close-up of the weeks crowded around the
 * article's day on a scale of its own. A day is a point, a multi-day event spans its days,
 * a month-only date spans its month (it is not pinned to a day no source gives). Dates are
 * counted as day numbers (days since 1970-01-01), so spans and months are plain
 * arithmetic. Markers go in lanes so that none touch: the one way both the whole overview
 * and its close-up place events. Pure: no Astro, no zone.
 */
import type { CalendarDate } from '@/lib/dates';

/** The day number of a date's first day. */
const dayNumber = (year: number, month: number, day = 1) =>
  Date.UTC(year, month - 1, day) / 86_400_000;

/** The calendar date of a day number. */
const dayOf = (day: number) => {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** The first day of a date, and the day after its last (a month-only date covers its month). */
function daySpan(date: CalendarDate, endDate: CalendarDate = date): [number, number] {
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

export interface OverviewMarker<T> {
  item: T;
  /** Where it begins and ends; equal to within a day for a one-day event. */
  from: number;
  to: number;
  /** Whether it covers more than one day (a range or a month): drawn as a bar. */
  span: boolean;
  /** Whether it is a month-only date, shown whole (not cut by a close-up's ends): bracketed. */
  month: boolean;
  /** Where its reported date falls (the middle of that day), if it has one. */
  reported: number | undefined;
  /** 0 for the first lane; markers that would touch go further out. */
  lane: number;
}

export interface Scale<T> {
  markers: OverviewMarker<T>[];
  /** How many lanes the markers need. */
  lanes: number;
  /** Where a day falls (its middle) on the same scale: for a second marker, a report's date. */
  position: (date: CalendarDate) => number;
}

/**
 * Every item's marker between days `start` and `end` (items outside are left out), in
 * lanes: greedy, earliest first, each marker takes the first lane it fits in. `gap` is the
 * least distance, as a fraction of the whole, between two markers in one lane.
 */
function placeMarkers<T extends OverviewItem>(
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
      month: item.date.precision === 'month' && !item.endDate && from >= start && to <= end,
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

export interface OverviewTick {
  year: number;
  month: number;
  /** Where the month begins. */
  at: number;
}

export interface Overview<T> extends Scale<T> {
  ticks: OverviewTick[];
}

/**
 * The first day of the earliest month any item (or its report) touches, and of the month
 * after the latest, or after `until`'s (the record's as-of date) where that is later.
 */
function monthsOf(items: readonly OverviewItem[], until?: CalendarDate): [number, number] {
  const drawn = [
    ...items.map((item) => daySpan(item.date, item.endDate)),
    ...items.flatMap(({ reported }) => (reported ? [daySpan(reported)] : [])),
    ...(until ? [daySpan(until)] : []),
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

/** Where the month of `ticks[index]` has its middle: halfway to the next tick, or to the end. */
export const monthMiddle = (ticks: readonly OverviewTick[], index: number) =>
  (ticks[index]!.at + (ticks[index + 1]?.at ?? 1)) / 2;

/**
 * Lays out `items` (any order) from the first day of the earliest month to the end of the
 * latest month, a tick a month; on to the end of `until`'s month (the record's as-of date)
 * if that is later, so its line is on the scale. `gap` is the least distance, as a
 * fraction of the whole, between two markers in one lane (about a marker's width at the
 * length it is drawn).
 */
export function layoutOverview<T extends OverviewItem>(
  items: readonly T[],
  gap: number,
  until?: CalendarDate,
): Overview<T> {
  if (items.length === 0) return { ticks: [], markers: [], lanes: 0, position: () => 0 };
  const [start, end] = monthsOf(items, until);
  const ticks: OverviewTick[] = [];
  for (let { year, month } = dayOf(start); ; month++) {
    if (month > 12) [year, month] = [year + 1, 1];
    const day = dayNumber(year, month);
    if (day >= end) break;
    ticks.push({ year, month, at: (day - start) / (end - start) });
  }
  return { ticks, ...placeMarkers(items, start, end, gap) };
}

/** How a close-up is chosen: how far from the day it looks, and what makes a crowd. */
export interface CloseUpOptions {
  /** Events whose dates fall within this many days of the day are in the close-up. */
  reach?: number;
  /** The fewest events that make it worth one. */
  least?: number;
  /** Days added before the first of them and after the last. */
  margin?: number;
  /** Where the whole overview is extended to (`layoutOverview`'s `until`). */
  until?: CalendarDate | undefined;
}

/** A day on a close-up's scale: ticks on the 1st, 8th, 15th and 22nd of each month. */
export interface DayTick {
  year: number;
  month: number;
  day: number;
  /** Where the day begins. */
  at: number;
}

export interface CloseUp<T> extends Scale<T> {
  /** The first day shown and the day after the last, as day numbers. */
  days: [number, number];
  ticks: DayTick[];
  /** Where the close-up's first and last day fall on the whole overview. */
  on: [number, number];
}

/**
 * A close-up of the weeks around `around` (the article's day), where events crowd on the
 * whole overview: from a few days before the first event within `reach` days of it to a
 * few days after the last, with its own lanes and day ticks. None when fewer than `least`
 * events fall there, or when it would show most of the overview anyway.
 */
export function layoutCloseUp<T extends OverviewItem>(
  items: readonly T[],
  around: CalendarDate,
  gap: number,
  { reach = 21, least = 4, margin = 2, until }: CloseUpOptions = {},
): CloseUp<T> | undefined {
  if (items.length === 0) return undefined;
  const [day] = daySpan(around);
  const near = items
    .map((item) => daySpan(item.date, item.endDate))
    .filter(([from, to]) => to - from <= reach && to > day - reach && from <= day + reach);
  if (near.length < least) return undefined;
  const start = Math.min(...near.map(([from]) => from)) - margin;
  const end = Math.max(...near.map(([, to]) => to)) + margin;
  const [first, last] = monthsOf(items, until);
  if ((end - start) * 3 > last - first) return undefined;
  const ticks: DayTick[] = [];
  for (let tick = start; tick < end; tick++) {
    const date = dayOf(tick);
    if ([1, 8, 15, 22].includes(date.day))
      ticks.push({ ...date, at: (tick - start) / (end - start) });
  }
  const on = (d: number) => (d - first) / (last - first);
  return {
    days: [start, end],
    ticks,
    on: [on(start), on(end)],
    ...placeMarkers(items, start, end, gap),
  };
}
