/**
 * What a marker looks like on the drawn overview, in SVG units (about a pixel each): a
 * circle for the article's events, a diamond beyond it, a bar for a span, and a dot, with
 * a dashed line to it, on the day a later report gives. Pure: no Astro.
 */
import type { Lang } from '@/i18n/locales';
import { formatDateRange } from '@/lib/dates';
import type { FigureEvent } from './figureInput';
import type { OverviewMarker } from './placeMarkers';

/** A circle's radius, a diamond's half-diagonal, a bar's half-thickness; lane widths. */
export const R = 6;
export const LANE = 16;
/** The least room between two markers in one lane: a marker and a little more. */
export const ROOM = 2 * R + 4;
/** Coordinates to the unit (a unit is about a pixel): enough for the eye, short in the HTML. */
export const n = (value: number) => Math.round(value);
export type Point = { x: number; y: number };

/** Whether a position along a scale (0 to 1) falls on it. */
export const onScale = (along: number | undefined): along is number =>
  along !== undefined && along >= 0 && along <= 1;

/**
 * A bar from `a` to `b`, `2R - 2` thick, its ends rounded by `round` (a pill for the
 * article's events, square ends beyond it); never shorter than a circle is wide.
 */
function bar(a: Point, b: Point, horizontal: boolean, round: number) {
  const half = R - 1;
  const straight =
    (horizontal ? Math.max(b.x - a.x, 2 * R) : Math.max(b.y - a.y, 2 * R)) - 2 * round;
  const end = (dx: number, dy: number) =>
    round ? `a${round} ${round} 0 0 1 ${dx} ${dy}` : `l${dx} ${dy}`;
  return horizontal
    ? `M${n(a.x + round)} ${n(a.y - half)}h${n(straight)}${end(0, 2 * half)}h${n(-straight)}${end(0, -2 * half)}z`
    : `M${n(a.x + half)} ${n(a.y + round)}v${n(straight)}${end(-2 * half, 0)}v${n(-straight)}${end(2 * half, 0)}z`;
}

/**
 * Each marker's shapes and name (its title and date in `lang`), given where a position
 * along the axis and a lane fall.
 */
export function markShapes(
  markers: OverviewMarker<FigureEvent>[],
  xy: (along: number, lane: number) => Point,
  lang: Lang,
) {
  return markers.map(({ item, from, to, span, lane, reported }) => {
    const a = xy(from, lane);
    const b = xy(to, lane);
    const beyond = item.record === 'beyond';
    // A report's day outside this view (beyond a close-up's weeks) is not drawn in it.
    const report = onScale(reported) ? xy(reported, lane) : undefined;
    const horizontal = a.y === b.y;
    const d = R + 1;
    return {
      item,
      classes: [item.status === 'planned' && 'planned', beyond && 'beyond'],
      name: `${item.title}, ${formatDateRange(item.date, item.endDate, lang)}`,
      shape: span
        ? bar(a, b, horizontal, beyond ? 0 : R - 1)
        : beyond
          ? `M${n(a.x)} ${n(a.y - d)}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`
          : `M${n(a.x - R)} ${n(a.y)}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`,
      report: report && { x: n(report.x), y: n(report.y) },
      // A report outside the marker is joined to it by a dashed line from its nearer end.
      link:
        report && (report.x > b.x + R || report.y > b.y + R)
          ? `M${n(b.x)} ${n(b.y)}L${n(report.x)} ${n(report.y)}`
          : undefined,
    };
  });
}

export type MarkShape = ReturnType<typeof markShapes>[number];
