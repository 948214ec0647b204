/**
 * The codebook of the data files: every column of every CSV file and every field of every
 * JSON file, what it holds, and every value of every coded one. The `/data/` page shows it
 * in each language (the words are `openData` in `ui.json`: `fields.<meaning>` for what a
 * column or field holds, `codes.<list>.<value>` for what a value means), and
 * `/datapackage.json` gives each CSV's columns as a Table Schema from it. The CSV writers
 * (`src/lib/csv.ts`) keep their own headers; the content tests check that the two agree,
 * column for column (tests/content/data-files.test.ts).
 */
import {
  CONFIDENCE_LEVELS,
  DATE_KINDS,
  EVENT_KINDS,
  EVENT_SCOPES,
  EVENT_STATUSES,
  LEDGER_STATUSES,
} from '@/lib/vocabulary';

/** The closed lists a coded column or field takes its values from. */
export const CODE_LISTS = {
  precision: ['day', 'month'],
  byWhenPrecision: ['day', 'month', 'early', 'soon', 'none'],
  dateKind: DATE_KINDS,
  kind: EVENT_KINDS,
  record: EVENT_SCOPES,
  eventStatus: EVENT_STATUSES,
  ledgerStatus: LEDGER_STATUSES,
  /** A step never says "past its date": that is derived from the deadline and the record's date. */
  stepStatus: LEDGER_STATUSES.filter((status) => status !== 'past-its-date'),
  confidence: CONFIDENCE_LEVELS,
  speakerKind: ['article', 'quote', 'named'],
  unconfirmedPlan: ['yes', 'no'],
} as const satisfies Record<string, readonly string[]>;
export type CodeList = keyof typeof CODE_LISTS;

/**
 * What a cell holds: text; a date (`2025-09-10`, or `2025-02 (month)` for a month only);
 * a deadline (a date, or `2026 (early)` for early in a year); a whole number; an absolute address; or a list of ids, codes or addresses, a space
 * between two.
 */
export type CellType = 'text' | 'date' | 'deadline' | 'integer' | 'url' | 'ids' | 'urls';

export interface Column {
  /** Its header; for a column per language, the stem: `title` is `title_ko`, `title_en`, … */
  name: string;
  perLanguage?: true;
  type: CellType;
  /** The list its value (or each value of a list) is one of. */
  codes?: CodeList;
  /** Its key in `openData.fields`: what it holds. */
  meaning: string;
  /** Never empty. */
  required?: true;
}

export interface CsvFile {
  /** The resource's name in `/datapackage.json`. */
  name: string;
  /** Below the base, as `src/data/urls.ts` gives it. */
  path: string;
  /** Its key in `openData.files`: what a row is. */
  meaning: string;
  columns: Column[];
}

const column = (
  name: string,
  type: CellType,
  meaning: string,
  extra: Partial<Pick<Column, 'codes' | 'perLanguage' | 'required'>> = {},
): Column => ({ name, type, meaning, ...extra });
const required = { required: true } as const;
const perLanguage = { perLanguage: true, required: true } as const;
const coded = (codes: CodeList) => ({ codes, required: true }) as const;

