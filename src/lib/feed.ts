/**
 * The timeline as RSS items: newest first, each saying its date as the site shows it. Only
 * a day has a `pubDate` (midnight in Korea); a date known only to the month gets none, since
 * any instant would name a day no source gives.
 */
import { formatDateRange, startOfDayInSeoul, type CalendarDate, type DateLanguage } from './dates';

/** What a feed item needs of an event. */
export interface FeedEvent {
  id: string;
  title: string;
  summary: string;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
}

export interface FeedItem {
  title: string;
  /** The event page's absolute URL. */
  link: string;
  /** The date as the site shows it, then the summary. */
  description: string;
  pubDate?: Date;
}

/** One item per event of `timeline` (oldest first), newest first. */
export function feedItems(
  timeline: readonly FeedEvent[],
  lang: DateLanguage,
  link: (id: string) => string,
): FeedItem[] {
  return timeline.toReversed().map(({ id, title, summary, date, endDate }) => ({
    title,
    link: link(id),
    description: `${formatDateRange(date, endDate, lang)}: ${summary}`,
    ...(date.precision === 'day' ? { pubDate: startOfDayInSeoul(date) } : {}),
  }));
}
