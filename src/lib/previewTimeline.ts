/**
 * The overview on the home page's link-preview card: the record's events as markers on a
 * time axis with month ticks and the article's day, so a shared link shows the shape of
 * the story. Laid out with the page's own overview (`overview.ts`) and drawn as boxes for
 * Satori (absolutely placed, no SVG), in the card's colours. Pure: no Astro.
 */
import { formatShortDate, formatShortMonth, type CalendarDate, type DateLanguage } from './dates';
import { labelEvery, layoutOverview, type OverviewItem } from './overview';
import type { EventRecord, EventStatus } from './vocabulary';

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
  record: EventRecord;
  status: EventStatus;
}

/** Room each side of the axis, so a marker at either end stays inside the box. */
const INSET = 16;
const R = 10;
const LANE = 26;

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
  const layout = layoutOverview(events, (2 * R + 6) / length);
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
      lane,
      span,
      beyond: item.record === 'beyond',
      planned: item.status === 'planned',
      reported,
    })),
    lanes: layout.lanes,
    article:
      article && at !== undefined && at >= 0 && at <= 1
        ? { at, label: article.label(formatShortDate(article.date, lang)) }
        : undefined,
  };
}

/** Every character the timeline writes, for the font subset. */
export function timelineCharacters(timeline: PreviewTimeline | undefined): string {
  if (!timeline) return '';
  return [
    ...timeline.ticks.flatMap((tick) => [tick.month, tick.year ?? '']),
    timeline.article?.label ?? '',
  ].join('');
}

type Element = { type: string; props: Record<string, unknown> };
const at = (style: Record<string, unknown>, text?: string): Element => ({
  type: 'div',
  props: {
    style: { position: 'absolute', display: 'flex', lineHeight: 1.2, ...style },
    children: text,
  },
});

export interface TimelineColors {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  beyond: string;
}

/** The timeline as one box `width` wide, its height from its lanes. */
export function drawTimeline(
  timeline: PreviewTimeline,
  width: number,
  colors: TimelineColors,
): Element {
  const length = width - 2 * INSET;
  const x = (along: number) => INSET + along * length;
  const top = 34;
  const axis = top + 8 + timeline.lanes * LANE;
  const laneY = (lane: number) => axis - 8 - LANE / 2 - lane * LANE;
  const children: Element[] = [];

  if (timeline.article) {
    const ax = x(timeline.article.at);
    // The label centred over its line, or against the box's edge when the line is near it.
    const label = 240;
    const left = Math.min(Math.max(ax - label / 2, 0), width - label);
    const justifyContent =
      left === 0 ? 'flex-start' : left === width - label ? 'flex-end' : 'center';
    children.push(
      at({
        left: ax - 1,
        top: top - 6,
        height: axis - top + 6,
        borderLeft: `2px dashed ${colors.text}`,
      }),
      at(
        {
          left,
          top: 0,
          width: label,
          justifyContent,
          fontSize: 22,
          fontWeight: 700,
          color: colors.text,
        },
        timeline.article.label,
      ),
    );
  }
  children.push(
    at({ left: INSET, top: axis - 1, width: length, height: 3, background: colors.muted }),
  );
  timeline.ticks.forEach((tick, index) => {
    const next = timeline.ticks[index + 1]?.at ?? 1;
    children.push(
      at({ left: x(tick.at) - 1, top: axis, width: 3, height: 12, background: colors.muted }),
      at(
        {
          left: Math.min(Math.max(x((tick.at + next) / 2) - 40, 0), width - 80),
          top: axis + 16,
          width: 80,
          justifyContent: 'center',
          fontSize: 22,
          color: colors.muted,
        },
        tick.month,
      ),
    );
    if (tick.year) {
      children.push(
        at(
          {
            left: Math.min(x(tick.at), width - 64),
            top: axis + 44,
            fontSize: 22,
            fontWeight: 700,
            color: colors.text,
          },
          tick.year,
        ),
      );
    }
  });
  for (const marker of timeline.markers) {
    const color = marker.beyond ? colors.beyond : colors.accent;
    const fill = marker.planned ? colors.bg : color;
    const y = laneY(marker.lane);
    const left = x(marker.from);
    if (marker.reported !== undefined) {
      const rx = x(marker.reported);
      const end = marker.span ? x(marker.to) : left;
      if (rx > end + R) {
        children.push(
          at({ left: end, top: y - 1, width: rx - end, borderTop: `3px dashed ${color}` }),
        );
      }
    }
    children.push(
      marker.span
        ? at({
            left,
            top: y - R + 2,
            width: Math.max(x(marker.to) - left, 2 * R),
            height: 2 * R - 4,
            borderRadius: marker.beyond ? 2 : 999,
            border: `3px solid ${color}`,
            background: fill,
          })
        : marker.beyond
          ? at({
              left: left - R + 1,
              top: y - R + 1,
              width: 2 * R - 2,
              height: 2 * R - 2,
              borderRadius: 2,
              border: `3px solid ${color}`,
              background: fill,
              transform: 'rotate(45deg)',
            })
          : at({
              left: left - R,
              top: y - R,
              width: 2 * R,
              height: 2 * R,
              borderRadius: 999,
              border: `3px solid ${color}`,
              background: fill,
            }),
    );
    if (marker.reported !== undefined) {
      children.push(
        at({
          left: x(marker.reported) - 4,
          top: y - 4,
          width: 8,
          height: 8,
          borderRadius: 4,
          background: color,
        }),
      );
    }
  }
  return {
    type: 'div',
    props: {
      style: { position: 'relative', display: 'flex', width, height: axis + 72, flexShrink: 0 },
      children,
    },
  };
}
