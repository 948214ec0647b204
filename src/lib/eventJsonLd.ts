/** An event page's JSON-LD: a schema.org `Event`. Pure: no Astro. */
import { toDatetime, type CalendarDate } from './dates';
import { CONTEXT, citation, type JsonLd, type SourceRef } from './jsonLd';
import type { DateKind, EventStatus } from './vocabulary';

/**
 * schema.org has no status for "had happened by the article" or "still planned": both
 * were going ahead as announced (none was cancelled or moved), which is `EventScheduled`.
 */
const EVENT_STATUS: Record<EventStatus, string> = {
  held: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
};

export interface EventJsonLdInput {
  url: string;
  lang: string;
  title: string;
  summary: string;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  /** A date that is only the day it was announced is no start date: it is left out. */
  dateKind: DateKind;
  status: EventStatus;
  /**
   * Which record it belongs to, in words (`기사 밖의 기록`): schema.org has no property for
   * it on an Event, so it leads the description, as it leads the page's meta line.
   */
  record: string;
  place: string | undefined;
  /** Who held it, where the content says so. */
  organizer: string | undefined;
  /** What the date stands for, where it is not the day it happened. */
  dateNote: string | undefined;
  image: string;
  sources: readonly SourceRef[];
}

export function eventJsonLd(event: EventJsonLdInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': event.url,
    url: event.url,
    name: event.title,
    description: `${event.record} · ${event.summary}${event.dateNote ? ` (${event.dateNote})` : ''}`,
    inLanguage: event.lang,
    ...(event.dateKind !== 'announced'
      ? {
          startDate: toDatetime(event.date),
          ...(event.endDate ? { endDate: toDatetime(event.endDate) } : {}),
        }
      : {}),
    eventStatus: EVENT_STATUS[event.status],
    ...(event.place ? { location: { '@type': 'Place', name: event.place } } : {}),
    ...(event.organizer ? { organizer: { '@type': 'Organization', name: event.organizer } } : {}),
    image: event.image,
    citation: citation(event.sources),
  };
}
