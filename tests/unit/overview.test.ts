import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { layoutOverview } from '@/lib/overview';

const item = (id: string, date: string, endDate?: string) => ({
  id,
  date: parseCalendarDate(date),
  endDate: endDate === undefined ? undefined : parseCalendarDate(endDate),
});

describe('layoutOverview', () => {
  it('runs from the first day of the first month to the end of the last, a tick a month', () => {
    const { ticks } = layoutOverview([item('a', '2025-02-04'), item('b', '2025-04-30')], 0.01);
    expect(ticks.map(({ year, month }) => `${year}-${month}`)).toEqual([
      '2025-2',
      '2025-3',
      '2025-4',
    ]);
    expect(ticks[0]!.at).toBe(0);
    // February has 28 days of the 89 from 1 February to 1 May.
    expect(ticks[1]!.at).toBeCloseTo(28 / 89);
  });

  it('crosses a year, with ticks in order', () => {
    const { ticks } = layoutOverview([item('a', '2025-11-13'), item('b', '2026-02-11')], 0.01);
    expect(ticks.map(({ year, month }) => `${year}-${month}`)).toEqual([
      '2025-11',
      '2025-12',
      '2026-1',
      '2026-2',
    ]);
  });

  it('spans a month-only date over its month and a range over its days; a day is a point', () => {
    const { markers } = layoutOverview(
      [
        item('month', '2025-02'),
        item('range', '2025-02-10', '2025-02-13'),
        item('day', '2025-02-20'),
      ],
      0.001,
    );
    const byId = Object.fromEntries(markers.map((marker) => [marker.item.id, marker]));
    expect(byId['month']).toMatchObject({ from: 0, to: 1, span: true });
    expect(byId['range']).toMatchObject({ span: true });
    expect(byId['range']!.from).toBeCloseTo(9 / 28);
    expect(byId['range']!.to).toBeCloseTo(13 / 28);
    expect(byId['day']).toMatchObject({ span: false });
    expect(byId['day']!.from).toBeCloseTo(19.5 / 28);
    expect(byId['day']!.to).toBe(byId['day']!.from);
  });

  it('puts markers that would touch in separate lanes, and reuses a lane once clear', () => {
    const { markers, lanes } = layoutOverview(
      [
        item('a', '2025-09-10'),
        item('b', '2025-09-11'),
        item('c', '2025-09-12'),
        item('d', '2025-09-29'),
      ],
      // September has 30 days: a gap of 0.1 is three days.
      0.1,
    );
    const lane = Object.fromEntries(markers.map((marker) => [marker.item.id, marker.lane]));
    expect(lane).toEqual({ a: 0, b: 1, c: 2, d: 0 });
    expect(lanes).toBe(3);
  });

  it('places a later date (a report’s) on the same scale', () => {
    const overview = layoutOverview([item('a', '2025-11')], 0.01);
    expect(overview.position(parseCalendarDate('2025-11-13'))).toBeCloseTo(12.5 / 30);
  });

  it('has nothing to draw for no events', () => {
    expect(layoutOverview([], 0.01)).toMatchObject({ ticks: [], markers: [], lanes: 0 });
  });
});
