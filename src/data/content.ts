/**
 * The one place that reads the content collections. It checks what the schemas cannot
 * (references between entries, a translation for every entry), stopping the build with
 * the file and the field; it sorts once; and it hands pages ready-made objects in the
 * page's language, so pages and components only render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareCalendarDates, type CalendarDate } from '@/lib/dates';
import { reportedFollowUp } from '@/lib/records';
import { SOURCE_TIMINGS, sourceTiming, type SourceTiming } from '@/lib/sources';
import {
  EVENTS_PER_PAGE,
  neighbours,
  pageTimeline,
  sortTimeline,
  type ArchivePage,
  type Dated,
} from '@/lib/timeline';
import { defaultLang, routeLanguages, type Lang } from '@/i18n/strings';
import { paths } from '@/data/urls';
import type { DateKind, EventKind, EventRecord, EventStatus } from '@/lib/vocabulary';

export type Confidence = CollectionEntry<'sources'>['data']['confidence'];

/** A source as a page shows it, in the page's language. */
export interface Source {
  id: string;
  url: string;
  /** The language it is written in: `ko`. */
  lang: string;
  publisher: string;
  author: string | undefined;
  title: string | undefined;
  date: CalendarDate | undefined;
  confidence: Confidence;
  confidenceNote: string | undefined;
  /** Whether it is the article itself, or a report from before, after or of no known date. */
  timing: SourceTiming;
}

/** A page that cites a source, for the sources page. */
export interface Citation {
  href: string;
  title: string;
}

export interface CitedSource extends Source {
  /** Every page that cites it: events, then partners, then quotes. */
  citedBy: Citation[];
}
/** An entry whose MDX body, rendered, is a page's text in its language. */
export type Body = CollectionEntry<
  'events' | 'eventsEn' | 'partners' | 'partnersEn' | 'quotes' | 'quotesEn'
>;

/** What lists and neighbours show of an event. */
export interface EventSummary {
  id: string;
  title: string;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  /** Whether the date is when it happened or only when it was announced. */
  dateKind: DateKind;
  kind: EventKind;
  /** The article's events, or the record beyond it: the status reads accordingly. */
  record: EventRecord;
  status: EventStatus;
  /** For a planned event of the article, the later report that says it happened. */
  followUp: FollowUp | undefined;
}

/** A later report that a planned event happened: the day it gives, and how firmly. */
export interface FollowUp {
  date: CalendarDate;
  confidence: Confidence;
  source: Source;
}

export interface Outcome extends FollowUp {
  text: string;
}

/** An announcement and the event it spoke of, with the source that links the two. */
export interface EventLink {
  event: EventSummary;
  source: Source;
}

export interface Event extends EventSummary, Dated {
  summary: string;
  /** Who held it, where the source says so. */
  organizer: string | undefined;
  dateSource: Source;
  dateNote: string | undefined;
  place: { name: string; source: Source } | undefined;
  outcomes: Outcome[];
  /** The earlier announcement that spoke of this event, where a source links them. */
  follows: EventLink | undefined;
  /** The later events this one's announcement spoke of. */
  followedBy: EventLink[];
  sources: Source[];
  body: Body;
  partners: PartnerLink[];
  /** Quotes said at the event or about it, in the order they were said. */
  quotes: Quote[];
  previous: EventSummary | undefined;
  next: EventSummary | undefined;
  /** Where the event's entry stands on the timeline: `/#id`, or on its year's page. */
  timelineHref: string;
}

export interface PartnerLink {
  id: string;
  name: string;
}

export interface Partner extends PartnerLink {
  summary: string;
  sources: Source[];
  body: Body;
  /** The partner's most recent events (at most a timeline page's worth), in timeline order. */
  events: EventSummary[];
  /** How many events the partner has in all. */
  eventCount: number;
}

