/**
 * The site's content as one language-neutral model, built once per build: references
 * resolved, quotes checked against their sources' passages, the timeline sorted and split
 * into pages once. Words are `Localized` (one per language); every output (pages, feeds,
 * calendars, `events.json`, preview images, JSON-LD) reads this same model.
 */
import type { CollectionEntry } from 'astro:content';
import { defaultLang, languages, type Lang } from '@/i18n/locales';
import { compareCalendarDates, type CalendarDate } from '@/lib/dates';
import { reportedFollowUp } from '@/lib/records';
import { SOURCE_TIMINGS, sourceTiming, type SourceTiming } from '@/lib/sources';
import { EVENTS_PER_PAGE, pageTimeline, sortTimeline, type PagedTimeline } from '@/lib/timeline';
import type { DateKind, EventKind, EventRecord, EventStatus } from '@/lib/vocabulary';
import { fileOf, resolve, type Collections, type Entry, type Translations } from './collections';
import { eventLinks, quotedVerbatim } from './checks';

/** One value per language of the site. */
export type Localized<T> = Record<Lang, T>;
export type Confidence = CollectionEntry<'sources'>['data']['confidence'];
/** An entry whose MDX body, rendered, is a page's text in its language. */
export type Body = CollectionEntry<
  | 'events'
  | 'partners'
  | 'quotes'
  | 'eventTranslations'
  | 'partnerTranslations'
  | 'quoteTranslations'
>;

export interface SourceModel {
  id: string;
  url: string;
  /** The language it is written in. */
  lang: string;
  publisher: Localized<string>;
  author: string | undefined;
  title: string | undefined;
  date: CalendarDate | undefined;
  confidence: Confidence;
  confidenceNote: Localized<string> | undefined;
  timing: SourceTiming;
}

export interface OutcomeModel {
  key: string;
  date: CalendarDate;
  text: Localized<string>;
  source: SourceModel;
  confidence: Confidence;
}

export interface EventModel {
  id: string;
  order: number;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  dateKind: DateKind;
  kind: EventKind;
  record: EventRecord;
  status: EventStatus;
  organizer: string | undefined;
  title: Localized<string>;
  summary: Localized<string>;
  dateNote: Localized<string> | undefined;
  dateSource: SourceModel;
  place: { name: Localized<string>; source: SourceModel } | undefined;
  outcomes: OutcomeModel[];
  /** For a planned event of the article, the outcome that reports how it turned out. */
  followUp: OutcomeModel | undefined;
  /** The earlier event whose announcement spoke of this one, with the source linking them. */
  follows: { event: string; source: SourceModel } | undefined;
  /** Partner ids. */
  partners: string[];
  sources: SourceModel[];
  body: Localized<Body>;
}

export interface PartnerModel {
  id: string;
  name: Localized<string>;
  summary: Localized<string>;
  sources: SourceModel[];
  body: Localized<Body>;
}

export interface QuoteModel {
  id: string;
  /** The words as the source prints them, whatever the page's language. */
  text: string;
  /** The words in each language other than the source's (none in the default language). */
  translation: Localized<string | undefined>;
  speaker: Localized<string>;
  role: Localized<string>;
  topic: Localized<string>;
  sources: SourceModel[];
  body: Localized<Body>;
  event: string;
  about: string[];
}

export interface Model {
  /** Every event, oldest first. */
  timeline: EventModel[];
  /** The home page's events and the per-year pages: split once, for every language. */
  pages: PagedTimeline<EventModel>;
  partners: PartnerModel[];
  quotes: QuoteModel[];
  /** The primary source first, then reports oldest first, undated ones last. */
  sources: SourceModel[];
  primarySource: SourceModel;
}

/** A value per language: the entry's own words in the default language, a translation's in the others. */
function localize<E, T, V>(
  entry: E & Entry,
  words: Translations<T>,
  own: (entry: E) => V,
  translated: (words: T) => V,
): Localized<V> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      lang === defaultLang ? own(entry) : translated(words.get(lang)!.get(entry.id)!),
    ]),
  ) as Localized<V>;
}

const byOrder = (
  a: { data: { order: number }; id: string },
  b: { data: { order: number }; id: string },
) => a.data.order - b.data.order || a.id.localeCompare(b.id);