export const CSV_FILES: CsvFile[] = [
  {
    name: 'events-table',
    path: 'events.csv',
    meaning: 'eventsCsv',
    columns: [
      column('id', 'text', 'eventId', required),
      column('date', 'date', 'eventDate', required),
      column('date_precision', 'text', 'precision', coded('precision')),
      column('end_date', 'date', 'endDate'),
      column('end_date_precision', 'text', 'precision', { codes: 'precision' }),
      column('date_kind', 'text', 'dateKind', coded('dateKind')),
      column('date_in_words', 'text', 'dateInWords', perLanguage),
      column('unconfirmed_plan', 'text', 'unconfirmedPlan', coded('unconfirmedPlan')),
      column('kind', 'text', 'kind', coded('kind')),
      column('record', 'text', 'record', coded('record')),
      column('event_status', 'text', 'eventStatus', coded('eventStatus')),
      column('title', 'text', 'title', perLanguage),
      column('summary', 'text', 'summary', perLanguage),
      column('date_note', 'text', 'dateNote', { perLanguage: true }),
      column('follows', 'ids', 'follows'),
      column('partners', 'ids', 'partners'),
      column('sources', 'urls', 'sources', required),
      column('url', 'url', 'eventUrl', perLanguage),
      column('calendar', 'url', 'calendar'),
      column('later_reports', 'integer', 'laterReports', required),
      column('later_report_sources', 'urls', 'laterReportSources'),
      column('ledger_entries', 'ids', 'ledgerEntries'),
      column('ledger_statuses', 'ids', 'ledgerStatuses', { codes: 'ledgerStatus' }),
    ],
  },
  {
    name: 'outcomes-table',
    path: 'outcomes.csv',
    meaning: 'ledgerCsv',
    columns: [
      column('id', 'text', 'entryId', required),
      column('event', 'text', 'entryEvent', required),
      column('event_url', 'url', 'eventUrl', perLanguage),
      column('url', 'url', 'entryUrl', perLanguage),
      column('said', 'text', 'said', required),
      column('translation', 'text', 'translation', { perLanguage: true }),
      column('speaker_kind', 'text', 'speakerKind', coded('speakerKind')),
      column('speaker_quote', 'text', 'speakerQuote'),
      column('speaker', 'text', 'speaker', { perLanguage: true }),
      column('speaker_role', 'text', 'speakerRole', { perLanguage: true }),
      column('date', 'date', 'saidDate', required),
      column('date_precision', 'text', 'precision', coded('precision')),
      column('by_when', 'deadline', 'byWhen'),
      column('by_when_precision', 'text', 'byWhenPrecision', coded('byWhenPrecision')),
      column('ledger_status', 'text', 'ledgerStatus', coded('ledgerStatus')),
      column('ledger_status', 'text', 'ledgerStatusWords', perLanguage),
      column('as_of', 'date', 'asOf', required),
      column('ledger_status_date', 'date', 'statusDate', required),
      column('ledger_status_date_precision', 'text', 'precision', coded('precision')),
      column('ledger_status_why', 'text', 'statusWhy', perLanguage),
      column('ledger_status_source', 'url', 'statusSource', required),
      column('ledger_status_publisher', 'text', 'publisher', required),
      column('steps', 'integer', 'stepCount', required),
      column('sources', 'urls', 'entrySources', required),
    ],
  },
  {
    name: 'outcome-steps-table',
    path: 'outcome-steps.csv',
    meaning: 'stepsCsv',
    columns: [
      column('entry', 'text', 'stepEntry', required),
      column('step', 'integer', 'stepNumber', required),
      column('event', 'text', 'entryEvent', required),
      column('date', 'date', 'stepDate', required),
      column('date_precision', 'text', 'precision', coded('precision')),
      column('ledger_status', 'text', 'stepStatus', coded('stepStatus')),
      column('ledger_status', 'text', 'ledgerStatusWords', perLanguage),
      column('why', 'text', 'stepWhy', perLanguage),
      column('confidence', 'text', 'confidence', coded('confidence')),
      column('source', 'url', 'stepSource', required),
      column('source_publisher', 'text', 'publisher', required),
      column('source_title', 'text', 'sourceTitle'),
      column('source_date', 'date', 'sourceDate'),
      column('entry_url', 'url', 'entryUrl', perLanguage),
    ],
  },
];

/** The headers a file's columns make, languages in the list's order: `title_ko`, `title_en`. */
export const headerOf = (file: CsvFile, languages: readonly string[]): string[] =>
  file.columns.flatMap((col) =>
    col.perLanguage ? languages.map((lang) => `${col.name}_${lang}`) : [col.name],
  );

