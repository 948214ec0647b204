/**
 * JSON-LD for search engines (schema.org), built from plain values so it can be tested
 * without Astro: the home page's `WebSite` and `ItemList`, an event page's `Event`, a quote
 * page's `Quotation`, and how any of them is written into a page. Dates keep their
 * precision: a month-only date is `2025-11`, never a made-up day.
 */
import { toDatetime, type CalendarDate, type DayDate } from '@/lib/dates';
import { isOwnDay, type DateKind } from '@/lib/vocabulary';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface SourceRef {
  url: string;
  publisher: string;
}

/** The sources a page cites, as schema.org `citation`. */
const citation = (sources: readonly SourceRef[]) =>
  sources.map(({ url, publisher }) => ({
    '@type': 'CreativeWork',
    url,
    publisher: { '@type': 'Organization', name: publisher },
  }));

/** JSON-LD as the text of a `<script>`: `<` escaped, so no string can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

// The home page: a schema.org `WebSite` and an `ItemList`.

export interface HomeFacts {
  url: string;
  lang: string;
  name: string;
  description: string;
  image: string;
  /** The events' pages, in the order the page lists them. */
  events: readonly { url: string }[];
}

/** The site, and the events its home page lists, in order. */
export function homeJsonLd(home: HomeFacts): JsonLd {
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': home.url,
        url: home.url,
        name: home.name,
        description: home.description,
        inLanguage: home.lang,
        image: home.image,
      },
      {
        '@type': 'ItemList',
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: home.events.length,
        itemListElement: home.events.map((event, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          url: event.url,
        })),
      },
    ],
  };
}

// An event page: a schema.org `Event`, or, for a plan no report confirms, no Event at all.

export interface EventJsonLdInput {
  url: string;
  lang: string;
  title: string;
  summary: string;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  /** A date that is only the day it was announced or expected is no start date (`isOwnDay`). */
  dateKind: DateKind;
  /** The date in words, as every output says it (`dateInWords`): it leads the description. */
  dateLine: string;
  /**
   * A plan of the article that no report confirms (`unconfirmedPlan`). schema.org's
   * `EventScheduled` means "taking place or has taken place … as scheduled", and is assumed
   * where `eventStatus` is absent: such a plan is described as a page about a plan, never
   * as an Event.
   */
  unconfirmed: boolean;
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
  const common = {
    '@context': CONTEXT,
    '@id': event.url,
    url: event.url,
    name: event.title,
    description: [
      event.record,
      event.dateLine,
      `${event.summary}${event.dateNote ? ` (${event.dateNote})` : ''}`,
    ].join(' · '),
    inLanguage: event.lang,
    image: event.image,
    citation: citation(event.sources),
  };
  if (event.unconfirmed) return { ...common, '@type': 'WebPage' };
  return {
    ...common,
    '@type': 'Event',
    ...(isOwnDay(event.dateKind)
      ? {
          startDate: toDatetime(event.date),
          ...(event.endDate ? { endDate: toDatetime(event.endDate) } : {}),
        }
      : {}),
    // Everything described as an Event took place (or, for a plan a later report
    // confirms, took place as the report says): none was cancelled or moved.
    eventStatus: 'https://schema.org/EventScheduled',
    ...(event.place ? { location: { '@type': 'Place', name: event.place } } : {}),
    ...(event.organizer ? { organizer: { '@type': 'Organization', name: event.organizer } } : {}),
  };
}

// A quote page: a schema.org `Quotation` in the language the source prints it, with its
// translation, speaker and event.

export interface QuoteFacts {
  url: string;
  /** The words as the source prints them, in `textLang`. */
  text: string;
  /** The language the source prints the words in. */
  textLang: string;
  /** A translation, on pages in another language. */
  translation: string | undefined;
  /** What the translation is, in words (the site's, not the speaker's own). */
  translationNote?: string | undefined;
  /** The speaker's own words in the page's language, where a source prints them. */
  spoken?: { text: string; source: SourceRef } | undefined;
  pageLang: string;
  speaker: string;
  role: string;
  date: CalendarDate;
  event: { url: string; title: string };
  sources: readonly SourceRef[];
}

export function quoteJsonLd(quote: QuoteFacts): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Quotation',
    '@id': quote.url,
    url: quote.url,
    text: quote.text,
    inLanguage: quote.textLang,
    ...(quote.translation
      ? {
          workTranslation: {
            '@type': 'Quotation',
            text: quote.translation,
            inLanguage: quote.pageLang,
            ...(quote.translationNote ? { description: quote.translationNote } : {}),
          },
        }
      : {}),
    ...(quote.spoken
      ? {
          isBasedOn: {
            '@type': 'Quotation',
            text: quote.spoken.text,
            inLanguage: quote.pageLang,
            citation: citation([quote.spoken.source]),
          },
        }
      : {}),
    spokenByCharacter: { '@type': 'Person', name: quote.speaker, jobTitle: quote.role },
    dateCreated: toDatetime(quote.date),
    about: { '@type': 'Event', url: quote.event.url, name: quote.event.title },
    citation: citation(quote.sources),
  };
}

// A page cited as a page of the record (`src/lib/cite/`): the day it last changed, who
// publishes it and under what licence. An event or a quote is the page's main entity.

export interface CitedPageFacts {
  url: string;
  name: string;
  lang: string;
  /** The day the page last changed (`lastChanged`, from the change log). */
  dateModified: DayDate;
  publisher: string;
  license: string;
  /** The record it is part of: its home page and name; absent for the record itself. */
  site: { url: string; name: string } | undefined;
}

/** The page as a schema.org `WebPage`, or the record itself as its `WebSite`. */
function citedPage(page: CitedPageFacts): JsonLd {
  return {
    '@type': page.site ? 'WebPage' : 'WebSite',
    '@id': page.url,
    url: page.url,
    name: page.name,
    inLanguage: page.lang,
    dateModified: toDatetime(page.dateModified),
    publisher: { '@type': 'Organization', name: page.publisher },
    license: page.license,
    ...(page.site
      ? { isPartOf: { '@type': 'WebSite', url: page.site.url, name: page.site.name } }
      : {}),
  };
}

/**
 * A page's schema.org data with the page's own facts: as the page of what it describes
 * (`mainEntityOfPage`, where it describes an event or a quote), or on its own.
 */
export function withCitedPage(data: JsonLd | undefined, page: CitedPageFacts): JsonLd {
  return data
    ? { ...data, mainEntityOfPage: citedPage(page) }
    : { '@context': CONTEXT, ...citedPage(page) };
}
