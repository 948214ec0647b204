import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type DayDate } from '@/lib/dates';
import { overviewFigure } from '@/lib/overview/figure';
import { marksDrawn, type FigureEvent } from '@/lib/overview/marks';

const event = (id: string, date: string, more: Partial<FigureEvent> = {}): FigureEvent => ({
  id,
  title: `Event ${id}`,
  date: parseCalendarDate(date),
  record: 'article',
  status: 'held',
  dateKind: 'happened',
  dateLine: `the date of ${id} in words`,
  ...more,
});

/** A record shaped like the real one: sparse months, and a crowd around the article. */
const record = [
  event('kakao', '2025-02'),
  event('office', '2025-05-26', { record: 'beyond' }),
  event('festival', '2025-08-28', { endDate: parseCalendarDate('2025-09-07') }),
  event('launch', '2025-09-10'),
  event('mou', '2025-09-11', { status: 'planned', reported: parseCalendarDate('2025-09-11') }),
  event('founders', '2025-09-12', { status: 'planned' }),
  event('head', '2025-09-29', { record: 'beyond' }),
  event('devday', '2025-11', { status: 'planned', reported: parseCalendarDate('2025-11-13') }),
  event('plan', '2026-02-11', { record: 'beyond', status: 'planned' }),
];
const article = parseCalendarDate('2025-09-10');

/** Every coordinate pair a path's absolute moves start from. */
const starts = (d: string) =>
  [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));

