/**
 * The timeline as RSS items: newest first, each saying its date as the site shows it and
 * which record it belongs to (the article's events, or beyond the article). An item's
 * `pubDate` is when the event was added to the record, not when it happened, so an event
 * added today that happened long ago reaches a reader as new (`addedOn`): midnight in
 * Korea of the change log's addition that names it, or, for an event the record held
 * before its log began, of the log's first day. Without a log, no item has a `pubDate`.
 */
import {
  compareCalendarDates,
  startOfDayInSeoul,
  type CalendarDate,
  type DayDate,
} from '@/lib/dates';
import { fill, useStrings, type Lang } from '@/i18n/strings';
import { publishers } from '@/lib/sources';
import type { DateKind, EventScope } from '@/lib/vocabulary';

/** What a feed item needs of an event. */
export interface FeedEvent {
  id: string;
  title: string;
  summary: string;
  date: CalendarDate;
  /** What the date is; the item says it in `dateLine`, and is dated by when it was added. */
  dateKind: DateKind;
  /** The date in words (`dateInWords`): what it is, and whether a plan is unconfirmed. */
  dateLine: string;
  record: EventScope;
  /** Who says what the item says. */
  sources: readonly { publisher: string }[];
}

export interface FeedItem {
  title: string;
  /** The event page's absolute URL. */
  link: string;
  /** The date as the site shows it and the record, then the summary. */
  description: string;
  /** The record, in words, as the item's one `<category>`. */
  categories: string[];
  pubDate?: Date;
}

/** What the feed needs of a change of the log: its day, its kind, the events it names. */
export interface FeedChange {
  date: DayDate;
  kind: 'correction' | 'addition';
  events: readonly string[];
}

/**
 * The day each event was added to the record: the first addition of the change log that
 * names it, or else the log's first day (the record as it was when its log began).
 */
export function addedOn(changes: readonly FeedChange[]): (id: string) => DayDate | undefined {
  const byDate = changes.toSorted((a, b) => compareCalendarDates(a.date, b.date));
  const first = logBegan(changes);
  const added = new Map<string, DayDate>();
  for (const change of byDate.filter((c) => c.kind === 'addition')) {
    for (const id of change.events) if (!added.has(id)) added.set(id, change.date);
  }
  return (id) => added.get(id) ?? first;
}

/** The change log's first day: the day an event the record held before any change is dated by. */
export const logBegan = (changes: readonly Pick<FeedChange, 'date'>[]): DayDate | undefined =>
  changes.map((change) => change.date).toSorted(compareCalendarDates)[0];

/** One item per event of `timeline` (oldest first), newest first, each dated by `added`. */
export function feedItems(
  timeline: readonly FeedEvent[],
  lang: Lang,
  link: (id: string) => string,
  added: (id: string) => DayDate | undefined = () => undefined,
): FeedItem[] {
  const t = useStrings(lang);
  return timeline.toReversed().map(({ id, title, summary, dateLine, record, sources }) => {
    const day = added(id);
    return {
      title,
      link: link(id),
      description: `${dateLine} · ${t.records[record]}: ${summary} ${fill(t.record.sourceOf, { sources: publishers(sources) })}`,
      categories: [t.records[record]],
      ...(day ? { pubDate: startOfDayInSeoul(day) } : {}),
    };
  });
}
