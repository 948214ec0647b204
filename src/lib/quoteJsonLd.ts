/**
 * A quote page's JSON-LD: a schema.org `Quotation` in the language the source prints it,
 * with its translation, speaker and event. Pure: no Astro.
 */
import { toDatetime, type CalendarDate } from './dates';
import { CONTEXT, citation, type JsonLd, type SourceRef } from './jsonLd';

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
