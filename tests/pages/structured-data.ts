/** What search engines read of a page (its JSON-LD), checked against the fixture. */
import { expect } from 'vitest';
import { defaultLang, type Lang } from '../../src/i18n/locales';
import { isOwnDay } from '../../src/lib/vocabulary';
import { inLang, paths, siteUrl, type Event, type Quote } from './fixture';
import { dateLine, unconfirmedPlan } from './records';
import { fill, words } from './words';

/** The JSON-LD a page carries (exactly one block), parsed. */
export function jsonLd(document: Document): Record<string, any> {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!.textContent ?? '');
}

/** An event page describes its event: dates at their precision, place, organiser, sources. */
export function expectEventJsonLd(document: Document, e: Event, lang: Lang) {
  const data = jsonLd(document);
  expect(data['@context']).toBe('https://schema.org');
  // A plan no report confirms is described as a page about a plan, never as an Event.
  const isEvent = !unconfirmedPlan(e);
  expect(data['@type']).toBe(isEvent ? 'Event' : 'WebPage');
  expect(data.url).toBe(siteUrl(inLang(paths.event(e.id), lang)));
  expect(data.inLanguage).toBe(lang);
  expect(data.name).toBe(e.title[lang]);
  // The date as every output says it, and the summary.
  expect(data.description).toContain(dateLine(e, lang));
  expect(data.description).toContain(e.summary[lang]);
  // The dates at the precision the page shows them; none where the date is not the event's
  // own (only the day it was announced, or what was expected).
  const own = isEvent && isOwnDay(e.dateKind);
  expect(data.startDate).toBe(own ? e.date : undefined);
  expect(data.endDate).toBe(own ? e.endDate : undefined);
  expect(data.eventStatus).toBe(isEvent ? 'https://schema.org/EventScheduled' : undefined);
  expect(data.organizer).toEqual(
    isEvent && e.organizer ? { '@type': 'Organization', name: e.organizer } : undefined,
  );
  expect(data.location).toEqual(
    isEvent && e.place ? { '@type': 'Place', name: e.place.name[lang] } : undefined,
  );
  expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
    data.image,
  );
  expect(data.citation.map((cited: { url: string }) => cited.url)).toEqual(
    e.sources.map((source) => source.url),
  );
}

/** A quote page gives the quotation verbatim, who said it, and (translated) in the page's language. */
export function expectQuoteJsonLd(document: Document, q: Quote, lang: Lang) {
  const data = jsonLd(document);
  expect(data['@type']).toBe('Quotation');
  expect(data.url).toBe(siteUrl(inLang(paths.quote(q.id), lang)));
  // The original's language, whatever the page's.
  expect(data.inLanguage).toBe(defaultLang);
  expect(data.text).toBe(q.text);
  expect(data.spokenByCharacter).toMatchObject({ '@type': 'Person', name: q.speaker[lang] });
  expect(data.about.url).toBe(siteUrl(inLang(paths.event(q.event.id), lang)));
  expect(data.workTranslation).toEqual(
    lang === defaultLang
      ? undefined
      : {
          '@type': 'Quotation',
          text: q.translation[lang],
          inLanguage: lang,
          // Said to be the site's translation, not the speaker's words.
          description: fill(words[lang].sourceNotes.siteTranslation, { speaker: q.speaker[lang] }),
        },
  );
}
