/**
 * The record as CSV (RFC 4180), as spreadsheets open it: UTF-8 with a byte-order mark (so
 * Excel reads Korean as Korean; Google Sheets and every CSV reader skip the mark), rows
 * ended by CRLF, and a field quoted when it holds a comma, a quotation mark or a line break.
 * A text that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return) is written after a single quotation mark, so it stays text (OWASP's
 * rule for CSV injection; quoting the field does not stop a spreadsheet from running it).
 * One row per event (`/events.csv`), per ledger entry (`/outcomes.csv`) or per step of
 * an entry's history (`/outcome-steps.csv`); dates as `YYYY-MM-DD` or, known only to the
 * month, `YYYY-MM (month)` (text a spreadsheet cannot turn into the month's first day), with
 * their precision in a column of their own (docs/data.md). Columns are read by their
 * header: a new field or language adds columns. Each file's columns are described, value
 * by value, in `src/outputs/openData/codebook.ts` (the `/data/` page and `/datapackage.json`).
 */
import { hasCalendarDays } from './calendar';
import { toDatetime, type CalendarDate } from '@/lib/dates';
import type { DataEvent, DataUrls } from './eventsJson';
import { decisiveStep } from '@/lib/ledger';
import { jsonByWhen, type DataLedgerEntry, type LedgerUrls, type StatusWords } from './ledgerJson';

/** A cell: text, a number, or nothing (an empty field). */
export type Cell = string | number | undefined;

const BOM = '\uFEFF';

