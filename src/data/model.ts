/**
 * The site's content as one language-neutral model: the checked collections (`load.ts`)
 * with every reference resolved (an unknown id stops the build naming the file and the
 * field), quotes checked against their sources' passages, sources and the timeline sorted,
 * once per build. Words are `Localized`, one per language; every
 * output (pages, feeds, calendars, `events.json`, preview images, JSON-LD) reads this same
 * model, through `site.ts` for one language.
 *
 * Each shape is its schema's output (`CollectionEntry<…>['data']`) with only what the model
 * resolves put in place of the references and words: a field added to a schema reaches the
 * model, and the pages, without being copied here.
 */
import type { CollectionEntry } from 'astro:content';
import { languages } from '@/i18n/locales';
import { compareCalendarDates, formatCalendarDate, type DayDate } from '@/lib/dates';
import { compareChanges } from '@/lib/changes';
import { reportedFollowUp } from '@/lib/eventStatus';
import { SOURCE_TIMINGS } from '@/lib/sources';
import { sortTimeline } from '@/lib/timeline';
import { asOfNotWritten, eventLinks, quotedVerbatim, spokenVerbatim } from './checks';
import { loadCollections, resolve, type Collections, type Entry } from './load';
import { buildLedger, type LedgerEntryModel } from './ledger';
import { localize, type Localized } from './localized';
import { buildSources, type SourceModel } from './sources';

export type { Confidence, SourceModel } from './sources';
export type { Localized } from './localized';

/** An entry whose MDX body, rendered, is a page's text in its language. */
export type Body = CollectionEntry<
  | 'events'
  | 'partners'
  | 'quotes'
  | 'eventTranslations'
  | 'partnerTranslations'
  | 'quoteTranslations'
>;

type EventData = CollectionEntry<'events'>['data'];
type OutcomeData = EventData['outcomes'][number];
type PartnerData = CollectionEntry<'partners'>['data'];
type QuoteData = CollectionEntry<'quotes'>['data'];
type ChangeData = CollectionEntry<'changes'>['data'];

export type OutcomeModel = Omit<OutcomeData, 'text' | 'source'> & {
  text: Localized<string>;
  source: SourceModel;
};

/** The event's facts as its schema gives them, its words per language and its references resolved. */
export type EventModel = Omit<
  EventData,
  | 'title'
  | 'summary'
  | 'dateNote'
  | 'dateSource'
  | 'place'
  | 'outcomes'
  | 'follows'
  | 'partners'
  | 'sources'
> & {
  id: string;
  title: Localized<string>;
  summary: Localized<string>;
  dateNote: Localized<string> | undefined;
  dateSource: SourceModel;
  place: { name: Localized<string>; source: SourceModel } | undefined;
  outcomes: OutcomeModel[];
  /** For a planned event of the article, the outcome that reports how it turned out. */
  followUp: OutcomeModel | undefined;
  /** The earlier events whose announcement or talks spoke of this one, each with the source linking them. */
  follows: { event: string; source: SourceModel }[];
  /** Partner ids. */
  partners: string[];
  sources: SourceModel[];
  body: Localized<Body>;
};

/** A partner's facts as its schema gives them, its words per language and its sources resolved. */
export type PartnerModel = Omit<PartnerData, 'name' | 'summary' | 'sources'> & {
  id: string;
  name: Localized<string>;
  summary: Localized<string>;
  sources: SourceModel[];
  body: Localized<Body>;
};

/** A quote's facts as its schema gives them, its words per language and its references resolved. */
export type QuoteModel = Omit<
  QuoteData,
  'speaker' | 'role' | 'topic' | 'event' | 'about' | 'sources'
> & {
  id: string;
  /** The words in each language other than the source's (none in the default language). */
  translation: Localized<string | undefined>;
  /** The speaker's own words in a language, where a source in it prints them. */
  spoken: Localized<{ text: string; source: SourceModel } | undefined>;
  speaker: Localized<string>;
  role: Localized<string>;
  topic: Localized<string>;
  sources: SourceModel[];
  body: Localized<Body>;
  /** Event ids. */
  event: string;
  about: string[];
};

/** A correction or an addition to the record, and the pages it touches. */
export type ChangeModel = Omit<
  ChangeData,
  'date' | 'events' | 'partners' | 'quotes' | 'was' | 'now' | 'why' | 'source'
> & {
  id: string;
  date: DayDate;
  /** The ids of the entries it touches. */
  events: string[];
  partners: string[];
  quotes: string[];
  was: Localized<string> | undefined;
  now: Localized<string>;
  why: Localized<string>;
  source: SourceModel | undefined;
};

export interface Model {
  /** The day the record speaks as of (`src/content/record.yaml`). */
  asOf: DayDate;
  /** The address for corrections and tips (`src/content/record.yaml`), where one is set. */
  contact: string | undefined;
  /** Who publishes the record, as its citations name it (`src/content/record.yaml`). */
  publisher: Localized<string>;
  /** Every change, newest first. */
  changes: ChangeModel[];
  /** The ledger (`src/data/ledger.ts`): each thing said, with its status as of `asOf`. */
  ledger: LedgerEntryModel[];
  /** Every event, oldest first. */
  timeline: EventModel[];
  partners: PartnerModel[];
  quotes: QuoteModel[];
  /** The primary source first, then reports oldest first, undated ones last. */
  sources: SourceModel[];
  primarySource: SourceModel;
}

let model: Promise<Model> | undefined;

