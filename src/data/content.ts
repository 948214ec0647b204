/**
 * The one place that reads the content collections: it resolves references (failing the
 * build with the file and field when one points nowhere), sorts once, and hands pages
 * ready-made objects, so pages and components only render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  EVENTS_PER_PAGE,
  neighbours,
  pageTimeline,
  sortTimeline,
  type ArchivePage,
  type Dated,
} from '../lib/timeline';
import { paths } from '../lib/urls';

export type EventEntry = CollectionEntry<'events'>;
export type PartnerEntry = CollectionEntry<'partners'>;
export type QuoteEntry = CollectionEntry<'quotes'>;

export interface TimelineEvent extends Dated {
  entry: EventEntry;
  partners: PartnerEntry[];
  /** Quotes said at the event or about it, in the order they were said. */
  quotes: QuoteEntry[];
  previous: EventEntry | undefined;
  next: EventEntry | undefined;
  /** Where the event's entry stands on the timeline: `/#id`, or on its year's page. */
  timelineHref: string;
}

export interface Partner {
  entry: PartnerEntry;
  /** The partner's most recent events (at most a timeline page's worth), in timeline order. */
  events: EventEntry[];
  /** How many events the partner has in all. */
  eventCount: number;
}

export interface Quote {
  entry: QuoteEntry;
  event: EventEntry;
  about: EventEntry[];
}

interface Site {
  /** Every event, oldest first. */
  timeline: TimelineEvent[];
  /** What the home page shows: all events, or the most recent ones of a long timeline. */
  home: TimelineEvent[];
  /** The per-year pages of a long timeline (none while it fits on the home page). */
  archive: ArchivePage<TimelineEvent>[];
  partners: Partner[];
  quotes: Quote[];
}

/** Looks an id up in a collection, or stops the build naming the file and the field. */
function resolve<T extends { id: string }>(
  byId: Map<string, T>,
  id: string,
  from: { filePath?: string | undefined; id: string },
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

/** Where each event's timeline entry stands: on the home page, or on its year's page. */
function timelineHrefs(events: readonly Dated[]): (id: string) => string {
  const { home, archive } = pageTimeline(events, EVENTS_PER_PAGE);
  const hrefs = new Map(home.map((event) => [event.id, paths.timelineEntry(event.id)]));
  for (const { year, part, items } of archive) {
    for (const event of items) {
      if (!hrefs.has(event.id)) hrefs.set(event.id, `${paths.year(year, part)}#${event.id}`);
    }
  }
  return (id) => {
    const href = hrefs.get(id);
    if (!href) throw new Error(`event "${id}" is on no timeline page`);
    return href;
  };
}

async function load(): Promise<Site> {
  const [eventEntries, partnerEntries, quoteEntries] = await Promise.all([
    getCollection('events'),
    getCollection('partners'),
    getCollection('quotes'),
  ]);

  const events = sortTimeline(
    eventEntries.map((entry) => ({
      id: entry.id,
      date: entry.data.date,
      order: entry.data.order,
      entry,
    })),
  );
  const eventsById = new Map(eventEntries.map((entry) => [entry.id, entry]));
  const partnersById = new Map(partnerEntries.map((entry) => [entry.id, entry]));

  const quotes: Quote[] = quoteEntries
    .toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => ({
      entry,
      event: resolve(eventsById, entry.data.event.id, entry, 'event', 'events'),
      about: entry.data.about.map((ref, index) =>
        resolve(eventsById, ref.id, entry, `about[${index}]`, 'events'),
      ),
    }));

  const entryHref = timelineHrefs(events);

  const timeline = events.map((event, index): TimelineEvent => {
    const { entry } = event;
    const { previous, next } = neighbours(events, index);
    return {
      ...event,
      partners: entry.data.partners.map((ref, i) =>
        resolve(partnersById, ref.id, entry, `partners[${i}]`, 'partners'),
      ),
      quotes: quotes
        .filter(
          (quote) => quote.event.id === entry.id || quote.about.some((e) => e.id === entry.id),
        )
        .map((quote) => quote.entry),
      previous: previous?.entry,
      next: next?.entry,
      timelineHref: entryHref(event.id),
    };
  });

  const partners = partnerEntries
    .toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => {
      const events = timeline
        .filter((event) => event.partners.some((partner) => partner.id === entry.id))
        .map((event) => event.entry);
      return { entry, events: events.slice(-EVENTS_PER_PAGE), eventCount: events.length };
    });

  return { timeline, ...pageTimeline(timeline, EVENTS_PER_PAGE), partners, quotes };
}

let site: Promise<Site> | undefined;

/** Everything the pages show, loaded and checked once per build. */
export function getSite(): Promise<Site> {
  // In development content changes between requests, so it is read afresh each time.
  if (import.meta.env.DEV) return load();
  site ??= load();
  return site;
}
