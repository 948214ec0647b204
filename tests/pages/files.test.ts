/**
 * The files beside the pages, as the build writes them: an RSS feed and a calendar per
 * language, `/events.json`, `/events.csv`, and the ledger as `/outcomes.json` and
 * `/outcomes.csv`. Each is parsed and checked against the fixture and the pages it links
 * to: that the build puts the right events, words and addresses in it. How each format is
 * written (a feed item's description, a VEVENT's lines, CSV quoting, the JSON's fields from
 * a model) is the unit tests' (tests/unit/feed, calendar, csv, eventsJson, ledgerJson).
 */
import { z } from 'astro/zod';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { defaultLang } from '../../src/i18n/locales';
import {
  DATE_KINDS,
  EVENT_KINDS,
  EVENT_SCOPES,
  EVENT_STATUSES,
  LEDGER_STATUSES,
} from '../../src/lib/vocabulary';
import { decisiveStep } from '../../src/lib/ledger';
import { parseCsv } from '../support/csv';
import { calendarTitle, hasCalendarDays, parseCalendar } from './calendar';
import { exists, file, open, text } from './dom';
import {
  asOf,
  changes,
  events,
  inLang,
  isDay,
  languages,
  ledger,
  partner,
  paths,
  prefix,
  served,
  siteUrl,
  source,
  type LedgerEntry,
} from './fixture';
import { dateLine, unconfirmedPlan } from './records';
import { words } from './words';

/** A public address of the fixture's build, and the file it is: `…/en/events/a/` → its index.html. */
const builtFile = (url: string) => {
  const path = served(url);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item',
});
const FeedItem = z
  .object({
    title: z.string().min(1),
    link: z.url(),
    guid: z.unknown(),
    description: z.string().min(1),
    pubDate: z.string().optional(),
    category: z.string().min(1),
  })
  .strict();
const Feed = z.object({
  rss: z.object({
    '@_version': z.literal('2.0'),
    channel: z.object({
      title: z.string(),
      description: z.string().min(1),
      link: z.url(),
      item: z.array(FeedItem),
    }),
  }),
});

describe.each(languages)('the files in %s', (lang) => {
  const w = words[lang];
  const feed = `${prefix(lang)}rss.xml`;

  test(`/${feed} lists every event newest first, each leading to its page`, () => {
    const { channel } = Feed.parse(xml.parse(file(feed))).rss;
    expect(channel.title).toBe(w.siteName);
    expect(channel.link).toBe(siteUrl(prefix(lang)));
    const newestFirst = events.toReversed();
    expect(channel.item.map((item) => item.link)).toEqual(
      newestFirst.map((e) => siteUrl(inLang(paths.event(e.id), lang))),
    );
    for (const [index, item] of channel.item.entries()) {
      const e = newestFirst[index]!;
      expect(item.title).toBe(e.title[lang]);
      expect(item.category).toBe(w.records[e.record]);
      // Dated when it was added to the record, midnight in Korea: the change log's addition
      // that names it, or the log's first day for an event the record held before.
      const added =
        changes
          .filter((c) => c.kind === 'addition' && c.events.includes(e.id))
          .map((c) => c.date)
          .sort()[0] ?? changes.map((c) => c.date).sort()[0];
      expect(item.pubDate, e.id).toBe(new Date(`${added}T00:00:00+09:00`).toUTCString());
      expect(item.description).toContain(e.summary[lang]);
      // The page an item leads to is the event's, in the feed's language.
      const { document } = open(served(item.link));
      expect(document.documentElement.lang).toBe(lang);
      expect(text(document.querySelector('h1'))).toBe(item.title);
    }
  });

  test(`/${prefix(lang)}calendar.ics holds one all-day event per event with days of its own`, () => {
    const vevents = parseCalendar(file(`${prefix(lang)}calendar.ics`));
    // Month-only and announced dates are left out: both kinds are in the fixture.
    expect(events.filter((e) => !isDay(e.date)).length).toBeGreaterThan(0);
    expect(
      events.filter((e) => isDay(e.date) && e.dateKind === 'announced').length,
    ).toBeGreaterThan(0);
    expect(
      vevents.map((vevent) => [vevent.component.getFirstPropertyValue('url'), vevent.summary]),
    ).toEqual(
      events
        .filter(hasCalendarDays)
        .map((e) => [siteUrl(inLang(paths.event(e.id), lang)), calendarTitle(e, lang)]),
    );
  });
});

/** The documented shape of `/events.json` (docs: "Calendar, feeds and data"). */
const datetime = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const JsonDate = z
  .object({ value: datetime, precision: z.enum(['day', 'month']) })
  .strict()
  .refine((date) => (date.precision === 'day') === isDay(date.value), 'precision matches value');