/** The language-neutral model: what `events.json` and the preview images read. */
export async function getModel(): Promise<Model> {
  // In development content changes between requests, so it is read afresh each time.
  if (import.meta.env.DEV) return loadCollections().then(buildModel);
  model ??= loadCollections().then(buildModel);
  return model;
}

type EventEntry = Collections['events'][number];

interface EventContext {
  words: Collections['words']['events'];
  /** A source by id, or the build stops naming the file and the field. */
  source: (id: string, from: Entry, field: string) => SourceModel;
  partners: ReadonlyMap<string, Entry>;
  /** Each later event's `follows`, checked (`checks.ts`). */
  links: ReadonlyMap<string, { event: string; source: string }[]>;
}

function buildEvent(
  entry: EventEntry,
  { words, source, partners, links }: EventContext,
): EventModel {
  const { data } = entry;
  const text = (
    get: (w: CollectionEntry<'eventTranslations'>['data']) => string | undefined,
    own: string,
  ) =>
    localize(
      entry,
      words,
      () => own,
      (w) => get(w.data)!,
    );
  const outcomes = data.outcomes.map((outcome, i): OutcomeModel => ({
    ...outcome,
    text: text((w) => w.outcomes[outcome.key], outcome.text),
    source: source(outcome.source.id, entry, `outcomes[${i}].source`),
  }));
  const follows = links.get(entry.id) ?? [];
  return {
    ...data,
    id: entry.id,
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
    follows: follows.map((link, index) => ({
      event: link.event,
      source: source(link.source, entry, `follows[${index}].source`),
    })),
    partners: data.partners.map(
      (ref, i) => resolve(partners, ref.id, entry, `partners[${i}]`, 'partners').id,
    ),
    sources: entry.data.sources.map((ref, i) => source(ref.id, entry, `sources[${i}]`)),
    body: localize(
      entry,
      words,
      (e) => e as Body,
      (w) => w,
    ),
  };
}

const byOrder = (
  a: { data: { order: number }; id: string },
  b: { data: { order: number }; id: string },
) => a.data.order - b.data.order || a.id.localeCompare(b.id);

/** Builds the model from the checked collections. */
function buildModel({
  sources,
  events,
  partners,
  quotes,
  changes,
  ledger,
  asOf,
  contact,
  publisher,
  words,
  primary,
}: Collections): Model {
  // The record's date is written once, in record.yaml; content says `{asOf}`.
  asOfNotWritten(
    [
      ...events,
      ...partners,
      ...quotes,
      ...[words.events, words.partners, words.quotes].flatMap((byLang) =>
        [...byLang.values()].flatMap((inLang) => [...inLang.values()]),
      ),
    ],
    languages.map((lang) => formatCalendarDate(asOf, lang)),
  );
  const sourceModels = buildSources(sources, words.sources, primary);
  const source = (id: string, from: Entry, field: string) =>
    resolve(sourceModels, id, from, field, 'sources');
  const sourcesOf = (entry: Entry & { data: { sources: { id: string }[] } }) =>
    entry.data.sources.map((ref, i) => source(ref.id, entry, `sources[${i}]`));
  const eventIds = new Map(events.map((entry) => [entry.id, entry]));
  const partnerIds = new Map(partners.map((entry) => [entry.id, entry]));
  const links = eventLinks(events, eventIds);

  const eventModels = events.map((entry) =>
    buildEvent(entry, { words: words.events, source, partners: partnerIds, links }),
  );
  const timeline = sortTimeline(eventModels);

  const partnerModels = partners.toSorted(byOrder).map((entry): PartnerModel => ({
    ...entry.data,
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
      ...entry.data,
      id: entry.id,
      translation: localize(
        entry,
        words.quotes,
        () => undefined,
        (w) => w.data.translation,
      ),
      spoken: localize(
        entry,
        words.quotes,
        () => undefined,
        (w) => {
          if (!w.data.spoken) return undefined;
          const { text, source: ref } = w.data.spoken;
          const from = source(ref.id, w, 'spoken.source');
          spokenVerbatim(
            w,
            text,
            sources.find((s) => s.id === ref.id)!,
          );
          return { text, source: from };
        },
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

  const quoteIds = new Map(quotes.map((entry) => [entry.id, entry]));
  // Newest first; within a day, by `order` (src/lib/changes.ts).
  const changeModels = changes
    .toSorted((a, b) => compareChanges({ ...a.data, id: a.id }, { ...b.data, id: b.id }))
    .map((entry): ChangeModel => {
      const ids = (field: 'events' | 'partners' | 'quotes', known: Map<string, unknown>) =>
        entry.data[field].map((ref, i) => {
          resolve(known, ref.id, entry, `${field}[${i}]`, field);
          return ref.id;
        });
      const said = (key: 'now' | 'why') =>
        localize(
          entry,
          words.changes,
          (e) => e.data[key],
          (w) => w.data[key],
        );
      return {
        ...entry.data,
        id: entry.id,
        date: entry.data.date as DayDate,
        events: ids('events', eventIds),
        partners: ids('partners', partnerIds),
        quotes: ids('quotes', quoteIds),
        was:
          entry.data.was === undefined
            ? undefined
            : localize(
                entry,
                words.changes,
                (e) => e.data.was!,
                (w) => w.data.was!,
              ),
        now: said('now'),
        why: said('why'),
        source: entry.data.source && source(entry.data.source.id, entry, 'source'),
      };
    });

  const rank = (model: SourceModel) => SOURCE_TIMINGS.indexOf(model.timing);
  return {
    asOf,
    contact,
    publisher,
    changes: changeModels,
    ledger: buildLedger({ ledger, sources, events, quotes, words, asOf, primary }, source),
    timeline,
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
