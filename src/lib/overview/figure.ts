/**
 * The overview drawn: where every mark, tick and label of the time-scaled overview goes,
 * in SVG units (about a pixel each), for the two ways it is shown: across a wide screen
 * (left to right, the lanes above the axis, and under it a close-up of the weeks crowded
 * around the article) and down a narrow one (top to bottom, month labels left of the axis,
 * lanes right of it, and the close-up beside them on an axis of its own; 328 units wide,
 * so it fits a 360 px phone). The components (`components/overview/`) only render this.
 * Pure: no Astro.
 */
import type { Lang } from '@/i18n/locales';
import { formatShortDate, formatShortMonth, type CalendarDate, type DayDate } from '@/lib/dates';
import { LANE, n, R, ROOM } from '@/lib/marker';
import { labelEvery, layoutCloseUp, layoutOverview, monthMiddle } from './layout';
import { markShapes, onScale, type FigureEvent } from './marks';

/**
 * The record's as-of date, drawn as a line where it falls on the scale; `reach` extends the
 * scale to it when the last event is earlier (the home page, which shows the newest events;
 * an older year's page does not stretch to it).
 */
export interface AsOfLine {
  day: DayDate;
  reach: boolean;
}

/** What a view is drawn from: the events, the article's day (if any), the language of its words. */
interface FigureInput {
  events: readonly FigureEvent[];
  article: CalendarDate | undefined;
  lang: Lang;
  asOf: AsOfLine | undefined;
}

/**
 * Both views of the overview of `events`, with the article's day (if given) as a line and
 * the weeks crowded around it as a close-up, and the record's as-of date (if given) as a
 * line of its own. Names and labels are in `lang`.
 */
export function overviewFigure(
  events: readonly FigureEvent[],
  article: CalendarDate | undefined,
  lang: Lang,
  asOf?: AsOfLine,
) {
  const input = { events, article, lang, asOf };
  return events.length > 0 ? [wideView(input), narrowView(input)] : [];
}

/**
 * Ticks at `positions` (whole units along an axis) as one SVG path: the first drawn from
 * where it is (`first`), each other from the end of the one before (`next`, by how far on),
 * so that the path repeats a few short steps instead of every coordinate.
 */
function ticksPath(
  positions: readonly number[],
  first: (at: number) => string,
  next: (by: number) => string,
) {
  return positions
    .map((at, index) => (index === 0 ? first(at) : next(at - positions[index - 1]!)))
    .join('');
}

/** Where a line at `x` along a wide view puts its label, so that it stays inside the view. */
const anchorAt = (x: number, width: number) =>
  x < 80 ? 'start' : x > width - 80 ? 'end' : 'middle';

export type OverviewView = ReturnType<typeof overviewFigure>[number];

