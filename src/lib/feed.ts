/**
 * The timeline as RSS items: newest first, each saying its date as the site shows it and
 * which record it belongs to (the article's events, or beyond the article). Only a day on
 * which the event happened has a `pubDate` (midnight in Korea); a date known only to the
 * month gets none, since any instant would name a day no source gives, and neither does a
 * date that is only the day the event was announced (it is said to be that).
 */
import { startOfDayInSeoul, type CalendarDate } from './dates';
import { fill, useStrings, type Lang } from '@/i18n/strings';
import { publishers } from './sources';
import { isOwnDay, type DateKind, type EventRecord } from './vocabulary';

/** What a feed item needs of an event. */
export interface FeedEvent {
  id: string;
  title: string;
  summary: string;
  date: CalendarDate;
  /** A date that is only the day it was announced (or expected) is no publication day. */
  dateKind: DateKind;
  /** The date in words (`dateInWords`): what it is, and whether a plan is unconfirmed. */
  dateLine: string;
  record: EventRecord;
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

/** One item per event of `timeline` (oldest first), newest first. */
export function feedItems(
  timeline: readonly FeedEvent[],
  lang: Lang,
  link: (id: string) => string,
): FeedItem[] {
  const t = useStrings(lang);
  return timeline
    .toReversed()
    .map(({ id, title, summary, date, dateKind, dateLine, record, sources }) => {
      const onItsDay = isOwnDay(dateKind);
      return {
        title,
        link: link(id),
        description: `${dateLine} · ${t.records[record]}: ${summary} ${fill(t.record.sourceOf, { sources: publishers(sources) })}`,
        categories: [t.records[record]],
        ...(onItsDay && date.precision === 'day' ? { pubDate: startOfDayInSeoul(date) } : {}),
      };
    });
}
