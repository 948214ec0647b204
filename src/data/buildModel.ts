/**
 * Builds the language-neutral model from the checked collections: every reference
 * resolved (an unknown id stops the build naming the file and the field), quotes checked
 * against their sources' passages, sources and the timeline sorted, the timeline paginated.
 */
import { compareCalendarDates } from '@/lib/dates';
import { SOURCE_TIMINGS, sourceTiming } from '@/lib/sources';
import { EVENTS_PER_PAGE, pageTimeline, sortTimeline } from '@/lib/timeline';
import type { DayDate } from '@/lib/dates';
import { languages } from '@/i18n/locales';
import { formatCalendarDate } from '@/lib/dates';
import { asOfNotWritten, eventLinks, quotedVerbatim, spokenVerbatim } from './checks';
import { resolve, type Collections, type Entry } from './collections';
import { buildEvent } from './buildEvent';
import { buildLedger } from './ledger';
import { localize } from './localize';
import type { Body, ChangeModel, Model, PartnerModel, QuoteModel, SourceModel } from './model';

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
  changes,
  ledger,
  asOf,
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
  const sourceModels = new Map(
    sources.map((entry): [string, SourceModel] => {
      const { url, lang, author, title, date, dateFrom, announcement, confidence, confidenceNote } =
        entry.data;
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
          authorInLang: localize(
            entry,
            words.sources,
            () => undefined,
            (w) => w.data.author,
          ),
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
          dateFrom,
          announcement,
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

  const eventModels = events.map((entry) =>
    buildEvent(entry, { words: words.events, source, partners: partnerIds, links }),
  );
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
  // Newest first; within a day, by `order`.
  const changeModels = changes
    .toSorted(
      (a, b) =>
        compareCalendarDates(b.data.date, a.data.date) ||
        a.data.order - b.data.order ||
        a.id.localeCompare(b.id),
    )
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
        id: entry.id,
        date: entry.data.date as DayDate,
        kind: entry.data.kind,
        events: ids('events', eventIds),
        partners: ids('partners', partnerIds),
        quotes: ids('quotes', quoteIds),
        pages: entry.data.pages,
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
    changes: changeModels,
    ledger: buildLedger({ ledger, sources, events, quotes, words, asOf }, source),
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