/** The overview across a wide screen. */
function wideView({ events, article, lang, asOf }: FigureInput) {
  const width = 672;
  const start = 10;
  const length = width - 2 * start;
  const until = asOf?.reach ? asOf.day : undefined;
  const layout = layoutOverview(events, ROOM / length, until);
  const axis = 30 + layout.lanes * LANE;
  const x = (along: number) => start + along * length;
  const laneY = (base: number) => (lane: number) => base - 12 - lane * LANE;
  const articleAt = article && layout.position(article);
  const articleX = onScale(articleAt) && x(articleAt);
  const asOfAt = asOf && layout.position(asOf.day);
  const asOfX = onScale(asOfAt) && x(asOfAt);
  let height = axis + 42;
  const closeUp = article && layoutCloseUp(events, article, ROOM / length, { until });
  let zoom;
  if (closeUp) {
    const top = height + 24;
    const cAxis = top + 14 + closeUp.lanes * LANE;
    const cx = (along: number) => start + along * length;
    const [from, to] = closeUp.on.map(x) as [number, number];
    const days = closeUp.days[1] - closeUp.days[0];
    const at = closeUp.position(article);
    const labelled = ticksPath(
      closeUp.ticks.map((tick) => n(cx(tick.at))),
      (at) => `M${at} ${cAxis}v6`,
      (by) => `m${by}-6v6`,
    );
    zoom = {
      window: `M${n(from)} 18H${n(to)}V${height}H${n(from)}z`,
      frame: `M${start} ${top}H${start + length}V${cAxis + 28}H${start}z`,
      links: `M${n(from)} ${height}L${start} ${top}M${n(to)} ${height}L${start + length} ${top}`,
      axis: `M${start} ${cAxis}H${start + length}${labelled}`,
      // A short tick every day: one line, dashed a day apart.
      daily: {
        d: `M${start} ${cAxis + 1.5}h${length}`,
        dash: `1 ${(length / days - 1).toFixed(2)}`,
      },
      labels: closeUp.ticks.map((tick) => ({
        x: n(cx(tick.at)),
        y: cAxis + 19,
        text: formatShortDate({ precision: 'day', ...tick }, lang),
      })),
      article: onScale(at) ? `M${n(cx(at))} ${top + 4}V${cAxis}` : undefined,
      asOf:
        asOf &&
        dayLine(closeUp.position(asOf.day), (along) => `M${n(cx(along))} ${top + 4}V${cAxis}`),
      markers: markShapes(
        closeUp.markers,
        (along, lane) => ({ x: cx(along), y: laneY(cAxis)(lane) }),
        lang,
      ),
    };
    height = cAxis + 30;
  }
  return {
    name: 'wide',
    width,
    height,
    axis: `M${start} ${axis}H${start + length}${ticksPath(
      layout.ticks.map((tick) => n(x(tick.at))),
      (at) => `M${at} ${axis}v6`,
      (by) => `m${by}-6v6`,
    )}`,
    // On a long record, every other month (or fewer) is named, so names never touch.
    months: layout.ticks
      .map((tick, index) => ({
        x: n(x(monthMiddle(layout.ticks, index))),
        y: axis + 19,
        text: formatShortMonth(tick.year, tick.month, lang),
      }))
      .filter((_, index) => index % labelEvery(layout.ticks.length, length, 40) === 0),
    years: layout.ticks
      .filter((tick, index) => index === 0 || tick.month === 1)
      .map((tick) => ({ x: n(x(tick.at)), y: axis + 36, text: String(tick.year) })),
    article: articleX
      ? {
          line: `M${n(articleX)} 16V${axis}`,
          x: n(articleX),
          y: 11,
          anchor: anchorAt(articleX, width),
        }
      : undefined,
    // Labelled above the axis like the article's day, unless the two labels would meet
    // (the legend names it either way).
    asOf: asOfX
      ? {
          line: `M${n(asOfX)} 16V${axis}`,
          x: n(asOfX),
          y: 11,
          anchor: articleX && Math.abs(asOfX - articleX) < 160 ? undefined : anchorAt(asOfX, width),
        }
      : undefined,
    markers: markShapes(
      layout.markers,
      (along, lane) => ({ x: x(along), y: laneY(axis)(lane) }),
      lang,
    ),
    zoom,
  };
}

