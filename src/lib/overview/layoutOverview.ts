/**
 * The timeline's overview, scaled to time: where each event falls between the first month
 * of the record and the last, as fractions of the whole (0 to 1), so a component can draw
 * it at any length and in either direction. A day is a point, a multi-day event spans its
 * days, a month-only date spans its month (it is not pinned to a day no source gives).
 * Pure: no Astro, no zone.
 */
import { dayNumber, dayOf, daySpan } from './days';
import { placeMarkers, type OverviewItem, type Scale } from './placeMarkers';

export interface OverviewTick {
  year: number;
  month: number;
  /** Where the month begins. */
  at: number;
}

export interface Overview<T> extends Scale<T> {
  ticks: OverviewTick[];
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

/** Where the month of `ticks[index]` has its middle: halfway to the next tick, or to the end. */
export const monthMiddle = (ticks: readonly OverviewTick[], index: number) =>
  (ticks[index]!.at + (ticks[index + 1]?.at ?? 1)) / 2;

/**
 * Lays out `items` (any order) from the first day of the earliest month to the end of the
 * latest month, a tick a month. `gap` is the least distance, as a fraction of the whole,
 * between two markers in one lane (about a marker's width at the length it is drawn).
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
  return { ticks, ...placeMarkers(items, start, end, gap) };
}
