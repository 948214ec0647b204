/**
 * The overview drawn: where every mark, tick and label of the time-scaled overview goes,
 * in SVG units (about a pixel each), for the two ways it is shown. Across a wide screen
 * the axis runs left to right, with a close-up of the weeks crowded around the article
 * under it; down a narrow one it runs top to bottom, the close-up beside it, 328 units
 * wide so that it fits a 360 px phone. The component (`Overview.astro`) only renders
 * this. Pure: no Astro.
 */
import type { Lang } from '@/i18n/locales';
import { formatDateRange, formatShortDate, formatShortMonth, type CalendarDate } from './dates';
import { layoutCloseUp } from './closeUp';
import { labelEvery, layoutOverview, type OverviewMarker } from './overview';
import type { EventRecord, EventStatus } from './vocabulary';

/** What the overview needs of an event. */
export interface FigureEvent {
  id: string;
  title: string;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
  record: EventRecord;
  status: EventStatus;
  /** The day a later report gives for a planned event: a second mark. */
  reported?: CalendarDate | undefined;
}

/** A circle's radius, a diamond's half-diagonal, a bar's half-thickness; lane widths. */
const R = 6;
const LANE = 16;
/** Coordinates to the unit (a unit is about a pixel): enough for the eye, short in the HTML. */
const n = (value: number) => Math.round(value);
export type Point = { x: number; y: number };

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
 * Both views of the overview of `events`, with the article's day (if given) as a line and
 * the weeks crowded around it as a close-up. Names and labels are in `lang`.
 */