export interface Quote {
  id: string;
  /** The words as the source prints them, in Korean, whatever the page's language. */
  text: string;
  /** An English translation, on English pages. */
  translation: string | undefined;
  speaker: string;
  role: string;
  topic: string;
  sources: Source[];
  body: Body;
  event: EventSummary;
  about: EventSummary[];
}

export interface Site {
  /** Every event, oldest first. */
  timeline: Event[];
  /** What the home page shows: all events, or the most recent ones of a long timeline. */
  home: Event[];
  /** The per-year pages of a long timeline (none while it fits on the home page). */
  archive: ArchivePage<Event>[];
  partners: Partner[];
  quotes: Quote[];
  /** Every source, the primary one first, then by date (undated last). */
  sources: CitedSource[];
  /** The article the site is written from. */
  primarySource: Source;
}

type Entry = { id: string; filePath?: string | undefined };

/** Looks an id up, or stops the build naming the file and the field. */
function resolve<T>(
  byId: Map<string, T>,
  id: string,
  from: Entry,
  field: string,
  collection: string,
): T {
  const found = byId.get(id);
  if (!found) {
    const known = [...byId.keys()].join(', ');
    throw new Error(
      `${from.filePath ?? from.id}: ${field}: there is no ${collection} entry "${id}" (known: ${known})`,
    );
  }
  return found;
}

/**
 * Pairs every Korean entry with its English one: each must have the other, and the
 * fields that exist only with a fact (a date note, a place, outcomes) must match.
 */
function pairTranslations<K extends Entry, E extends Entry>(
  korean: K[],
  english: E[],
  folder: string,
  check: (ko: K, en: E) => string | undefined = () => undefined,
): Map<string, E> {
  const byId = new Map(english.map((entry) => [entry.id, entry]));
  for (const entry of korean) {
    const translation = byId.get(entry.id);
    if (!translation) {
      throw new Error(
        `${entry.filePath ?? entry.id}: has no English translation (add src/content/en/${folder}/${entry.id}.${entry.filePath?.split('.').pop() ?? 'mdx'})`,
      );
    }
    const mismatch = check(entry, translation);
    if (mismatch) throw new Error(`${translation.filePath ?? translation.id}: ${mismatch}`);
  }
  const ids = new Set(korean.map((entry) => entry.id));
  for (const entry of english) {
    if (!ids.has(entry.id)) {
      throw new Error(
        `${entry.filePath ?? entry.id}: translates "${entry.id}", which has no Korean entry`,
      );
    }
  }
  return byId;
}

async function loadCollections() {
  const [sources, events, partners, quotes, sourcesEn, eventsEn, partnersEn, quotesEn] =
    await Promise.all([
      getCollection('sources'),
      getCollection('events'),
      getCollection('partners'),
      getCollection('quotes'),
      getCollection('sourcesEn'),
      getCollection('eventsEn'),
      getCollection('partnersEn'),
      getCollection('quotesEn'),
    ]);
  const english = {
    sources: pairTranslations(sources, sourcesEn, 'sources', (ko, en) =>
      Boolean(ko.data.confidenceNote) !== Boolean(en.data.confidenceNote)
        ? 'confidenceNote: give one exactly when the Korean entry does'
        : undefined,
    ),
    events: pairTranslations(events, eventsEn, 'events', (ko, en) => {
      if (Boolean(ko.data.dateNote) !== Boolean(en.data.dateNote)) {
        return 'dateNote: give one exactly when the Korean entry does';
      }
      if (Boolean(ko.data.place) !== Boolean(en.data.place)) {
        return 'place: give one exactly when the Korean entry does';
      }
      if (ko.data.outcomes.length !== en.data.outcomes.length) {
        return `outcomes: the Korean entry has ${ko.data.outcomes.length}, this has ${en.data.outcomes.length}`;
      }
      return undefined;
    }),
    partners: pairTranslations(partners, partnersEn, 'partners'),
    quotes: pairTranslations(quotes, quotesEn, 'quotes'),
  };
  const primary = sources.filter((entry) => entry.data.primary);
  if (primary.length !== 1) {
    throw new Error(
      `src/content/sources: exactly one source must be \`primary: true\` (found ${primary.length}: ${primary.map((entry) => entry.id).join(', ') || 'none'})`,
    );
  }
  return { sources, events, partners, quotes, english };
}

