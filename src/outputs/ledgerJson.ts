/**
 * The ledger as data (`/outcomes.json`; `/outcomes.csv` reads the same entries): one file
 * with every language, entries in the ledger's order (the order things were said), dates at
 * the precision the sources give, each entry's status as of the record's date. A module and
 * a version of its own beside `/events.json`: what was said and what became of it is
 * another concept than what happened, and its shape changes on its own; the two share only
 * how a date and a source are written (`jsonDate`, `jsonSource`). Shape in docs/data.md.
 */

/** 1: the first version. */
export const LEDGER_JSON_VERSION = 1;

import type { LedgerEntryModel, LedgerSpeaker, LedgerStepModel } from '@/data/ledger';
import type { Model, SourceModel } from '@/data/model';
import { defaultLang, languages, type Lang } from '@/i18n/locales';
import { useStrings } from '@/i18n/strings';
import { fillAsOf, toDatetime, type CalendarDate } from '@/lib/dates';
import { jsonDate, jsonSource } from './eventsJson';
import type { ByWhen } from '@/lib/ledger';
import { LEDGER_STATUSES, type LedgerStatus } from '@/lib/vocabulary';

/** A source as the data files give it: the publisher as readers of the default language name it. */
type DataSource = Pick<SourceModel, 'url' | 'title' | 'date'> & { publisher: string };

export type DataLedgerStep<L extends string> = Pick<
  LedgerStepModel,
  'date' | 'status' | 'confidence'
> & {
  /** With the record's date filled in where the words say `{asOf}`. */
  why: Record<L, string>;
  source: DataSource;
};

type Person = Extract<LedgerSpeaker, { kind: 'quote' | 'named' }>;
export type DataSpeaker<L extends string> =
  | Exclude<LedgerSpeaker, Person>
  | (Omit<Person, 'name' | 'role'> & {
      name: Record<L, string>;
      role: Record<L, string | undefined>;
    });

/** A ledger entry as the data files give it: the model's (`src/data/ledger.ts`), in every language. */
export type DataLedgerEntry<L extends string> = Pick<
  LedgerEntryModel,
  'id' | 'said' | 'date' | 'event' | 'byWhen' | 'status'
> & {
  translation: Record<L, string | undefined>;
  speaker: DataSpeaker<L>;
  source: DataSource;
  steps: DataLedgerStep<L>[];
  sources: DataSource[];
};

/** What each status of the scale is called and means, in each language (`ui.json`). */
export type StatusWords<L extends string> = Record<
  L,
  { words: Record<LedgerStatus, string>; meaning: Record<LedgerStatus, string> }
>;

/** The addresses an entry links to, made absolute by the caller. */
export interface LedgerUrls<L extends string> {
  /** The entry on the ledger page. */
  entry: (id: string, lang: L) => string;
  /** The page of the event it is about. */
  event: (id: string, lang: L) => string;
}

/**
 * A deadline: a day or a month with its value; early in a year with the year (`"2026"`,
 * precision `early`); or `soon` / `none` with none.
 */
export interface JsonByWhen {
  value: string | null;
  precision: CalendarDate['precision'] | 'early' | 'soon' | 'none';
}

export const jsonByWhen = (byWhen: ByWhen): JsonByWhen =>
  typeof byWhen === 'string'
    ? { value: null, precision: byWhen }
    : byWhen.precision === 'early'
      ? { value: String(byWhen.year), precision: 'early' }
      : jsonDate(byWhen);

/** A value for each language of the list, in its order. */
export const perLanguage = <L extends string, T>(
  list: readonly L[],
  value: (lang: L) => T,
): Record<L, T> => Object.fromEntries(list.map((lang) => [lang, value(lang)])) as Record<L, T>;

/** The file's contents: `{ version, site, asOf, statuses, entries }`, entries in the order given. */
export function ledgerJson<L extends string>(
  entries: readonly DataLedgerEntry<L>[],
  list: readonly L[],
  {
    site,
    asOf,
    urls,
    statuses,
  }: { site: string; asOf: CalendarDate; urls: LedgerUrls<L>; statuses: StatusWords<L> },
) {
  const words = (get: (lang: L) => string | undefined) =>
    perLanguage(list, (lang) => get(lang) ?? null);
  return {
    version: LEDGER_JSON_VERSION,
    site,
    asOf: toDatetime(asOf),
    statuses: LEDGER_STATUSES.map((id) => ({
      id,
      words: perLanguage(list, (lang) => statuses[lang].words[id]),
      meaning: perLanguage(list, (lang) => statuses[lang].meaning[id]),
    })),
    entries: entries.map((entry) => {
      const { speaker } = entry;
      return {
        id: entry.id,
        event: entry.event,
        said: entry.said,
        translation: words((lang) => entry.translation[lang]),
        source: jsonSource(entry.source),
        speaker:
          speaker.kind === 'article'
            ? { kind: speaker.kind, quote: null, name: null, role: null }
            : {
                kind: speaker.kind,
                quote: speaker.quote ?? null,
                name: perLanguage(list, (lang) => speaker.name[lang]),
                role:
                  speaker.role[list[0]!] === undefined ? null : words((lang) => speaker.role[lang]),
              },
        date: jsonDate(entry.date),
        byWhen: jsonByWhen(entry.byWhen),
        status: entry.status,
        steps: entry.steps.map((step) => ({
          date: jsonDate(step.date),
          status: step.status,
          why: perLanguage(list, (lang) => step.why[lang]),
          source: jsonSource(step.source),
          confidence: step.confidence,
        })),
        urls: perLanguage(list, (lang) => urls.entry(entry.id, lang)),
      };
    }),
  };
}

/**
 * The model's ledger as the data files give it (`/outcomes.json`, `/outcomes.csv`): each
 * step's why with the record's date filled in, each source's publisher as the default
 * language names it.
 */
export function dataLedger({ ledger, asOf }: Pick<Model, 'ledger' | 'asOf'>) {
  const source = (model: SourceModel): DataSource => ({
    ...model,
    publisher: model.publisher[defaultLang],
  });
  return ledger.map((entry): DataLedgerEntry<Lang> => ({
    ...entry,
    source: source(entry.source),
    steps: entry.steps.map((step) => ({
      ...step,
      why: perLanguage(languages, (lang) => fillAsOf(step.why[lang], asOf, lang)),
      source: source(step.source),
    })),
    sources: entry.sources.map(source),
  }));
}

/** The scale's words and meanings in every language of the site. */
export const siteStatusWords = (): StatusWords<Lang> =>
  perLanguage(languages, (lang) => {
    const t = useStrings(lang);
    return { words: t.ledgerStatus, meaning: t.ledgerMeaning };
  });