const inEveryLanguage = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(languages.map((lang) => [lang, value]))).strict();
const Words = inEveryLanguage(z.string().min(1));
/** What every JSON data file opens with: its schema beside it, and its licence. */
const head = (file: string) => ({
  $schema: z.literal(siteUrl(`${file}.schema.json`)),
  license: z
    .object({
      name: z.literal('CC-BY-4.0'),
      path: z.url(),
      title: z.string().min(1),
      statement: Words,
    })
    .strict(),
});
const EventsJson = z
  .object({
    ...head('events'),
    version: z.literal(5),
    site: z.url(),
    asOf: datetime,
    events: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: Words,
          summary: Words,
          kind: z.enum(EVENT_KINDS),
          date: JsonDate,
          endDate: JsonDate.nullable(),
          dateKind: z.enum(DATE_KINDS),
          dateInWords: Words,
          unconfirmedPlan: z.boolean(),
          dateNote: Words.nullable(),
          record: z.enum(EVENT_SCOPES),
          status: z.enum(EVENT_STATUSES),
          follows: z.array(z.string().regex(/^[a-z0-9-]+$/)),
          partners: z.array(z.object({ id: z.string().min(1), name: Words }).strict()),
          sources: z
            .array(
              z
                .object({
                  url: z.url(),
                  publisher: z.string().min(1),
                  title: z.string().min(1).optional(),
                  date: datetime.optional(),
                })
                .strict(),
            )
            .min(1),
          urls: inEveryLanguage(z.url()),
          calendar: z.url().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

test('/events.json has the documented shape and says what the fixture and its pages say', () => {
  const data = EventsJson.parse(JSON.parse(file('events.json')));
  expect(data.site).toBe(siteUrl(''));
  expect(data.asOf).toBe(asOf);
  // Oldest first, as the timeline.
  expect(data.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  for (const [index, shown] of data.events.entries()) {
    const e = events[index]!;
    for (const lang of languages) {
      expect(shown.title[lang]).toBe(e.title[lang]);
      expect(shown.summary[lang]).toBe(e.summary[lang]);
      expect(shown.dateNote?.[lang]).toBe(e.dateNote?.[lang]);
      expect(shown.dateInWords[lang]).toBe(dateLine(e, lang));
      expect(shown.urls[lang]).toBe(siteUrl(inLang(paths.event(e.id), lang)));
    }
    expect(shown.date).toEqual({ value: e.date, precision: isDay(e.date) ? 'day' : 'month' });
    expect(shown.endDate?.value).toBe(e.endDate);
    expect(shown.dateKind).toBe(e.dateKind);
    expect(shown.unconfirmedPlan).toBe(unconfirmedPlan(e));
    expect([shown.kind, shown.record, shown.status]).toEqual([e.kind, e.record, e.status]);
    expect(shown.follows).toEqual(e.follows.map((link) => link.event));
    expect(shown.partners).toEqual(e.partners.map((id) => ({ id, name: partner(id).name })));
    expect(shown.sources.map((s) => [s.url, s.publisher])).toEqual(
      e.sources.map((s) => [s.url, s.publisher[defaultLang]]),
    );
    // A calendar file where the event has days of its own, and it is there.
    expect(shown.calendar).toBe(hasCalendarDays(e) ? siteUrl(`events/${e.id}.ics`) : null);
    if (shown.calendar) expect(exists(served(shown.calendar)), shown.calendar).toBe(true);
    for (const url of Object.values(shown.urls)) expect(exists(builtFile(url)), url).toBe(true);
  }
});

/**
 * A CSV file of the build as a spreadsheet reads it: its header, its rows, and a row's cell
 * by its column's name (which must be in the header). (Its byte-order mark and quoting are
 * tests/unit/csv.test.ts's.)
 */
function readCsv(path: string) {
  const [header = [], ...rows] = parseCsv(file(path));
  const cell = (row: string[], name: string) => {
    expect(header, `a column ${name}`).toContain(name);
    return row[header.indexOf(name)];
  };
  return { header, rows, cell };
}

test('/events.csv opens as a spreadsheet: a row per event with what the fixture says', () => {
  const { header, rows, cell } = readCsv('events.csv');
  expect(rows.map((row) => cell(row, 'id'))).toEqual(events.map((e) => e.id));
  for (const [index, row] of rows.entries()) {
    const e = events[index]!;
    expect(row).toHaveLength(header.length);
    expect(cell(row, 'date')).toBe(csvDate(e.date));
    expect(cell(row, 'date_precision')).toBe(isDay(e.date) ? 'day' : 'month');
    expect(cell(row, 'end_date')).toBe(e.endDate ?? '');
    expect(cell(row, 'date_kind')).toBe(e.dateKind);
    expect([cell(row, 'kind'), cell(row, 'record'), cell(row, 'event_status')]).toEqual([
      e.kind,
      e.record,
      e.status,
    ]);
    // What became of it: its later reports, and the ledger's entries about it.
    expect(cell(row, 'later_reports')).toBe(String(e.outcomes.length));
    const about = ledger.filter((entry) => entry.event === e.id);
    expect(cell(row, 'ledger_entries')).toBe(about.map((entry) => entry.id).join(' '));
    expect(cell(row, 'ledger_statuses')).toBe(about.map((entry) => entry.status).join(' '));
    for (const lang of languages) {
      expect(cell(row, `title_${lang}`)).toBe(e.title[lang]);
      expect(cell(row, `summary_${lang}`)).toBe(e.summary[lang]);
      expect(cell(row, `url_${lang}`)).toBe(siteUrl(inLang(paths.event(e.id), lang)));
    }
    expect(cell(row, 'partners')).toBe(e.partners.join(' '));
    expect(cell(row, 'sources')).toBe(e.sources.map((s) => s.url).join(' '));
  }
});

/** What the fixture's ledger says each entry stands at, as of its record: one of each kind. */
const STATUSES_EXPECTED = {
  tomorrow: 'past-its-date',
  'next-february': 'pending',
  'head-soon': 'done',
  'fresh-start': 'not-rated',
} as const;

test('the fixture’s ledger reads as its files say: past its date, pending, done, not rated', () => {
  expect(Object.fromEntries(ledger.map((e) => [e.id, e.status]))).toEqual(STATUSES_EXPECTED);
});

const ledgerUrl = (e: LedgerEntry, lang: (typeof languages)[number]) =>
  siteUrl(inLang(`outcomes/entries/${e.id}/`, lang));
const precisionOf = (value: string) => (isDay(value) ? 'day' : 'month');
/** A date as the CSV files write it: a month as text a spreadsheet keeps (`2025-02 (month)`). */
const csvDate = (value: string) => (isDay(value) ? value : `${value} (month)`);
const byWhenOf = (byWhen: string) =>
  byWhen === 'soon' || byWhen === 'none'
    ? { value: null, precision: byWhen }
    : { value: byWhen, precision: precisionOf(byWhen) };

/** The documented shape of `/outcomes.json` (docs/data.md). */
const LedgerSource = z
  .object({
    url: z.url(),
    publisher: z.string().min(1),
    title: z.string().min(1).optional(),
    date: datetime.optional(),
  })
  .strict();
const OutcomesJson = z
  .object({
    ...head('outcomes'),
    version: z.literal(1),
    site: z.url(),
    asOf: datetime,
    statuses: z.array(
      z.object({ id: z.enum(LEDGER_STATUSES), words: Words, meaning: Words }).strict(),
    ),
    entries: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          event: z.string().regex(/^[a-z0-9-]+$/),
          said: z.string().min(1),
          translation: inEveryLanguage(z.string().min(1).nullable()),
          source: LedgerSource,
          speaker: z
            .object({
              kind: z.enum(['article', 'quote', 'named']),
              quote: z.string().nullable(),
              name: Words.nullable(),
              role: Words.nullable(),
            })
            .strict(),
          date: JsonDate,
          byWhen: z
            .object({
              value: datetime.nullable(),
              precision: z.enum(['day', 'month', 'soon', 'none']),
            })
            .strict(),
          status: z.enum(LEDGER_STATUSES),
          steps: z
            .array(
              z
                .object({
                  date: JsonDate,
                  status: z.enum(LEDGER_STATUSES),
                  why: Words,
                  source: LedgerSource,
                  confidence: z.enum(['high', 'medium', 'low']),
                })
                .strict(),
            )
            .min(1),
          urls: inEveryLanguage(z.url()),
        })
        .strict(),
    ),
  })
  .strict();