/** The first characters that make a spreadsheet read a cell as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

/** A cell as a field: a number as it is, a text made safe from formulas and quoted where it must be. */
function field(cell: Cell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file: the header row, then each row, every row as long as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields, not ${header.length}`);
    }
  }
  return `${BOM}${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A column per language: `title_ko`, `title_en`. */
const perLang = <L extends string>(name: string, languages: readonly L[]) =>
  languages.map((lang) => `${name}_${lang}`);

/**
 * A date as a cell: `2025-09-10`, or `2025-02 (month)` for a date known only to the month,
 * which a spreadsheet keeps as text (it reads `2025-02` as 1 February); a deadline early in
 * a year is `2026 (early)`, for the same reason.
 */
export const csvDate = (date: CalendarDate): string =>
  date.precision === 'month' ? `${toDatetime(date)} (month)` : toDatetime(date);

/** A date and its precision, as two cells. */
const dated = (date: CalendarDate | undefined): Cell[] =>
  date ? [csvDate(date), date.precision] : [undefined, undefined];

/** What became of an event: the ledger's entries about it, each with its status as of the record's date. */
export type EventFates = ReadonlyMap<
  string,
  readonly Pick<DataLedgerEntry<string>, 'id' | 'status'>[]
>;

/** The ledger's entries by the event they are about, in the ledger's order. */
export const fatesOf = (
  entries: readonly Pick<DataLedgerEntry<string>, 'id' | 'status' | 'event'>[],
): EventFates => Map.groupBy(entries, (entry) => entry.event);

/**
 * `/events.csv`: the timeline, oldest first, one row per event: the same facts as
 * `/events.json`, words in a column per language, partners by id, sources by address (a
 * space between two); then what became of it: how many later reports the record gives and
 * their addresses, and the ledger's entries about it with their statuses (`fates`).
 * `event_status` is the event's own (held or planned), never the ledger's.
 */
export function eventsCsv<L extends string>(
  events: readonly DataEvent<L>[],
  languages: readonly L[],
  urls: DataUrls<L>,
  fates: EventFates = new Map(),
): string {
  const header = [
    'id',
    'date',
    'date_precision',
    'end_date',
    'end_date_precision',
    'date_kind',
    ...perLang('date_in_words', languages),
    'unconfirmed_plan',
    'kind',
    'record',
    'event_status',
    ...perLang('title', languages),
    ...perLang('summary', languages),
    ...perLang('date_note', languages),
    'follows',
    'partners',
    'sources',
    ...perLang('url', languages),
    'calendar',
    'later_reports',
    'later_report_sources',
    'ledger_entries',
    'ledger_statuses',
  ];
  const rows = events.map((event) => [
    event.id,
    ...dated(event.date),
    ...dated(event.endDate),
    event.dateKind ?? 'happened',
    ...languages.map((lang) => event.dateInWords[lang]),
    event.unconfirmedPlan ? 'yes' : 'no',
    event.kind,
    event.record,
    event.status,
    ...languages.map((lang) => event.title[lang]),
    ...languages.map((lang) => event.summary[lang]),
    ...languages.map((lang) => event.dateNote?.[lang]),
    event.follows.map((link) => link.event).join(' '),
    event.partners.map((partner) => partner.id).join(' '),
    event.sources.map((source) => source.url).join(' '),
    ...languages.map((lang) => urls.event(event.id, lang)),
    hasCalendarDays(event) ? urls.calendar(event.id) : undefined,
    event.outcomes?.length ?? 0,
    event.outcomes?.map((outcome) => outcome.source.url).join(' '),
    fates
      .get(event.id)
      ?.map((entry) => entry.id)
      .join(' '),
    fates
      .get(event.id)
      ?.map((entry) => entry.status)
      .join(' '),
  ]);
  return toCsv(header, rows);
}

/**
 * `/outcomes.csv`: the ledger, in its order, one row per entry: what was said (verbatim,
 * and translated where the site gives a translation), who said it, when and by when, its
 * status on the ledger as of the record's date in words per language, the step that status
 * rests on (the last: every step is in `/outcome-steps.csv`), how many steps it has, and
 * every source's address (a space between two).
 */
export function ledgerCsv<L extends string>(
  entries: readonly DataLedgerEntry<L>[],
  languages: readonly L[],
  { asOf, urls, statuses }: { asOf: CalendarDate; urls: LedgerUrls<L>; statuses: StatusWords<L> },
): string {
  const header = [
    'id',
    'event',
    ...perLang('event_url', languages),
    ...perLang('url', languages),
    'said',
    ...perLang('translation', languages),
    'speaker_kind',
    'speaker_quote',
    ...perLang('speaker', languages),
    ...perLang('speaker_role', languages),
    'date',
    'date_precision',
    'by_when',
    'by_when_precision',
    'ledger_status',
    ...perLang('ledger_status', languages),
    'as_of',
    'ledger_status_date',
    'ledger_status_date_precision',
    ...perLang('ledger_status_why', languages),
    'ledger_status_source',
    'ledger_status_publisher',
    'steps',
    'sources',
  ];
  const rows = entries.map((entry) => {
    const { speaker } = entry;
    const person = speaker.kind === 'article' ? undefined : speaker;
    const basis = decisiveStep(entry.steps);
    const byWhen = jsonByWhen(entry.byWhen);
    return [
      entry.id,
      entry.event,
      ...languages.map((lang) => urls.event(entry.event, lang)),
      ...languages.map((lang) => urls.entry(entry.id, lang)),
      entry.said,
      ...languages.map((lang) => entry.translation[lang]),
      speaker.kind,
      person?.quote,
      ...languages.map((lang) => person?.name[lang]),
      ...languages.map((lang) => person?.role[lang]),
      ...dated(entry.date),
      typeof entry.byWhen === 'string'
        ? undefined
        : entry.byWhen.precision === 'early'
          ? `${entry.byWhen.year} (early)`
          : csvDate(entry.byWhen),
      byWhen.precision,
      entry.status,
      ...languages.map((lang) => statuses[lang].words[entry.status]),
      toDatetime(asOf),
      ...dated(basis.date),
      ...languages.map((lang) => basis.why[lang]),
      basis.source.url,
      basis.source.publisher,
      entry.steps.length,
      entry.sources.map((source) => source.url).join(' '),
    ];
  });
  return toCsv(header, rows);
}

/**
 * `/outcome-steps.csv`: every entry's history, one row per step, entries in the ledger's
 * order and each entry's steps oldest first: the step's date, the status it set in words per
 * language, why, how firmly its source states it, and the source with its publisher named.
 * "Past its date" is no step (it is derived from the deadline and the record's date), so it
 * is in `/outcomes.csv` only.
 */
export function ledgerStepsCsv<L extends string>(
  entries: readonly DataLedgerEntry<L>[],
  languages: readonly L[],
  { urls, statuses }: { urls: LedgerUrls<L>; statuses: StatusWords<L> },
): string {
  const header = [
    'entry',
    'step',
    'event',
    'date',
    'date_precision',
    'ledger_status',
    ...perLang('ledger_status', languages),
    ...perLang('why', languages),
    'confidence',
    'source',
    'source_publisher',
    'source_title',
    'source_date',
    ...perLang('entry_url', languages),
  ];
  const rows = entries.flatMap((entry) =>
    entry.steps.map((step, index) => [
      entry.id,
      index + 1,
      entry.event,
      ...dated(step.date),
      step.status,
      ...languages.map((lang) => statuses[lang].words[step.status]),
      ...languages.map((lang) => step.why[lang]),
      step.confidence,
      step.source.url,
      step.source.publisher,
      step.source.title,
      step.source.date && csvDate(step.source.date),
      ...languages.map((lang) => urls.entry(entry.id, lang)),
    ]),
  );
  return toCsv(header, rows);
}
