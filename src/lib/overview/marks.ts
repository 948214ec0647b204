/**
 * The overview's marks, one an event, in SVG units (about a pixel each): each marker's
 * shape from the one marker geometry (`@/lib/marker`), its name (saying what its date is,
 * when it is only a month, and when a plan is past its date), and the dot and dashed line of a later
 * report's day; and which kinds of mark a figure draws, for its legend. Pure: no Astro.
 */
import type { Lang } from '@/i18n/locales';
import { fill, useStrings } from '@/i18n/strings';
import { formatDateRange, type CalendarDate } from '@/lib/dates';
import {
  barPath,
  circlePath,
  diamondPath,
  markerLook,
  monthBrackets,
  n,
  R,
  type Point,
} from '@/lib/marker';
import type { DateKind, EventScope, EventStatus } from '@/lib/vocabulary';
import type { OverviewMarker } from './layout';

/** What the overview needs of an event. */
export interface FigureEvent {
  id: string;
  title: string;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
  record: EventScope;
  status: EventStatus;
  /**
   * The date as it must be said where it stands alone (`dateInWords`): what it is (planned
   * for, announced, …) and whether a plan is unconfirmed. A date that simply happened, known
   * to the month, is said "some time in" that month instead.
   */
  dateLine: string;
  /** Whether the date is the day it happened (then the name says only the date). */
  dateKind: DateKind;
  /** The day a later report gives for a planned event: a second mark. */
  reported?: CalendarDate | undefined;
  /** A plan past its date as of the record's date, with no report (`pastItsDate`). */
  pastItsDate?: boolean | undefined;
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
  const t = useStrings(lang).overview;
  /** Words that follow a comma in a name, as a list goes on: "…, announced August 28, 2025". */
  const inList = (words: string) => words.charAt(0).toLocaleLowerCase(lang) + words.slice(1);
  const past = inList(useStrings(lang).ledgerStatus['past-its-date']);
  return markers.map(({ item, from, to, span, month, lane, reported }) => {
    const a = xy(from, lane);
    const b = xy(to, lane);
    const { beyond, hollow } = markerLook(item.record, item.status);
    // A report's day outside this view (beyond a close-up's weeks) is not drawn in it.
    const report = onScale(reported) ? xy(reported, lane) : undefined;
    const date = formatDateRange(item.date, item.endDate, lang);
    const bar = span && barPath(a, b, a.y === b.y, beyond);
    return {
      item,
      classes: [hollow && 'planned', beyond && 'beyond', item.pastItsDate === true && 'past'],
      name: [
        item.title,
        item.dateKind !== 'happened'
          ? inList(item.dateLine)
          : item.date.precision === 'month'
            ? fill(t.month, { date })
            : date,
        ...(item.pastItsDate ? [past] : []),
      ].join(', '),
      shape: bar
        ? month
          ? bar + monthBrackets(a, b, a.y === b.y, beyond)
          : bar
        : beyond
          ? diamondPath(a)
          : circlePath(a),
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

/**
 * Which kinds of mark a figure of `events` draws, so that its legend names only those:
 * `article` and `asOf` say whether the figure draws those lines.
 */
export function marksDrawn(
  events: readonly FigureEvent[],
  { article: articleLine, asOf }: { article: boolean; asOf: boolean },
) {
  const article = events.filter((event) => event.record === 'article');
  return {
    held: article.some((event) => event.status === 'held'),
    planned: article.some(
      (event) => event.status === 'planned' && !event.reported && !event.pastItsDate,
    ),
    reported: article.some((event) => event.reported),
    beyond: events.some((event) => event.record === 'beyond'),
    /** A plan past its date: drawn as the article's (a circle) if any of its plans is. */
    past: events.some((event) => event.pastItsDate) && {
      circle: article.some((event) => event.pastItsDate),
    },
    month: events.some((event) => event.date.precision === 'month' && !event.endDate),
    article: articleLine,
    asOf,
  };
}
