/**
 * The ledger, checked and resolved: each thing said with its source, speaker, event and
 * steps, and its status as of the record's date (`src/lib/ledger.ts`), so every page that
 * shows an entry shows the same status. Faults between entries stop the build naming the
 * file and the field; rules within one entry are the schema's (`src/schemas/ledger.ts`).
 */
import type { CollectionEntry } from 'astro:content';
import { defaultLang, languages } from '@/i18n/locales';
import { compareCalendarDates, formatCalendarDate, toDatetime, type DayDate } from '@/lib/dates';
import { beginsAfter, currentStatus, occasionOf } from '@/lib/ledger';
import type { LedgerOccasion, LedgerStatus } from '@/lib/vocabulary';
import { asOfNotWritten } from './checks';
import { fileOf, resolve, type Collections, type Entry } from './load';
import { localize, type Localized } from './localized';
import type { SourceModel } from './sources';

type LedgerEntry = CollectionEntry<'ledger'>;
type Source = Collections['sources'][number];

/** Who said it: the source's own words, or a person, with their role where given. */
export type LedgerSpeaker =
  | { kind: 'article' }
  | {
      kind: 'quote' | 'named';
      /** The quote entry the words are part of, for `quote`. */
      quote: string | undefined;
      name: Localized<string>;
      role: Localized<string | undefined>;
    };

type LedgerData = LedgerEntry['data'];
type StepData = LedgerData['steps'][number];

/** A dated step of the entry's history: its schema's facts, its words per language, its source resolved. */
export type LedgerStepModel = Omit<StepData, 'status' | 'why' | 'source'> & {
  status: Exclude<LedgerStatus, 'past-its-date'>;
  why: Localized<string>;
  source: SourceModel;
};

/** An entry's facts as its schema gives them, with its words per language and its references resolved. */
export type LedgerEntryModel = Omit<
  LedgerData,
  'translation' | 'source' | 'speaker' | 'event' | 'steps'
> & {
  id: string;
  /** The site's translation in each language other than the source's (undefined in its own). */
  translation: Localized<string | undefined>;
  source: SourceModel;
  speaker: LedgerSpeaker;
  /** The event it is about. */
  event: string;
  /** Whether it was said at the launch (in the article), or in a report before or after it. */
  occasion: LedgerOccasion;
  /** Oldest first. */
  steps: LedgerStepModel[];
  /** As of the record's date: the last step's, or past its date (`src/lib/ledger.ts`). */
  status: LedgerStatus;
  /** Every source it cites, each once: the statement's first, then the steps'. */
  sources: SourceModel[];
};

/** `said` must stand, to the letter, in a passage of its source. */
export function saidVerbatim(entry: LedgerEntry, source: Source): void {
  if (source.data.passages.some((passage) => passage.includes(entry.data.said))) return;
  throw new Error(
    `${fileOf(entry)}: said: not found in any passage of src/content/sources/${source.id}.yaml; give the words to the letter, or add the sentence as printed to the source's passages`,
  );
}

/** Where the speaker is a quote entry, `said` is part of that quote's words. */
export function saidInQuote(entry: LedgerEntry, quote: Collections['quotes'][number]): void {
  if (quote.data.text.includes(entry.data.said)) return;
  throw new Error(
    `${fileOf(entry)}: speaker.quote: "said" is not part of the text of quote "${quote.id}" (${fileOf(quote)}); name the quote the words are from, or name the speaker`,
  );
}

/** No step is dated after the record's as-of date: a step is what was known by then. */
export function stepsByAsOf(entry: LedgerEntry, asOf: DayDate): void {
  const late = entry.data.steps.findIndex((step) => beginsAfter(step.date, asOf));
  if (late === -1) return;
  throw new Error(
    `${fileOf(entry)}: steps[${late}].date: ${toDatetime(entry.data.steps[late]!.date)} is after the record's as-of date (src/content/record.yaml): a step can only say what was known by then`,
  );
}

/**
 * A translation of `said` is given in exactly the languages the source is not written in:
 * in its own language the page shows its words.
 */