describe('overviewFigure', () => {
  const [wide, narrow] = overviewFigure(record, article, 'ko');

  it('draws every event once on each view, named by its title and date', () => {
    for (const view of [wide!, narrow!]) {
      expect(view.markers.map((marker) => marker.item.id).sort()).toEqual(
        record.map(({ id }) => id).sort(),
      );
    }
    expect(wide!.markers.find((marker) => marker.item.id === 'launch')!.name).toBe(
      'Event launch, 2025년 9월 10일',
    );
  });

  it('keeps the narrow view inside a 360 px phone, and every mark inside its view', () => {
    expect(narrow!.width).toBeLessThanOrEqual(328);
    for (const view of [wide!, narrow!]) {
      const marks = [...view.markers, ...(view.zoom?.markers ?? [])];
      for (const { x, y } of marks.flatMap((marker) => starts(marker.shape))) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(view.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(view.height);
      }
    }
  });

  it('shows the crowd around the article in a close-up, and only the crowd', () => {
    for (const view of [wide!, narrow!]) {
      expect(view.zoom!.markers.map((marker) => marker.item.id)).toEqual([
        'festival',
        'launch',
        'mou',
        'founders',
        'head',
      ]);
    }
  });

  it('says a marker’s status and record by its classes and shape, a report by a dot', () => {
    const byId = Object.fromEntries(wide!.markers.map((marker) => [marker.item.id, marker]));
    expect(byId['founders']!.classes).toEqual(['planned', false, false]);
    expect(byId['plan']!.classes).toEqual(['planned', 'beyond', false]);
    // A diamond is drawn with straight lines, a circle with arcs.
    expect(byId['head']!.shape).not.toContain('a');
    expect(byId['launch']!.shape).toContain('a');
    expect(byId['devday']!.report).toBeDefined();
    expect(byId['launch']!.report).toBeUndefined();
  });

  it('draws nothing for no events, and no article line where the article is off the axis', () => {
    expect(overviewFigure([], article, 'ko')).toEqual([]);
    const [later] = overviewFigure([event('a', '2026-01'), event('b', '2026-03')], article, 'ko');
    expect(later!.article).toBeUndefined();
    expect(later!.zoom).toBeUndefined();
  });

  it('keeps a long record to a phone screen or two down a narrow view, names apart', () => {
    // One event a quarter over ten years.
    const decade = Array.from({ length: 40 }, (_, index) =>
      event(
        `q${index}`,
        `${2016 + Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}`,
      ),
    );
    const [, narrowView] = overviewFigure(decade, undefined, 'ko');
    // 120 months at 34 units would be 4,000 units; at the least room a month, 12, about 1,500.
    expect(narrowView!.height).toBeLessThanOrEqual(1500);
    const ys = narrowView!.months.map((label) => label.y);
    ys.slice(1).forEach((y, index) => expect(y - ys[index]!).toBeGreaterThanOrEqual(28));
    // Every year is still named.
    expect(narrowView!.years.map((label) => label.text)).toHaveLength(10);
  });

  it('gives each month of a record of up to two years its full room down a narrow view', () => {
    /** One event a month, `months` months from January 2024: its narrow view's height. */
    const heightOver = (months: number) =>
      overviewFigure(
        Array.from({ length: months }, (_, index) =>
          event(
            `m${index}`,
            `${2024 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
          ),
        ),
        undefined,
        'ko',
      )[1]!.height;
    // 34 units a month, and 12 above and below.
    expect(heightOver(13)).toBe(13 * 34 + 24);
    expect(heightOver(24)).toBe(24 * 34 + 24);
    expect(heightOver(25)).toBeLessThan(25 * 34 + 24);
  });

  it('gives the marks of a narrow view of few months room to stand apart', () => {
    // Ten days apart over eight months: neighbours are in different lanes or 16 units apart.
    const many = Array.from({ length: 24 }, (_, index) =>
      event(`e${index}`, new Date(Date.UTC(2024, 0, 1 + index * 10)).toISOString().slice(0, 10)),
    );
    const [, narrowView] = overviewFigure(many, undefined, 'ko');
    const places = narrowView!.markers.map((marker) => ({
      lane: starts(marker.shape)[0]!.x,
      y: starts(marker.shape)[0]!.y,
    }));
    for (const a of places) {
      for (const b of places) {
        if (a !== b && a.lane === b.lane) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(15);
      }
    }
  });
});

describe('the as-of line', () => {
  const asOf = parseCalendarDate('2026-12-01') as DayDate;

  it('is drawn on every view, the scale reaching on to it, labelled across a wide screen', () => {
    const [wideView, narrowView] = overviewFigure(record, article, 'ko', {
      day: asOf,
      reach: true,
    });
    // The last event is in February 2026: the scale runs on to the end of December.
    expect(wideView!.months.at(-1)!.text).toBe('12월');
    // 1 December's middle, on a scale from 1 February 2025 to 1 January 2027 (699 days).
    const along = (day: number) => 10 + (day / 699) * 652;
    expect(wideView!.asOf).toMatchObject({ x: Math.round(along(668.5)), anchor: 'end' });
    expect(wideView!.asOf!.line).toBe(
      `M${Math.round(along(668.5))} 16V${wideView!.asOf!.line.split('V')[1]}`,
    );
    expect(narrowView!.asOf!.line).toMatch(/^M66 \d+H\d+$/);
    // Far from the article's weeks, it is not in the close-up.
    expect(wideView!.zoom!.asOf).toBeUndefined();
  });

  it('is not drawn where the scale does not reach it and is not told to', () => {
    const [wideView, narrowView] = overviewFigure(record, article, 'ko', {
      day: asOf,
      reach: false,
    });
    expect(wideView!.asOf).toBeUndefined();
    expect(narrowView!.asOf).toBeUndefined();
    expect(wideView!.months.at(-1)!.text).toBe('2월');
  });

  it('leaves its label to the legend where it would meet the article’s', () => {
    const [wideView] = overviewFigure(record, article, 'ko', {
      day: parseCalendarDate('2025-10-01') as DayDate,
      reach: false,
    });
    expect(wideView!.asOf!.line).toBeDefined();
    expect(wideView!.asOf!.anchor).toBeUndefined();
    expect(wideView!.article!.anchor).toBe('middle');
  });

  it('is drawn in the close-up when it falls in its weeks', () => {
    const [wideView, narrowView] = overviewFigure(record, article, 'ko', {
      day: parseCalendarDate('2025-09-20') as DayDate,
      reach: false,
    });
    expect(wideView!.zoom!.asOf).toMatch(/^M\d+ \d+V\d+$/);
    expect(narrowView!.zoom!.asOf).toMatch(/^M\d+ \d+H\d+$/);
  });
});

describe('a plan past its date and a month-only date', () => {
  const past = record.map((e) =>
    e.id === 'founders'
      ? {
          ...e,
          pastItsDate: true,
          dateKind: 'planned' as const,
          dateLine: 'Planned for September 12, 2025 · no report that it took place, as of December 1, 2026',
        }
      : e,
  );
  const [wideView] = overviewFigure(past, article, 'en');
  const byId = Object.fromEntries(wideView!.markers.map((marker) => [marker.item.id, marker]));

  it('names a plan by its date in words (planned for, unconfirmed) and past its date so, and draws it by its own class', () => {
    expect(byId['founders']!.classes).toContain('past');
    expect(byId['founders']!.name).toBe(
      'Event founders, planned for September 12, 2025 · no report that it took place, as of December 1, 2026, past its date, not confirmed',
    );
    expect(byId['mou']!.classes).not.toContain('past');
  });

  it('names a month-only date as some time in its month, and brackets its bar', () => {
    expect(byId['kakao']!.name).toBe('Event kakao, some time in February 2025');
    // Its bar, then the two brackets' ticks across it, 16 units long.
    expect(byId['kakao']!.shape).toMatch(
      /z m?-?\d+ -?\d+v16m\d+ 0v-16$|zm-?\d+ -?\d+v16m\d+ 0v-16$/,
    );
    expect(byId['festival']!.shape).not.toContain('v16');
  });
});

describe('marksDrawn', () => {
  it('lists only the kinds of mark there are, for the legend', () => {
    expect(marksDrawn(record, { article: true, asOf: true })).toEqual({
      held: true,
      planned: true,
      reported: true,
      beyond: true,
      past: false,
      month: true,
      article: true,
      asOf: true,
    });
    expect(marksDrawn([event('a', '2024-01-01')], { article: false, asOf: false })).toEqual({
      held: true,
      planned: false,
      reported: false,
      beyond: false,
      past: false,
      month: false,
      article: false,
      asOf: false,
    });
  });

  it('names a plan past its date apart from pending plans, as a circle if the article’s', () => {
    const founders = record.map((e) => (e.id === 'founders' ? { ...e, pastItsDate: true } : e));
    expect(marksDrawn(founders, { article: true, asOf: true })).toMatchObject({
      planned: false,
      past: { circle: true },
    });
    const beyond = [
      event('plan', '2026-02-11', { record: 'beyond', status: 'planned', pastItsDate: true }),
    ];
    expect(marksDrawn(beyond, { article: false, asOf: true }).past).toEqual({ circle: false });
  });
});
