/**
 * The timeline as data (`/events.json`): one file with both languages, oldest first, dates
 * at the precision the sources give. The shape is documented in README.md ("Calendar,
 * feeds and data"); `version` changes when a field changes meaning or goes away.
 */

/**
 * 2: `record` says whether an event is one of the article's or beyond it, and `status` is
 * read against it (as of the article, or as the event's own source reports it); in 1 every
 * status was as of the article.
 */
export const EVENTS_JSON_VERSION = 2;
import { hasCalendarDays } from './calendar';
import { toDatetime, type CalendarDate } from './dates';

/** One edition's view of an event: the words in that language, the facts shared. */
export interface DataEvent {
  id: string;
  title: string;
  summary: string;
  kind: string;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  /** What the date stands for, where it is not the day it happened. */
  dateNote?: string | undefined;
  /** `article` or `beyond`: which record the event belongs to. */
  record: string;
  status: string;
  /** The earlier event whose announcement spoke of this one, where a source links them. */
  follows?: { event: { id: string } } | undefined;
  partners: { id: string; name: string }[];
  sources: {
    url: string;
    publisher: string;
    title?: string | undefined;
    date?: CalendarDate | undefined;
  }[];
}

/** The addresses of an event's pages and calendar file, made absolute by the caller. */
export interface DataUrls {
  event: (id: string, lang: 'ko' | 'en') => string;
  /** The Korean calendar file. */
  calendar: (id: string) => string;
}

export interface JsonDate {
  value: string;
  precision: CalendarDate['precision'];
}

const jsonDate = (date: CalendarDate): JsonDate => ({
  value: toDatetime(date),
  precision: date.precision,
});

const bilingual = <T>(ko: T, en: T) => ({ ko, en });

/** The file's contents: `{ version, site, events }`. */
export function eventsJson(
  editions: { ko: readonly DataEvent[]; en: readonly DataEvent[] },
  site: string,
  urls: DataUrls,
) {
  const english = new Map(editions.en.map((event) => [event.id, event]));
  const events = editions.ko.map((event) => {
    const en = english.get(event.id);
    if (!en) throw new Error(`event "${event.id}" has no English edition`);
    const englishName = new Map(en.partners.map((partner) => [partner.id, partner.name]));
    return {
      id: event.id,
      title: bilingual(event.title, en.title),
      summary: bilingual(event.summary, en.summary),
      kind: event.kind,
      date: jsonDate(event.date),
      endDate: event.endDate ? jsonDate(event.endDate) : null,
      dateNote: event.dateNote ? bilingual(event.dateNote, en.dateNote ?? event.dateNote) : null,
      record: event.record,
      status: event.status,
      follows: event.follows?.event.id ?? null,
      partners: event.partners.map(({ id, name }) => {
        const nameEn = englishName.get(id);
        if (!nameEn) throw new Error(`event "${event.id}": partner "${id}" has no English name`);
        return { id, name: bilingual(name, nameEn) };
      }),
      // As the content gives them: a title and a date only where known.
      sources: event.sources.map(({ url, publisher, title, date }) => ({
        url,
        publisher,
        ...(title ? { title } : {}),
        ...(date ? { date: toDatetime(date) } : {}),
      })),
      urls: bilingual(urls.event(event.id, 'ko'), urls.event(event.id, 'en')),
      calendar: hasCalendarDays(event) ? urls.calendar(event.id) : null,
    };
  });
  return { version: EVENTS_JSON_VERSION, site, events };
}
