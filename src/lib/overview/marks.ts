/**
 * The overview's marks, one an event, in SVG units (about a pixel each): each marker's
 * shape from the one marker geometry (`@/lib/marker`), its name, and the dot and dashed
 * line of a later report's day; and which kinds of mark a figure draws, for its legend.
 * Pure: no Astro.
 */
import type { Lang } from '@/i18n/locales';
import { formatDateRange, type CalendarDate } from '@/lib/dates';
import { barPath, circlePath, diamondPath, markerLook, n, R, type Point } from '@/lib/marker';
import type { EventRecord, EventStatus } from '@/lib/vocabulary';
import type { OverviewMarker } from './layout';

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

/** Whether a position along a scale (0 to 1) falls on it. */
export const onScale = (along: number | undefined): along is number =>
  along !== undefined && along >= 0 && along <= 1;

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
    const { beyond, hollow } = markerLook(item.record, item.status);
    // A report's day outside this view (beyond a close-up's weeks) is not drawn in it.
    const report = onScale(reported) ? xy(reported, lane) : undefined;
    return {
      item,
      classes: [hollow && 'planned', beyond && 'beyond'],
      name: `${item.title}, ${formatDateRange(item.date, item.endDate, lang)}`,
      shape: span ? barPath(a, b, a.y === b.y, beyond) : beyond ? diamondPath(a) : circlePath(a),
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