type Collections = Awaited<ReturnType<typeof loadCollections>>;

/** Where each event's timeline entry stands: on the home page, or on its year's page. */
function timelineHrefs(events: readonly Dated[], lang: Lang): (id: string) => string {
  const { home, archive } = pageTimeline(events, EVENTS_PER_PAGE);
  const hrefs = new Map(home.map((event) => [event.id, paths.timelineEntry(event.id, lang)]));
  for (const { year, part, items } of archive) {
    for (const event of items) {
      if (!hrefs.has(event.id)) hrefs.set(event.id, `${paths.year(year, part, lang)}#${event.id}`);
    }
  }
  return (id) => {
    const href = hrefs.get(id);
    if (!href) throw new Error(`event "${id}" is on no timeline page`);
    return href;
  };
}

const byOrder = (
  a: { data: { order: number }; id: string },
  b: { data: { order: number }; id: string },
) => a.data.order - b.data.order || a.id.localeCompare(b.id);

/**
 * A quote's words must stand, in quotation marks and to the letter, in a passage of one of
 * its sources (the sentences kept from them), or the build stops naming the file and field.
 */
function quotedVerbatim(
  quote: Collections['quotes'][number],
  sources: Collections['sources'],
): void {
  const cited = new Set(quote.data.sources.map((ref) => ref.id));
  const passages = sources
    .filter((source) => cited.has(source.id))
    .flatMap((source) => source.data.passages);
  if (!passages.some((passage) => passage.includes(`“${quote.data.text}”`))) {
    const where = [...cited].map((id) => `src/content/sources/${id}.yaml`).join(', ');
    throw new Error(
      `${quote.filePath ?? quote.id}: text: not found, in quotation marks, in any passage of its sources (${where}); quote the passage to the letter, or add the sentence as printed to the source's passages`,
    );
  }
}

/** The primary source first, then reports oldest first, undated ones last, then by id. */
function bySourceOrder(a: Source, b: Source): number {
  const rank = (source: Source) => SOURCE_TIMINGS.indexOf(source.timing);
  return (
    rank(a) - rank(b) ||
    (a.date && b.date ? compareCalendarDates(a.date, b.date) : 0) ||
    a.id.localeCompare(b.id)
  );
}