/** A field of a JSON file: its path (`events[].date`), what it holds, and its list where coded. */
export interface JsonField {
  path: string;
  meaning: string;
  codes?: CodeList;
}

export interface JsonFile {
  name: string;
  path: string;
  /** Its JSON Schema, beside it. */
  schema: string;
  meaning: string;
  fields: JsonField[];
}

const field = (path: string, meaning: string, codes?: CodeList): JsonField => ({
  path,
  meaning,
  ...(codes ? { codes } : {}),
});
/** What both JSON files open with. */
const head = [
  field('$schema', 'schema'),
  field('license', 'license'),
  field('version', 'version'),
  field('site', 'site'),
  field('asOf', 'asOf'),
];

export const JSON_FILES: JsonFile[] = [
  {
    name: 'events',
    path: 'events.json',
    schema: 'events.schema.json',
    meaning: 'eventsJson',
    fields: [
      ...head,
      field('events[].id', 'eventId'),
      field('events[].title', 'title'),
      field('events[].summary', 'summary'),
      field('events[].kind', 'kind', 'kind'),
      field('events[].date', 'eventDate'),
      field('events[].date.precision', 'precision', 'precision'),
      field('events[].endDate', 'endDate'),
      field('events[].dateKind', 'dateKind', 'dateKind'),
      field('events[].dateInWords', 'dateInWords'),
      field('events[].unconfirmedPlan', 'unconfirmedPlan'),
      field('events[].dateNote', 'dateNote'),
      field('events[].record', 'record', 'record'),
      field('events[].status', 'eventStatus', 'eventStatus'),
      field('events[].follows', 'follows'),
      field('events[].partners', 'partnersJson'),
      field('events[].sources', 'sourcesJson'),
      field('events[].urls', 'eventUrl'),
      field('events[].calendar', 'calendar'),
    ],
  },
  {
    name: 'outcomes',
    path: 'outcomes.json',
    schema: 'outcomes.schema.json',
    meaning: 'outcomesJson',
    fields: [
      ...head,
      field('statuses[].id', 'ledgerStatus', 'ledgerStatus'),
      field('statuses[].words', 'ledgerStatusWords'),
      field('statuses[].meaning', 'statusMeaning'),
      field('entries[].id', 'entryId'),
      field('entries[].event', 'entryEvent'),
      field('entries[].said', 'said'),
      field('entries[].translation', 'translation'),
      field('entries[].source', 'saidSource'),
      field('entries[].speaker', 'speakerJson'),
      field('entries[].speaker.kind', 'speakerKind', 'speakerKind'),
      field('entries[].date', 'saidDate'),
      field('entries[].byWhen', 'byWhen'),
      field('entries[].byWhen.precision', 'byWhenPrecision', 'byWhenPrecision'),
      field('entries[].status', 'ledgerStatus', 'ledgerStatus'),
      field('entries[].steps', 'stepsJson'),
      field('entries[].steps[].status', 'stepStatus', 'stepStatus'),
      field('entries[].steps[].confidence', 'confidence', 'confidence'),
      field('entries[].urls', 'entryUrl'),
    ],
  },
];

/** Every key of `openData.fields` the codebook names: each must have its words. */
export const FIELD_MEANINGS = [
  ...new Set([
    ...CSV_FILES.flatMap((file) => file.columns.map((col) => col.meaning)),
    ...JSON_FILES.flatMap((file) => file.fields.map((f) => f.meaning)),
  ]),
];

/**
 * The lists whose values' meanings are written for the codebook (`openData.codes.<list>`);
 * the others are told in the site's own words: the kinds' names (`kinds`), the ledger's
 * scale (`ledgerMeaning`), the confidence levels (`about.confidence`).
 */
export const CODES_WITH_OWN_WORDS = [
  'precision',
  'byWhenPrecision',
  'dateKind',
  'record',
  'eventStatus',
  'speakerKind',
  'unconfirmedPlan',
] as const satisfies readonly CodeList[];
