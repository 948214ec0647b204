import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { layoutCloseUp, layoutOverview } from '@/lib/overview/layout';

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

  it('gives a reported date its place, keeps the lane clear up to it, and reaches the axis to it', () => {
    const planned = { ...item('planned', '2025-09-01'), reported: parseCalendarDate('2025-10-20') };
    const { markers, ticks } = layoutOverview([planned, item('later', '2025-10-01')], 0.05);
    const byId = Object.fromEntries(markers.map((marker) => [marker.item.id, marker]));
    // September and October: 61 days; the report is on the middle of day 50.
    expect(byId['planned']!.reported).toBeCloseTo(49.5 / 61);
    expect(byId['later']!.lane).toBe(1);
    expect(byId['later']!.reported).toBeUndefined();
    const reportedAfter = { ...item('a', '2025-09-01'), reported: parseCalendarDate('2025-11-02') };
    expect(layoutOverview([reportedAfter], 0.05).ticks.at(-1)).toMatchObject({ month: 11 });
    expect(ticks).toHaveLength(2);
  });

  it('reaches on to the record’s as-of date, and places it on the scale', () => {
    const items = [item('a', '2025-02-04'), item('b', '2025-04-30')];
    const asOf = parseCalendarDate('2025-06-10');
    const overview = layoutOverview(items, 0.01, asOf);
    expect(overview.ticks.map(({ month }) => month)).toEqual([2, 3, 4, 5, 6]);
    // 1 February to 1 July is 150 days; 10 June's middle is 129.5 days in.
    expect(overview.position(asOf)).toBeCloseTo(129.5 / 150);
    // An as-of date within the events' months changes nothing.
    const within = layoutOverview(items, 0.01, parseCalendarDate('2025-03-01'));
    expect(within.ticks).toEqual(layoutOverview(items, 0.01).ticks);
  });

  it('marks a month-only date as a month, spanning exactly its month', () => {
    const { markers, ticks } = layoutOverview(
      [
        item('month', '2025-03'),
        item('range', '2025-02-10', '2025-02-13'),
        item('day', '2025-04-02'),
      ],
      0.001,
    );
    const byId = Object.fromEntries(markers.map((marker) => [marker.item.id, marker]));
    expect(byId['month']).toMatchObject({ month: true, span: true });
    // From March's tick to April's: its first day to the end of its last.
    expect(byId['month']!.from).toBeCloseTo(ticks[1]!.at);
    expect(byId['month']!.to).toBeCloseTo(ticks[2]!.at);
    expect(byId['range']!.month).toBe(false);
    expect(byId['day']!.month).toBe(false);
  });

  it('has nothing to draw for no events', () => {
    expect(layoutOverview([], 0.01)).toMatchObject({ ticks: [], markers: [], lanes: 0 });
  });
});

describe('layoutCloseUp', () => {
  const record = [
    item('early', '2025-02'),
    item('before', '2025-08-28', '2025-09-07'),
    item('launch', '2025-09-10'),
    item('next-day', '2025-09-11'),
    item('day-after', '2025-09-12'),
    item('far', '2025-12-04'),
  ];

  it('shows the weeks where events crowd around the day, a little either side', () => {
    const closeUp = layoutCloseUp(record, parseCalendarDate('2025-09-10'), 0.01)!;
    expect(closeUp.markers.map((marker) => marker.item.id)).toEqual([
      'before',
      'launch',
      'next-day',
      'day-after',
    ]);
    // 26 August to 14 September: the 16 days from 28 August to 12 September, and two either side.
    const [start, end] = closeUp.days;
    expect(end - start).toBe(2 + 16 + 2);
    expect(closeUp.ticks.map(({ month, day }) => `${month}-${day}`)).toEqual(['9-1', '9-8']);
    // Where it sits on the whole overview, February 2025 to December 2025.
    expect(closeUp.on[0]).toBeGreaterThan(0.5);
    expect(closeUp.on[1]).toBeLessThan(0.7);
    // Three days in a row, a day apart, fit in one lane when a day is a twentieth of it.
    expect(new Set(closeUp.markers.map((marker) => marker.lane)).size).toBeLessThanOrEqual(2);
  });

  it('does not bracket a month it shows only part of', () => {
    const month = [item('august', '2025-08'), ...record.slice(1)];
    const closeUp = layoutCloseUp(month, parseCalendarDate('2025-09-10'), 0.01)!;
    const august = closeUp.markers.find((marker) => marker.item.id === 'august')!;
    expect(august).toMatchObject({ span: true, month: false, from: 0 });
  });

  it('is not drawn for too few events, nor where it would show most of the overview', () => {
    expect(
      layoutCloseUp(record.slice(0, 3), parseCalendarDate('2025-09-10'), 0.01),
    ).toBeUndefined();
    const short = [
      item('a', '2025-09-01'),
      item('b', '2025-09-03'),
      item('c', '2025-09-05'),
      item('d', '2025-09-07'),
    ];
    expect(layoutCloseUp(short, parseCalendarDate('2025-09-04'), 0.01)).toBeUndefined();
  });
});
