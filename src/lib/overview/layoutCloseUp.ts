/**
 * The close-up of the overview: the weeks around the article's day, where events crowd on
 * the whole axis, drawn on a scale of their own. Pure, like `layoutOverview.ts`.
 */
import type { CalendarDate } from '@/lib/dates';
import { dayOf, daySpan } from './days';
import { monthsOf } from './layoutOverview';
import { placeMarkers, type OverviewItem, type Scale } from './placeMarkers';

/** How a close-up is chosen: how far from the day it looks, and what makes a crowd. */
export interface CloseUpOptions {
  /** Events whose dates fall within this many days of the day are in the close-up. */
  reach?: number;
  /** The fewest events that make it worth one. */
  least?: number;
  /** Days added before the first of them and after the last. */
  margin?: number;
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
  { reach = 21, least = 4, margin = 2 }: CloseUpOptions = {},
): CloseUp<T> | undefined {
  if (items.length === 0) return undefined;
  const [day] = daySpan(around);
  const near = items
    .map((item) => daySpan(item.date, item.endDate))
    .filter(([from, to]) => to - from <= reach && to > day - reach && from <= day + reach);
  if (near.length < least) return undefined;
  const start = Math.min(...near.map(([from]) => from)) - margin;
  const end = Math.max(...near.map(([, to]) => to)) + margin;
  const [first, last] = monthsOf(items);
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