/** The whole site in one language. */
function buildSite({ sources, events, partners, quotes, english }: Collections, lang: Lang): Site {
  const en = lang !== defaultLang;

  const primaryEntry = sources.find((entry) => entry.data.primary)!;
  const sourcesById = new Map(
    sources.map((entry): [string, Source] => {
      const translation = en ? english.sources.get(entry.id) : undefined;
      const { url, lang: sourceLang, author, title, date, confidence, confidenceNote } = entry.data;
      return [
        entry.id,
        {
          id: entry.id,
          url,
          lang: sourceLang,
          publisher: translation?.data.publisher ?? entry.data.publisher,
          author,
          title,
          date,
          confidence,
          confidenceNote: translation?.data.confidenceNote ?? confidenceNote,
          timing: sourceTiming(entry.data, primaryEntry.data.date!),
        },
      ];
    }),
  );
  /** An entry's source by id, or the build stops naming the file and the field. */
  const source = (id: string, from: Entry, field: string) =>
    resolve(sourcesById, id, from, field, 'sources');
  const sourcesOf = (entry: Entry & { data: { sources: { id: string }[] } }) =>
    entry.data.sources.map((ref, i) => source(ref.id, entry, `sources[${i}]`));

  const eventsById = new Map(events.map((entry) => [entry.id, entry]));
  const partnersById = new Map(
    partners.map((entry) => {
      const translation = en ? english.partners.get(entry.id) : undefined;
      return [entry.id, { entry, name: translation?.data.name ?? entry.data.name, translation }];
    }),
  );

  const summaries = new Map(
    events.map((entry): [string, EventSummary] => {
      const translation = en ? english.events.get(entry.id) : undefined;
      const { date, endDate, dateKind, kind, record, status, outcomes } = entry.data;
      const followUp = reportedFollowUp(
        entry.data,
        outcomes.map((outcome, i) => ({
          ...outcome,
          source: source(outcome.source.id, entry, `outcomes[${i}].source`),
        })),
      );
      return [
        entry.id,
        {
          id: entry.id,
          title: translation?.data.title ?? entry.data.title,
          date,
          endDate,
          dateKind,
          kind,
          record,
          status,
          followUp: followUp && {
            date: followUp.date,
            confidence: followUp.confidence,
            source: followUp.source,
          },
        },
      ];
    }),
  );
  const summary = (id: string) => summaries.get(id)!;

  /** Each `follows` resolved, or the build stops naming the file and the field. */
  const links = events.flatMap((entry) => {
    const { follows } = entry.data;
    if (!follows) return [];
    const earlier = resolve(eventsById, follows.event.id, entry, 'follows.event', 'events');
    if (earlier.id === entry.id || compareCalendarDates(earlier.data.date, entry.data.date) > 0) {
      throw new Error(
        `${entry.filePath ?? entry.id}: follows.event: "${earlier.id}" is not an earlier event`,
      );
    }
    // The earlier page shows the link with its source, so it must cite that source too.
    if (!earlier.data.sources.some((ref) => ref.id === follows.source.id)) {
      throw new Error(
        `${entry.filePath ?? entry.id}: follows.source: "${follows.source.id}" is not among the sources of "${earlier.id}", whose page shows the link too`,
      );
    }
    return [
      {
        earlier: earlier.id,
        later: entry.id,
        source: source(follows.source.id, entry, 'follows.source'),
      },
    ];
  });

  const quoteViews: Quote[] = quotes.toSorted(byOrder).map((entry) => {
    quotedVerbatim(entry, sources);
    const translation = en ? english.quotes.get(entry.id) : undefined;
    const event = resolve(eventsById, entry.data.event.id, entry, 'event', 'events');
    return {
      id: entry.id,
      text: entry.data.text,
      translation: translation?.data.translation,
      speaker: translation?.data.speaker ?? entry.data.speaker,
      role: translation?.data.role ?? entry.data.role,
      topic: translation?.data.topic ?? entry.data.topic,
      sources: sourcesOf(entry),
      body: translation ?? entry,
      event: summary(event.id),
      about: entry.data.about.map((ref, index) =>
        summary(resolve(eventsById, ref.id, entry, `about[${index}]`, 'events').id),
      ),
    };
  });

  const sorted = sortTimeline(
    events.map((entry) => ({
      id: entry.id,
      date: entry.data.date,
      order: entry.data.order,
      entry,
    })),
  );
  const entryHref = timelineHrefs(sorted, lang);
  const timeline = sorted.map(({ entry, order }, index): Event => {
    const translation = en ? english.events.get(entry.id) : undefined;
    const { previous, next } = neighbours(sorted, index);
    const { dateSource, dateNote, place, outcomes } = entry.data;
    return {
      ...summary(entry.id),
      order,
      summary: translation?.data.summary ?? entry.data.summary,
      organizer: entry.data.organizer,
      dateSource: source(dateSource.id, entry, 'dateSource'),
      dateNote: translation?.data.dateNote ?? dateNote,
      place: place && {
        name: translation?.data.place ?? place.name,
        source: source(place.source.id, entry, 'place.source'),
      },
      outcomes: outcomes.map((outcome, i) => ({
        ...outcome,
        source: source(outcome.source.id, entry, `outcomes[${i}].source`),
        text: translation?.data.outcomes[i] ?? outcome.text,
      })),
      follows: links
        .filter((link) => link.later === entry.id)
        .map((link) => ({ event: summary(link.earlier), source: link.source }))[0],
      followedBy: links
        .filter((link) => link.earlier === entry.id)
        .map((link) => ({ event: summary(link.later), source: link.source }))
        .toSorted((a, b) => compareCalendarDates(a.event.date, b.event.date)),
      sources: sourcesOf(entry),
      body: translation ?? entry,
      partners: entry.data.partners.map((ref, i) => {
        const { entry: partner, name } = resolve(
          partnersById,
          ref.id,
          entry,
          `partners[${i}]`,
          'partners',
        );
        return { id: partner.id, name };
      }),
      quotes: quoteViews.filter(
        (quote) =>
          quote.event.id === entry.id || quote.about.some((about) => about.id === entry.id),
      ),
      previous: previous && summary(previous.id),
      next: next && summary(next.id),
      timelineHref: entryHref(entry.id),
    };
  });

  const partnerViews = partners.toSorted(byOrder).map((entry): Partner => {
    const { name, translation } = partnersById.get(entry.id)!;
    const related = timeline.filter((event) =>
      event.partners.some((partner) => partner.id === entry.id),
    );
    return {
      id: entry.id,
      name,
      summary: translation?.data.summary ?? entry.data.summary,
      sources: sourcesOf(entry),
      body: translation ?? entry,
      events: related.slice(-EVENTS_PER_PAGE).map((event) => summary(event.id)),
      eventCount: related.length,
    };
  });

  const citations = [
    ...timeline.map((event) => ({
      href: paths.event(event.id, lang),
      title: event.title,
      cites: event.sources,
    })),
    ...partnerViews.map((partner) => ({
      href: paths.partner(partner.id, lang),
      title: partner.name,
      cites: partner.sources,
    })),
    ...quoteViews.map((quote) => ({
      href: paths.quote(quote.id, lang),
      title: quote.topic,
      cites: quote.sources,
    })),
  ];
  const sourceViews = [...sourcesById.values()]
    .map((view): CitedSource => ({
      ...view,
      citedBy: citations
        .filter(({ cites }) => cites.some((cited) => cited.id === view.id))
        .map(({ href, title }) => ({ href, title })),
    }))
    .filter((view) => view.citedBy.length > 0)
    .toSorted(bySourceOrder);

  return {
    timeline,
    ...pageTimeline(timeline, EVENTS_PER_PAGE),
    partners: partnerViews,
    quotes: quoteViews,
    sources: sourceViews,
    primarySource: sourcesById.get(primaryEntry.id)!,
  };
}

let collections: Promise<Collections> | undefined;
const sites = new Map<Lang, Site>();

/** Everything the pages of one language show, loaded and checked once per build. */
export async function getSite(lang: Lang = defaultLang): Promise<Site> {
  // In development content changes between requests, so it is read afresh each time.
  if (import.meta.env.DEV) return buildSite(await loadCollections(), lang);
  collections ??= loadCollections();
  const loaded = await collections;
  let site = sites.get(lang);
  if (!site) {
    site = buildSite(loaded, lang);
    sites.set(lang, site);
  }
  return site;
}

/**
 * A route's static paths in every language: `make` lists one language's pages, and each
 * gets the `[...lang]` parameter (none for Korean, `en` for English) and its `lang` prop.
 */
export async function inEveryLanguage<P extends Record<string, string>, T extends object>(
  make: (site: Site) => { params: P; props: T }[],
) {
  const perLanguage = await Promise.all(
    routeLanguages.map(async ({ lang, param }) =>
      make(await getSite(lang)).map(({ params, props }) => ({
        params: { ...params, lang: param },
        props: { ...props, lang },
      })),
    ),
  );
  return perLanguage.flat();
}
