/**
 * The event marker, the one way an event is marked wherever it is drawn: on the overview
 * and in its legend (SVG paths, `overview/marks.ts`), on the home page's preview card
 * (Satori boxes, `preview/card.ts`, at `CARD_SCALE`) and beside each entry on the timeline
 * (`Marker.astro`, CSS, which reads the same tokens). A circle for the article's
 * events, a diamond for the record beyond it; filled when it had happened, hollow when it
 * was a plan, and its outline dashed when the plan is past its date with no report; a bar
 * along the axis for a span of days, bracketed at both ends when the span is a month
 * because no source gives the day; and, for a plan a later report dates, a small dot on
 * that day joined to it by a dashed line. Sizes are in units of about a pixel. Pure: no
 * Astro.
 */
import { numberToken } from './tokens';
import type { EventScope, EventStatus } from './vocabulary';

/**
 * A circle's radius; a diamond reaches one unit further, a bar's half-thickness one less.
 * With the outline's width, it is a design token (`--marker-r`, `--marker-stroke`), so the
 * CSS marker reads the same numbers.
 */
export const R = numberToken('marker-r');
export const STROKE = numberToken('marker-stroke');
/** The distance between two lanes of markers. */
export const LANE = 16;
/** The least room between two markers in one lane: a marker and a little more. */
export const ROOM = 2 * R + 4;
/** The radius of the dot on a later report's day (a token, `--marker-report-r`, as `R`). */
export const REPORT_R = numberToken('marker-report-r');
/** The width of the dashed line to that dot. */
export const LINK = 1.5;
/** How much larger the preview card draws the marker than the page (1200 px cards). */
export const CARD_SCALE = 1.5;

/** How an event's marker looks: its shape and whether it is filled. */
export const markerLook = (record: EventScope, status: EventStatus) => ({
  beyond: record === 'beyond',
  hollow: status === 'planned',
});

/** Coordinates to the unit (a unit is about a pixel): enough for the eye, short in the HTML. */
export const n = (value: number) => Math.round(value);
export type Point = { x: number; y: number };

/** A circle centred on `c`, as an SVG path. */
export const circlePath = (c: Point) =>
  `M${n(c.x - R)} ${n(c.y)}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`;

/** A diamond centred on `c`, as an SVG path. */
export const diamondPath = (c: Point) => {
  const d = R + 1;
  return `M${n(c.x)} ${n(c.y - d)}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`;
};

/**
 * A bar from `a` to `b`, `2R - 2` thick, as an SVG path: its ends rounded (a pill) for the
 * article's events, square beyond it; never shorter than a circle is wide.
 */
export function barPath(a: Point, b: Point, horizontal: boolean, beyond: boolean) {
  const half = R - 1;
  const round = beyond ? 0 : half;
  const straight =
    (horizontal ? Math.max(b.x - a.x, 2 * R) : Math.max(b.y - a.y, 2 * R)) - 2 * round;
  const end = (dx: number, dy: number) =>
    round ? `a${round} ${round} 0 0 1 ${dx} ${dy}` : `l${dx} ${dy}`;
  return horizontal
    ? `M${n(a.x + round)} ${n(a.y - half)}h${n(straight)}${end(0, 2 * half)}h${n(-straight)}${end(0, -2 * half)}z`
    : `M${n(a.x + half)} ${n(a.y + round)}v${n(straight)}${end(-2 * half, 0)}v${n(-straight)}${end(2 * half, 0)}z`;
}

/**
 * The brackets that close a month-only date's bar (`barPath` from `a` to `b`): a tick
 * across each end, two units beyond the bar's outline on either side. An SVG path to
 * append to the bar's: it moves from where the bar's path closed (its start), so its
 * numbers are the same for every bar of a length, and short in the HTML.
 */
export function monthBrackets(a: Point, b: Point, horizontal: boolean, beyond: boolean) {
  const half = R - 1;
  const round = beyond ? 0 : half;
  const reach = 2 * R + 4;
  const length = n(Math.max(horizontal ? b.x - a.x : b.y - a.y, 2 * R));
  return horizontal
    ? `m${-round} ${half - reach / 2}v${reach}m${length} 0v${-reach}`
    : `m${reach / 2 - half} ${-round}h${-reach}m0 ${length}h${reach}`;
}