/** The overview down a narrow screen. */
function narrowView({ events, article, lang, asOf }: FigureInput) {
  const width = 328;
  const start = 12;
  const axis = 72;
  // Each month gets the same room, so the length (and the gap between marks, as a
  // fraction of it) follows from how many months there are: 34 units each up to two
  // years, then less (down to 12), so that a long record stays a phone screen or two.
  const until = asOf?.reach ? asOf.day : undefined;
  const months = Math.max(layoutOverview(events, 1, until).ticks.length, 1);
  const month = Math.max(12, Math.min(34, (34 * 24) / months));
  const length = month * months;
  // Month names 12 units high need 28 units each: on a long record, every other one or fewer.
  const every = labelEvery(months, length, 28);
  const layout = layoutOverview(events, ROOM / length, until);
  const lanesEnd = axis + 12 + (layout.lanes - 1) * LANE + R + 4;
  const y = (along: number) => start + along * length;
  const articleAt = article && layout.position(article);
  const articleY = onScale(articleAt) && y(articleAt);
  const asOfAt = asOf && layout.position(asOf.day);
  const asOfY = onScale(asOfAt) && y(asOfAt);
  /** The close-up gives each day 12 units, and no more room than the whole has. */
  const daysOf = (gap: number) => article && layoutCloseUp(events, article, gap, { until });
  const first = daysOf(0.05);
  const cLength = first ? Math.min(length, 12 * (first.days[1] - first.days[0])) : 0;
  const closeUp = first && daysOf(ROOM / cLength);
  let zoom;
  if (closeUp && article) {
    const [from, to] = closeUp.on.map(y) as [number, number];
    const top = Math.min(Math.max((from + to) / 2 - cLength / 2, start), start + length - cLength);
    const cy = (along: number) => top + along * cLength;
    const left = lanesEnd + 24;
    const cAxis = left + 64;
    const days = closeUp.days[1] - closeUp.days[0];
    const at = closeUp.position(article);
    const labelled = ticksPath(
      closeUp.ticks.map((tick) => n(cy(tick.at))),
      (at) => `M${cAxis} ${at}h-6`,
      (by) => `m6 ${by}h-6`,
    );
    zoom = {
      window: `M${axis - 8} ${n(from)}H${lanesEnd}V${n(to)}H${axis - 8}z`,
      frame: `M${left} ${n(top - 8)}H${width}V${n(top + cLength + 8)}H${left}z`,
      links: `M${lanesEnd} ${n(from)}L${left} ${n(top - 8)}M${lanesEnd} ${n(to)}L${left} ${n(top + cLength + 8)}`,
      axis: `M${cAxis} ${n(top)}V${n(top + cLength)}${labelled}`,
      daily: {
        d: `M${cAxis - 1.5} ${n(top)}v${n(cLength)}`,
        dash: `1 ${(cLength / days - 1).toFixed(2)}`,
      },
      labels: closeUp.ticks.map((tick) => ({
        x: cAxis - 9,
        y: n(cy(tick.at) + 4),
        text: formatShortDate({ precision: 'day', ...tick }, lang),
      })),
      article: onScale(at) ? `M${cAxis - 6} ${n(cy(at))}H${width - 2}` : undefined,
      asOf:
        asOf &&
        dayLine(
          closeUp.position(asOf.day),
          (along) => `M${cAxis - 6} ${n(cy(along))}H${width - 2}`,
        ),
      markers: markShapes(
        closeUp.markers,
        (along, lane) => ({ x: cAxis + 12 + lane * LANE, y: cy(along) }),
        lang,
      ),
    };
  }
  return {
    name: 'narrow',
    width,
    height: length + 2 * start,
    axis: `M${axis} ${start}V${start + length}${ticksPath(
      layout.ticks.map((tick) => n(y(tick.at))),
      (at) => `M${axis - 6} ${at}h6`,
      (by) => `m-6 ${by}h6`,
    )}`,
    months: layout.ticks
      .map((tick, index) => ({
        x: axis - 10,
        y: n(y(monthMiddle(layout.ticks, index)) + 4),
        text: formatShortMonth(tick.year, tick.month, lang),
      }))
      .filter((_, index) => index % every === 0),
    years: layout.ticks
      .map((tick, index) => ({ tick, index }))
      .filter(({ tick, index }) => index === 0 || tick.month === 1)
      .map(({ tick, index }) => ({
        x: 34,
        y: n(y(monthMiddle(layout.ticks, index)) + 4),
        text: String(tick.year),
      })),
    // The line at the article's day, unlabelled here: the legend names it.
    article: articleY
      ? { line: `M${axis - 6} ${n(articleY)}H${lanesEnd}`, x: 0, y: 0, anchor: undefined }
      : undefined,
    // The as-of line, unlabelled here too: the legend says the date.
    asOf: asOfY
      ? { line: `M${axis - 6} ${n(asOfY)}H${lanesEnd}`, x: 0, y: 0, anchor: undefined }
      : undefined,
    markers: markShapes(
      layout.markers,
      (along, lane) => ({ x: axis + 12 + lane * LANE, y: y(along) }),
      lang,
    ),
    zoom,
  };
}

/** A close-up's line at a day's position, if the day falls within the close-up. */
const dayLine = (along: number, path: (along: number) => string) =>
  onScale(along) ? path(along) : undefined;
