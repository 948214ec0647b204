/**
 * Markers on a scale of days, as fractions of it (0 to 1), in lanes so that none touch:
 * the one way both the whole overview and its close-up place events.
 */
import type { CalendarDate } from '@/lib/dates';
import { daySpan } from './days';

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
export function placeMarkers<T extends OverviewItem>(
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