export function overviewFigure(
  events: readonly FigureEvent[],
  article: CalendarDate | undefined,
  lang: Lang,
) {
  /** Each marker's shapes, given where a position along the axis and a lane fall. */
  function shapes(
    markers: OverviewMarker<FigureEvent>[],
    xy: (along: number, lane: number) => Point,
  ) {
    return markers.map(({ item, from, to, span, lane, reported }) => {
      const a = xy(from, lane);
      const b = xy(to, lane);
      const beyond = item.record === 'beyond';
      // A report's day outside this view (beyond a close-up's weeks) is not drawn in it.
      const report =
        reported !== undefined && reported >= 0 && reported <= 1 ? xy(reported, lane) : undefined;
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

  /** Across a wide screen: left to right, the lanes above the axis, the close-up below. */
  function wide() {
    const width = 672;
    const start = 10;
    const length = width - 2 * start;
    const layout = layoutOverview(events, (2 * R + 4) / length);
    const axis = 30 + layout.lanes * LANE;
    const x = (along: number) => start + along * length;
    const laneY = (base: number) => (lane: number) => base - 12 - lane * LANE;
    const articleAt = article && layout.position(article);
    const articleX = articleAt !== undefined && articleAt >= 0 && articleAt <= 1 && x(articleAt);
    let height = axis + 42;
    const closeUp = article && layoutCloseUp(events, article, (2 * R + 4) / length);
    let zoom;
    if (closeUp) {
      const top = height + 24;
      const cAxis = top + 14 + closeUp.lanes * LANE;
      const cx = (along: number) => start + along * length;
      const [from, to] = closeUp.on.map(x) as [number, number];
      const days = closeUp.days[1] - closeUp.days[0];
      const at = closeUp.position(article);
      const labelled = closeUp.ticks.map((tick) => `M${n(cx(tick.at))} ${cAxis}v6`);
      zoom = {
        window: `M${n(from)} 18H${n(to)}V${height}H${n(from)}z`,
        frame: `M${start} ${top}H${start + length}V${cAxis + 28}H${start}z`,
        links: `M${n(from)} ${height}L${start} ${top}M${n(to)} ${height}L${start + length} ${top}`,
        axis: [`M${start} ${cAxis}H${start + length}`, ...labelled].join(''),
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
        article: at >= 0 && at <= 1 ? `M${n(cx(at))} ${top + 4}V${cAxis}` : undefined,
        markers: shapes(closeUp.markers, (along, lane) => ({
          x: cx(along),
          y: laneY(cAxis)(lane),
        })),
      };
      height = cAxis + 30;
    }
    return {
      name: 'wide',
      width,
      height,
      axis: `M${start} ${axis}H${start + length}${layout.ticks
        .map((tick) => `M${n(x(tick.at))} ${axis}v6`)
        .join('')}`,
      // On a long record, every other month (or fewer) is named, so names never touch.
      months: layout.ticks
        .map((tick, index) => ({
          x: n(x((tick.at + (layout.ticks[index + 1]?.at ?? 1)) / 2)),
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
            anchor: articleX < 80 ? 'start' : articleX > width - 80 ? 'end' : 'middle',
          }
        : undefined,
      markers: shapes(layout.markers, (along, lane) => ({ x: x(along), y: laneY(axis)(lane) })),
      zoom,
    };
  }

  /**
   * Down a narrow screen: top to bottom, month labels left of the axis, lanes right of it,
   * and the close-up beside them, on an axis of its own.
   */
  function narrow() {
    const width = 328;
    const month = 34;
    const start = 12;
    const axis = 72;
    // Each month gets the same room, so the length (and the gap between marks, as a
    // fraction of it) follows from how many months there are.
    const months = Math.max(layoutOverview(events, 1).ticks.length, 1);
    const length = month * months;
    const layout = layoutOverview(events, (2 * R + 4) / length);
    const lanesEnd = axis + 12 + (layout.lanes - 1) * LANE + R + 4;
    const y = (along: number) => start + along * length;
    const articleAt = article && layout.position(article);
    const articleY = articleAt !== undefined && articleAt >= 0 && articleAt <= 1 && y(articleAt);
    /** The close-up gives each day 12 units, and no more room than the whole has. */
    const daysOf = (gap: number) => article && layoutCloseUp(events, article, gap);
    const first = daysOf(0.05);
    const cLength = first ? Math.min(length, 12 * (first.days[1] - first.days[0])) : 0;
    const closeUp = first && daysOf((2 * R + 4) / cLength);
    let zoom;
    if (closeUp && article) {
      const [from, to] = closeUp.on.map(y) as [number, number];
      const top = Math.min(
        Math.max((from + to) / 2 - cLength / 2, start),
        start + length - cLength,
      );
      const cy = (along: number) => top + along * cLength;
      const left = lanesEnd + 24;
      const cAxis = left + 64;
      const days = closeUp.days[1] - closeUp.days[0];
      const at = closeUp.position(article);
      const labelled = closeUp.ticks.map((tick) => `M${cAxis} ${n(cy(tick.at))}h-6`);
      zoom = {
        window: `M${axis - 8} ${n(from)}H${lanesEnd}V${n(to)}H${axis - 8}z`,
        frame: `M${left} ${n(top - 8)}H${width}V${n(top + cLength + 8)}H${left}z`,
        links: `M${lanesEnd} ${n(from)}L${left} ${n(top - 8)}M${lanesEnd} ${n(to)}L${left} ${n(top + cLength + 8)}`,
        axis: [`M${cAxis} ${n(top)}V${n(top + cLength)}`, ...labelled].join(''),
        daily: {
          d: `M${cAxis - 1.5} ${n(top)}v${n(cLength)}`,
          dash: `1 ${(cLength / days - 1).toFixed(2)}`,
        },
        labels: closeUp.ticks.map((tick) => ({
          x: cAxis - 9,
          y: n(cy(tick.at) + 4),
          text: formatShortDate({ precision: 'day', ...tick }, lang),
        })),
        article: at >= 0 && at <= 1 ? `M${cAxis - 6} ${n(cy(at))}H${width - 2}` : undefined,
        markers: shapes(closeUp.markers, (along, lane) => ({
          x: cAxis + 12 + lane * LANE,
          y: cy(along),
        })),
      };
    }
    return {
      name: 'narrow',
      width,
      height: length + 2 * start,
      axis: `M${axis} ${start}V${start + length}${layout.ticks
        .map((tick) => `M${axis - 6} ${n(y(tick.at))}h6`)
        .join('')}`,
      months: layout.ticks.map((tick, index) => ({
        x: axis - 10,
        y: n(y((tick.at + (layout.ticks[index + 1]?.at ?? 1)) / 2) + 4),
        text: formatShortMonth(tick.year, tick.month, lang),
      })),
      years: layout.ticks
        .map((tick, index) => ({ tick, index }))
        .filter(({ tick, index }) => index === 0 || tick.month === 1)
        .map(({ tick, index }) => ({
          x: 34,
          y: n(y((tick.at + (layout.ticks[index + 1]?.at ?? 1)) / 2) + 4),
          text: String(tick.year),
        })),
      // The line at the article's day, unlabelled here: the legend names it.
      article: articleY
        ? { line: `M${axis - 6} ${n(articleY)}H${lanesEnd}`, x: 0, y: 0, anchor: undefined }
        : undefined,
      markers: shapes(layout.markers, (along, lane) => ({
        x: axis + 12 + lane * LANE,
        y: y(along),
      })),
      zoom,
    };
  }

  return events.length > 0 ? [wide(), narrow()] : [];
}

/** Which kinds of mark a figure of `events` draws, so that its legend names only those. */
export function marksDrawn(events: readonly FigureEvent[], articleLine: boolean) {
  const article = events.filter((event) => event.record === 'article');
  return {
    held: article.some((event) => event.status === 'held'),
    planned: article.some((event) => event.status === 'planned' && !event.reported),
    reported: article.some((event) => event.reported),
    beyond: events.some((event) => event.record === 'beyond'),
    article: articleLine,
  };
}

export type OverviewView = ReturnType<typeof overviewFigure>[number];