test('/outcomes.json has the documented shape and says what the fixture’s ledger says', () => {
  const data = OutcomesJson.parse(JSON.parse(file('outcomes.json')));
  expect(data.site).toBe(siteUrl(''));
  expect(data.asOf).toBe(asOf);
  expect(data.statuses.map((s) => s.id)).toEqual([...LEDGER_STATUSES]);
  for (const status of data.statuses) {
    for (const lang of languages) {
      expect(status.words[lang]).toBe(words[lang].ledgerStatus[status.id]);
      expect(status.meaning[lang]).toBe(words[lang].ledgerMeaning[status.id]);
    }
  }
  // In the ledger's order: the order things were said.
  expect(data.entries.map((e) => e.id)).toEqual(ledger.map((e) => e.id));
  for (const [index, shown] of data.entries.entries()) {
    const e = ledger[index]!;
    expect(shown.status, e.id).toBe(e.status);
    expect([shown.event, shown.said]).toEqual([e.event, e.said]);
    expect(shown.source.url).toBe(source(e.source).url);
    expect(shown.date).toEqual({ value: e.date, precision: precisionOf(e.date) });
    expect(shown.byWhen).toEqual(byWhenOf(e.byWhen));
    const { speaker } = e;
    expect(shown.speaker).toEqual(
      speaker.kind === 'article'
        ? { kind: 'article', quote: null, name: null, role: null }
        : {
            kind: speaker.kind,
            quote: speaker.quote ?? null,
            name: speaker.name,
            role: speaker.role[defaultLang] === undefined ? null : speaker.role,
          },
    );
    for (const lang of languages) {
      expect(shown.translation[lang]).toBe(e.translation[lang] ?? null);
      expect(shown.urls[lang]).toBe(ledgerUrl(e, lang));
    }
    expect(
      shown.steps.map((step) => [step.date.value, step.status, step.source.url, step.confidence]),
    ).toEqual(
      e.steps.map((step) => [step.date, step.status, source(step.source).url, step.confidence]),
    );
    expect(shown.steps.map((step) => step.why)).toEqual(e.steps.map((step) => step.why));
    // The ledger page each entry leads to is there.
    for (const url of Object.values(shown.urls)) expect(exists(builtFile(url)), url).toBe(true);
  }
});

