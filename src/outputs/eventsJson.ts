/**
 * The timeline as data (`/events.json`): one file with every language, oldest first, dates
 * at the precision the sources give. The shape is documented in docs/data.md ("Calendar,
 * feeds and data"); `version` changes when a field changes meaning or goes away.
 */

/**
 * 2: `record` says whether an event is one of the article's or beyond it, and `status` is
 * read against it (as of the article, or as the event's own source reports it); in 1 every
 * status was as of the article.
 * 3: `dateKind` says what every date is: `happened`, `planned` (a plan of the article's),
 * `stated` (the day a plan was stated) or `announced`; in 2 a planned day read `happened`.
 * `asOf` is the day the record speaks as of.
 * 4: `dateKind` may be `expected` (the day a report said what industry sources expected,
 * nobody's stated plan); `dateInWords` says every date as the pages do, per language, and
 * `unconfirmedPlan` marks a plan of the article that no report confirms as held.
 */
export const EVENTS_JSON_VERSION = 5;
import { hasCalendarDays } from './calendar';
import { fillAsOf, toDatetime, type CalendarDate } from '@/lib/dates';
import type { EventModel, Model, SourceModel } from '@/data/model';
import { defaultLang, type Lang } from '@/i18n/locales';
import { dateInWords, unconfirmedPlan } from '@/lib/eventStatus';

/**
 * An event as the file gives it: the model's facts (`src/data/model.ts`), its words in every
 * language (`{ ko: …, en: … }`), and of each source what a reader needs to find it.
 */
export type DataEvent<L extends string> = Pick<
  EventModel,
  'id' | 'kind' | 'date' | 'endDate' | 'record' | 'status'
> &
  Partial<Pick<EventModel, 'dateKind'>> & {
    title: Record<L, string>;
    summary: Record<L, string>;
    dateNote: Record<L, string> | undefined;
    /** The date as the pages say it (`dateInWords`): what it is, and whether a plan is unconfirmed. */
    dateInWords: Record<L, string>;
    /** A plan of the article that no report confirms as held, as of the record's date (`unconfirmedPlan`). */
    unconfirmedPlan: boolean;
    follows: { event: string }[];
    partners: { id: string; name: Record<L, string> }[];
    /** The publisher as readers of the default language name it. */
    sources: (Pick<SourceModel, 'url' | 'title' | 'date'> & { publisher: string })[];
    /** What later reports say became of it (`/events.csv` gives how many, and where). */
    outcomes?: readonly { source: Pick<SourceModel, 'url'> }[];
  };

/** The addresses of an event's pages and calendar file, made absolute by the caller. */
export interface DataUrls<L extends string> {
  event: (id: string, lang: L) => string;
  /** The default language's calendar file. */
  calendar: (id: string) => string;
}

export interface JsonDate {
  value: string;
  precision: CalendarDate['precision'];
}

export const jsonDate = (date: CalendarDate): JsonDate => ({
  value: toDatetime(date),
  precision: date.precision,
});

/** A source as the data files give it: its address and publisher, its title and date where known. */
export const jsonSource = ({
  url,
  publisher,
  title,
  date,
}: Pick<SourceModel, 'url' | 'title' | 'date'> & { publisher: string }) => ({
  url,
  publisher,
  ...(title ? { title } : {}),
  ...(date ? { date: toDatetime(date) } : {}),
});

/** The file's contents: `{ version, site, asOf, events }`, events in the order given (oldest first). */
export function eventsJson<L extends string>(
  events: readonly DataEvent<L>[],
  languages: readonly L[],
  site: string,
  urls: DataUrls<L>,
  asOf: CalendarDate,
) {
  return {
    version: EVENTS_JSON_VERSION,
    site,
    asOf: toDatetime(asOf),
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      summary: event.summary,
      kind: event.kind,
      date: jsonDate(event.date),
      endDate: event.endDate ? jsonDate(event.endDate) : null,
      dateKind: event.dateKind ?? 'happened',
      dateInWords: event.dateInWords,
      unconfirmedPlan: event.unconfirmedPlan,
      dateNote: event.dateNote ?? null,
      record: event.record,
      status: event.status,
      follows: event.follows.map((link) => link.event),
      partners: event.partners,
      // As the content gives them: a title and a date only where known.
      sources: event.sources.map(jsonSource),
      urls: Object.fromEntries(languages.map((lang) => [lang, urls.event(event.id, lang)])),
      calendar: hasCalendarDays(event) ? urls.calendar(event.id) : null,
    })),
  };
}

/**
 * The model's events as the data files give them (`/events.json`, `/events.csv`): each
 * partner with its name in every language, each source's publisher as the default language
 * names it; every date in words, in every language; the record's date filled in where the
 * words say as of when (`{asOf}`), as the pages fill it.
 */
export function dataEvents<L extends Lang>(
  { timeline, partners, asOf }: Pick<Model, 'timeline' | 'partners' | 'asOf'>,
  languages: readonly L[],
) {
  const partnerNames = new Map(partners.map((partner) => [partner.id, partner.name]));
  const inEach = (words: (lang: L) => string) =>
    Object.fromEntries(languages.map((lang) => [lang, words(lang)])) as Record<L, string>;
  const dated = (words: Record<L, string>) => inEach((lang) => fillAsOf(words[lang], asOf, lang));
  return timeline.map((event) => ({
    ...event,
    summary: dated(event.summary),
    dateNote: event.dateNote && dated(event.dateNote),
    dateInWords: inEach((lang) => dateInWords(lang, event, asOf)),
    unconfirmedPlan: unconfirmedPlan(event),
    partners: event.partners.map((id) => ({ id, name: partnerNames.get(id)! })),
    sources: event.sources.map((source) => ({
      ...source,
      publisher: source.publisher[defaultLang],
    })),
  }));
}