/** Builds the model from the checked collections. */
export function buildModel({
  sources,
  events,
  partners,
  quotes,
  words,
  primary,
}: Collections): Model {
  const sourceModels = new Map(
    sources.map((entry): [string, SourceModel] => {
      const { url, lang, author, title, date, confidence, confidenceNote } = entry.data;
      return [
        entry.id,
        {
          id: entry.id,
          url,
          lang,
          publisher: localize(
            entry,
            words.sources,
            (e) => e.data.publisher,
            (w) => w.data.publisher,
          ),
          author,
          title,
          date,
          confidence,
          confidenceNote:
            confidenceNote === undefined
              ? undefined
              : localize(
                  entry,
                  words.sources,
                  () => confidenceNote,
                  (w) => w.data.confidenceNote!,
                ),
          timing: sourceTiming(entry.data, primary.data.date!),
        },
      ];
    }),
  );
  const source = (id: string, from: Entry, field: string) =>
    resolve(sourceModels, id, from, field, 'sources');
  const sourcesOf = (entry: Entry & { data: { sources: { id: string }[] } }) =>
    entry.data.sources.map((ref, i) => source(ref.id, entry, `sources[${i}]`));
  const eventIds = new Map(events.map((entry) => [entry.id, entry]));
  const partnerIds = new Map(partners.map((entry) => [entry.id, entry]));
  const links = eventLinks(events, eventIds);

  const eventModels = events.map((entry): EventModel => {
    const { data } = entry;
    const text = (
      get: (w: CollectionEntry<'eventTranslations'>['data']) => string | undefined,
      own: string,
    ) =>
      localize(
        entry,
        words.events,
        () => own,
        (w) => get(w.data)!,
      );
    const outcomes = data.outcomes.map((outcome, i): OutcomeModel => ({
      ...outcome,
      text: text((w) => w.outcomes[outcome.key], outcome.text),
      source: source(outcome.source.id, entry, `outcomes[${i}].source`),
    }));
    const follows = links.get(entry.id);
    return {
      id: entry.id,
      order: data.order,
      date: data.date,
      endDate: data.endDate,
      dateKind: data.dateKind,
      kind: data.kind,
      record: data.record,
      status: data.status,
      organizer: data.organizer,
      title: text((w) => w.title, data.title),
      summary: text((w) => w.summary, data.summary),
      dateNote: data.dateNote === undefined ? undefined : text((w) => w.dateNote, data.dateNote),
      dateSource: source(data.dateSource.id, entry, 'dateSource'),
      place: data.place && {
        name: text((w) => w.place, data.place.name),
        source: source(data.place.source.id, entry, 'place.source'),
      },
      outcomes,
      followUp: reportedFollowUp(data, outcomes),
      follows: follows && {
        event: follows.event,
        source: source(follows.source, entry, 'follows.source'),
      },
      partners: data.partners.map(
        (ref, i) => resolve(partnerIds, ref.id, entry, `partners[${i}]`, 'partners').id,
      ),
      sources: sourcesOf(entry),
      body: localize(
        entry,
        words.events,
        (e) => e as Body,
        (w) => w,
      ),
    };
  });
  const timeline = sortTimeline(eventModels);

  const partnerModels = partners.toSorted(byOrder).map((entry): PartnerModel => ({
    id: entry.id,
    name: localize(
      entry,
      words.partners,
      (e) => e.data.name,
      (w) => w.data.name,
    ),
    summary: localize(
      entry,
      words.partners,
      (e) => e.data.summary,
      (w) => w.data.summary,
    ),
    sources: sourcesOf(entry),
    body: localize(
      entry,
      words.partners,
      (e) => e as Body,
      (w) => w,
    ),
  }));

  const quoteModels = quotes.toSorted(byOrder).map((entry): QuoteModel => {
    quotedVerbatim(entry, sources);
    const field = (key: 'speaker' | 'role' | 'topic') =>
      localize(
        entry,
        words.quotes,
        (e) => e.data[key],
        (w) => w.data[key],
      );
    return {
      id: entry.id,
      text: entry.data.text,
      translation: localize(
        entry,
        words.quotes,
        () => undefined,
        (w) => w.data.translation,
      ),
      speaker: field('speaker'),
      role: field('role'),
      topic: field('topic'),
      sources: sourcesOf(entry),
      body: localize(
        entry,
        words.quotes,
        (e) => e as Body,
        (w) => w,
      ),
      event: resolve(eventIds, entry.data.event.id, entry, 'event', 'events').id,
      about: entry.data.about.map(
        (ref, i) => resolve(eventIds, ref.id, entry, `about[${i}]`, 'events').id,
      ),
    };
  });

  const rank = (model: SourceModel) => SOURCE_TIMINGS.indexOf(model.timing);
  return {
    timeline,
    pages: pageTimeline(timeline, EVENTS_PER_PAGE),
    partners: partnerModels,
    quotes: quoteModels,
    sources: [...sourceModels.values()].toSorted(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.date && b.date ? compareCalendarDates(a.date, b.date) : 0) ||
        a.id.localeCompare(b.id),
    ),
    primarySource: sourceModels.get(primary.id)!,
  };
}

export { fileOf };