test('/outcomes.csv opens as a spreadsheet: a row per ledger entry with what the fixture says', () => {
  const { header, rows, cell } = readCsv('outcomes.csv');
  expect(rows.map((row) => cell(row, 'id'))).toEqual(ledger.map((e) => e.id));
  for (const [index, row] of rows.entries()) {
    const e = ledger[index]!;
    // The step its status rests on, by the site's rule.
    const basis = decisiveStep(e.steps);
    expect(row).toHaveLength(header.length);
    expect([cell(row, 'event'), cell(row, 'said')]).toEqual([e.event, e.said]);
    expect(cell(row, 'speaker_kind')).toBe(e.speaker.kind);
    expect([cell(row, 'date'), cell(row, 'date_precision')]).toEqual([
      csvDate(e.date),
      precisionOf(e.date),
    ]);
    const byWhen = byWhenOf(e.byWhen);
    expect([cell(row, 'by_when'), cell(row, 'by_when_precision')]).toEqual([
      byWhen.value === null ? '' : csvDate(byWhen.value),
      byWhen.precision,
    ]);
    expect(cell(row, 'ledger_status'), e.id).toBe(e.status);
    expect(cell(row, 'as_of')).toBe(asOf);
    expect([
      cell(row, 'ledger_status_date'),
      cell(row, 'ledger_status_source'),
      cell(row, 'ledger_status_publisher'),
    ]).toEqual([
      csvDate(basis.date),
      source(basis.source).url,
      source(basis.source).publisher[defaultLang],
    ]);
    expect(cell(row, 'steps')).toBe(String(e.steps.length));
    for (const lang of languages) {
      expect(cell(row, `ledger_status_${lang}`)).toBe(words[lang].ledgerStatus[e.status]);
      expect(cell(row, `translation_${lang}`)).toBe(e.translation[lang] ?? '');
      expect(cell(row, `speaker_${lang}`)).toBe(
        e.speaker.kind === 'article' ? '' : e.speaker.name[lang],
      );
      expect(cell(row, `url_${lang}`)).toBe(ledgerUrl(e, lang));
      expect(cell(row, `event_url_${lang}`)).toBe(siteUrl(inLang(paths.event(e.event), lang)));
    }
    const cited = [...new Set([e.source, ...e.steps.map((step) => step.source)])];
    expect(cell(row, 'sources')).toBe(cited.map((id) => source(id).url).join(' '));
  }
});

test('/outcome-steps.csv opens as a spreadsheet: a row per step of every entry, its publisher named', () => {
  const { header, rows, cell } = readCsv('outcome-steps.csv');
  const steps = ledger.flatMap((e) => e.steps.map((step, index) => ({ e, step, index })));
  expect(rows.map((row) => `${cell(row, 'entry')} ${cell(row, 'step')}`)).toEqual(
    steps.map(({ e, index }) => `${e.id} ${index + 1}`),
  );
  for (const [index, row] of rows.entries()) {
    const { e, step } = steps[index]!;
    expect(row).toHaveLength(header.length);
    expect(cell(row, 'event')).toBe(e.event);
    expect([cell(row, 'date'), cell(row, 'ledger_status')]).toEqual([
      csvDate(step.date),
      step.status,
    ]);
    expect([cell(row, 'source'), cell(row, 'source_publisher')]).toEqual([
      source(step.source).url,
      source(step.source).publisher[defaultLang],
    ]);
    expect(cell(row, 'confidence')).toBe(step.confidence);
    for (const lang of languages) {
      expect(cell(row, `ledger_status_${lang}`)).toBe(words[lang].ledgerStatus[step.status]);
      expect(cell(row, `entry_url_${lang}`)).toBe(ledgerUrl(e, lang));
    }
  }
});
