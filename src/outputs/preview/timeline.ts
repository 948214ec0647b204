/**
 * The overview on the home page's link-preview card: the record's events as markers on a
 * time axis with month ticks and the article's day, so a shared link shows the shape of
 * the story. Laid out with the page's own overview (`overview/layout.ts`); drawn
 * by `card.ts`. Pure: no Astro.
 */
import {
  formatShortDate,
  formatShortMonth,
  type CalendarDate,
  type DateLanguage,
} from '@/lib/dates';
import { labelEvery, layoutOverview, type OverviewItem } from '@/lib/overview/layout';
import { CARD_SCALE, ROOM } from '@/lib/marker';
import type { EventScope, EventStatus } from '@/lib/vocabulary';

/** What the card draws, as fractions of the axis (0 to 1) and lanes. */
export interface PreviewTimeline {
  ticks: { at: number; month: string; year: string | undefined }[];
  markers: {
    from: number;
    to: number;
    lane: number;
    span: boolean;
    beyond: boolean;
    planned: boolean;
    reported: number | undefined;
  }[];
  lanes: number;
  /** The article's day and what it is called beside its line. */
  article: { at: number; label: string } | undefined;
}

export interface PreviewTimelineEvent extends OverviewItem {
  record: EventScope;
  status: EventStatus;
}

/** Room each side of the axis, so a marker at either end stays inside the box. */
export const INSET = 16;
/**
 * At most this many lanes, so that a crowded record (two dozen events in a week) leaves
 * the card room for its title: markers past the last lane are drawn in it, over others.
 */
export const MAX_LANES = 4;

/**
 * The overview of `events` for a box `width` pixels wide, with the article's day
 * labelled by `article.label` (given the day's short form).
 */
export function previewTimeline(
  events: readonly PreviewTimelineEvent[],
  width: number,
  lang: DateLanguage,
  article?: { date: CalendarDate; label: (date: string) => string },
): PreviewTimeline {
  const length = width - 2 * INSET;
  const layout = layoutOverview(events, (ROOM * CARD_SCALE) / length);
  const at = article && layout.position(article.date);
  // Month names 22 px high need about 60 px each: on a long record, every other one or fewer.
  const every = labelEvery(layout.ticks.length, length, 60);
  return {
    ticks: layout.ticks.map((tick, index) => ({
      at: tick.at,
      month: index % every === 0 ? formatShortMonth(tick.year, tick.month, lang) : '',
      year: index === 0 || tick.month === 1 ? String(tick.year) : undefined,
    })),
    markers: layout.markers.map(({ item, from, to, lane, span, reported }) => ({
      from,
      to,
      lane: Math.min(lane, MAX_LANES - 1),
      span,
      beyond: item.record === 'beyond',
      planned: item.status === 'planned',
      reported,
    })),
    lanes: Math.min(layout.lanes, MAX_LANES),
    article:
      article && at !== undefined && at >= 0 && at <= 1
        ? { at, label: article.label(formatShortDate(article.date, lang)) }
        : undefined,
  };
}