export function translatedWhereNeeded(
  entry: LedgerEntry,
  words: Collections['words']['ledger'],
  source: Source,
): void {
  for (const lang of languages) {
    const translation = lang === defaultLang ? entry : words.get(lang)!.get(entry.id)!;
    const given = translation.data.translation !== undefined;
    const inOwnLanguage = source.data.lang.split('-')[0] === lang;
    if (given === !inOwnLanguage) continue;
    throw new Error(
      given
        ? `${fileOf(translation)}: translation: leave it out: src/content/sources/${source.id}.yaml is in ${lang}, and the page shows its own words`
        : `${fileOf(translation)}: translation: give "said" in ${lang}: src/content/sources/${source.id}.yaml is in ${source.data.lang}`,
    );
  }
}

/** The ledger, checked and resolved, in the order things were said. */
export function buildLedger(
  {
    ledger,
    sources,
    events,
    quotes,
    words,
    asOf,
    primary,
  }: Pick<Collections, 'ledger' | 'sources' | 'events' | 'quotes' | 'words' | 'asOf' | 'primary'>,
  source: (id: string, from: Entry, field: string) => SourceModel,
): LedgerEntryModel[] {
  asOfNotWritten(
    [...ledger, ...[...words.ledger.values()].flatMap((inLang) => [...inLang.values()])],
    languages.map((lang) => formatCalendarDate(asOf, lang)),
  );
  const sourceIds = new Map(sources.map((entry) => [entry.id, entry]));
  const eventIds = new Map(events.map((entry) => [entry.id, entry]));
  const quoteIds = new Map(quotes.map((entry) => [entry.id, entry]));

  return ledger
    .toSorted(
      (a, b) =>
        compareCalendarDates(a.data.date, b.data.date) ||
        a.data.order - b.data.order ||
        a.id.localeCompare(b.id),
    )
    .map((entry): LedgerEntryModel => {
      const { data } = entry;
      const from = resolve(sourceIds, data.source.id, entry, 'source', 'sources');
      saidVerbatim(entry, from);
      translatedWhereNeeded(entry, words.ledger, from);
      stepsByAsOf(entry, asOf);
      const steps = data.steps.map((step, i): LedgerStepModel => ({
        ...step,
        status: step.status as LedgerStepModel['status'],
        why: localize(
          entry,
          words.ledger,
          () => step.why,
          (w) => w.data.steps[i]!.why,
        ),
        source: source(step.source.id, entry, `steps[${i}].source`),
      }));
      const statement = source(from.id, entry, 'source');
      return {
        ...data,
        id: entry.id,
        translation: localize(
          entry,
          words.ledger,
          (e) => e.data.translation,
          (w) => w.data.translation,
        ),
        source: statement,
        speaker: speakerOf(entry, quoteIds, words),
        event: resolve(eventIds, data.event.id, entry, 'event', 'events').id,
        occasion: occasionOf(
          { date: data.date, fromArticle: from.id === primary.id },
          primary.data.date!,
        ),
        steps,
        status: currentStatus({ byWhen: data.byWhen, steps }, asOf),
        sources: [...new Set([statement, ...steps.map((step) => step.source)])],
      };
    });
}

/** The entry's speaker, its name and role in every language. */
function speakerOf(
  entry: LedgerEntry,
  quoteIds: ReadonlyMap<string, Collections['quotes'][number]>,
  words: Collections['words'],
): LedgerSpeaker {
  const { speaker } = entry.data;
  if (speaker === 'article') return { kind: 'article' };
  if ('quote' in speaker) {
    const quote = resolve(quoteIds, speaker.quote.id, entry, 'speaker.quote', 'quotes');
    saidInQuote(entry, quote);
    const field = (key: 'speaker' | 'role') =>
      localize(
        quote,
        words.quotes,
        (q) => q.data[key],
        (w) => w.data[key],
      );
    return { kind: 'quote', quote: quote.id, name: field('speaker'), role: field('role') };
  }
  return {
    kind: 'named',
    quote: undefined,
    name: localize(
      entry,
      words.ledger,
      () => speaker.name,
      (w) => w.data.speaker!.name,
    ),
    role: localize(
      entry,
      words.ledger,
      () => speaker.role,
      (w) => w.data.speaker?.role,
    ),
  };
}
