/**
 * The files beside the pages: an RSS feed and a calendar per language, `/events.json` and
 * `/events.csv`.
 * Each is parsed and checked against the fixture and against the pages it links to.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'astro/zod';
import { XMLParser } from 'fast-xml-parser';
import { defaultLang } from '../../src/i18n/locales';
import { DATE_KINDS, EVENT_KINDS, EVENT_RECORDS, EVENT_STATUSES } from '../../src/lib/vocabulary';
import { expectCalendarEvent, parseCalendar } from './calendar';
import {
  asOf,
  events,
  formatDate,
  hasCalendarDays,
  inLang,
  isDay,
  languages,
  partner,
  paths,
  prefix,
  publishersOf,
  served,
  shownDates,
  siteUrl,
} from './fixture';
import { parseCsv } from '../support/csv';
import { fill, words } from './words';

async function fetchText(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

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

for (const lang of languages) {
  const w = words[lang];
  const feed = `${prefix(lang)}rss.xml`;

  test(`/${feed} lists every event newest first, in ${lang}, each leading to its page`, async ({
    page,
    request,
  }) => {
    const text = await fetchText(request, feed);
    // Well-formed XML, as a browser's strict XML parser reads it.
    const wellFormed = await page.evaluate(
      (source) =>
        !new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror'),
      text,
    );
    expect(wellFormed).toBe(true);
    const { channel } = Feed.parse(xml.parse(text)).rss;
    expect(channel.title).toBe(w.siteName);
    expect(channel.link).toBe(siteUrl(prefix(lang)));
    const newestFirst = events.toReversed();
    expect(channel.item.map((item) => item.link)).toEqual(
      newestFirst.map((e) => siteUrl(inLang(paths.event(e.id), lang))),
    );
    for (const [index, item] of channel.item.entries()) {
      const e = newestFirst[index]!;
      expect(item.title).toBe(e.title[lang]);
      // The date as the page shows it (an announced one said to be so), the record, the summary.
      const when = fill(w.record.dateKinds[e.dateKind], {
        date:
          e.dateKind === 'announced' ? formatDate(e.date, lang) : shownDates(e, lang).join(' – '),
      });
      const by = fill(w.record.sourceOf, { sources: publishersOf(e, lang) });
      expect(item.description).toBe(`${when} · ${w.records[e.record]}: ${e.summary[lang]} ${by}`);
      expect(item.category).toBe(w.records[e.record]);
      // Only a day of the event's own has a moment: midnight in Korea. A month names no
      // day, and an announced date is not the event's.
      expect(item.pubDate, e.id).toBe(
        isDay(e.date) && e.dateKind !== 'announced'
          ? new Date(`${e.date}T00:00:00+09:00`).toUTCString()
          : undefined,
      );
    }
    // The page an item leads to is the event's, in the feed's language.
    const item = channel.item[0]!;
    await page.goto(served(item.link));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });

  test(`/${prefix(lang)}calendar.ics holds one all-day event per event with days of its own`, async ({
    request,
  }) => {
    const vevents = parseCalendar(await fetchText(request, `${prefix(lang)}calendar.ics`));
    const withDays = events.filter(hasCalendarDays);
    // Month-only and announced dates are left out: both kinds are in the fixture.
    expect(events.filter((e) => !isDay(e.date)).length).toBeGreaterThan(0);
    expect(
      events.filter((e) => isDay(e.date) && e.dateKind === 'announced').length,
    ).toBeGreaterThan(0);
    expect(vevents).toHaveLength(withDays.length);
    for (const e of withDays) {
      const vevent = vevents.find(
        (v) =>
          v.component.getFirstPropertyValue('url') === siteUrl(inLang(paths.event(e.id), lang)),
      );
      expect(vevent, `${e.id} is in the calendar`).toBeDefined();
      expectCalendarEvent(vevent!, e, lang);
    }
  });
}

test('an event has the same calendar UID in every language, so importing two does not double it', async ({
  request,
}) => {
  const uids = await Promise.all(
    languages.map(async (lang) => {
      const vevents = parseCalendar(await fetchText(request, `${prefix(lang)}calendar.ics`));
      return vevents.map((vevent) => vevent.uid);
    }),
  );
  expect(new Set(uids[0]).size).toBe(uids[0]!.length);
  for (const other of uids.slice(1)) expect(other).toEqual(uids[0]);
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
const EventsJson = z
  .object({
    version: z.literal(3),
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
          dateNote: Words.nullable(),
          record: z.enum(EVENT_RECORDS),
          status: z.enum(EVENT_STATUSES),
          follows: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .nullable(),
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

test('/events.json has the documented shape and says what the fixture and its pages say', async ({
  request,
}) => {
  const response = await request.get('events.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const data = EventsJson.parse(await response.json());
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
      expect(shown.urls[lang]).toBe(siteUrl(inLang(paths.event(e.id), lang)));
    }
    expect(shown.date).toEqual({ value: e.date, precision: isDay(e.date) ? 'day' : 'month' });
    expect(shown.endDate?.value).toBe(e.endDate);
    expect(shown.dateKind).toBe(e.dateKind);
    expect([shown.kind, shown.record, shown.status]).toEqual([e.kind, e.record, e.status]);
    expect(shown.follows).toBe(e.follows?.event ?? null);
    expect(shown.partners).toEqual(e.partners.map((id) => ({ id, name: partner(id).name })));
    expect(shown.sources.map((s) => [s.url, s.publisher])).toEqual(
      e.sources.map((s) => [s.url, s.publisher[defaultLang]]),
    );
    // A calendar file where the event has days of its own, and it is there.
    expect(shown.calendar).toBe(hasCalendarDays(e) ? siteUrl(`events/${e.id}.ics`) : null);
    if (shown.calendar) await fetchText(request, served(shown.calendar));
    for (const url of Object.values(shown.urls)) await fetchText(request, served(url));
  }
});

test('/events.csv opens as a spreadsheet: a row per event with what /events.json says', async ({
  request,
}) => {
  const response = await request.get('events.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  // The byte-order mark that makes Excel read the Korean as UTF-8.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  const cell = (row: string[], name: string) => {
    expect(header, `a column ${name}`).toContain(name);
    return row[header!.indexOf(name)];
  };
  expect(rows.map((row) => cell(row, 'id'))).toEqual(events.map((e) => e.id));
  for (const [index, row] of rows.entries()) {
    const e = events[index]!;
    expect(row).toHaveLength(header!.length);
    expect(cell(row, 'date')).toBe(e.date);
    expect(cell(row, 'date_precision')).toBe(isDay(e.date) ? 'day' : 'month');
    expect(cell(row, 'end_date')).toBe(e.endDate ?? '');
    expect(cell(row, 'date_kind')).toBe(e.dateKind);
    expect([cell(row, 'kind'), cell(row, 'record'), cell(row, 'status')]).toEqual([
      e.kind,
      e.record,
      e.status,
    ]);
    for (const lang of languages) {
      expect(cell(row, `title_${lang}`)).toBe(e.title[lang]);
      expect(cell(row, `summary_${lang}`)).toBe(e.summary[lang]);
      expect(cell(row, `url_${lang}`)).toBe(siteUrl(inLang(paths.event(e.id), lang)));
    }
    expect(cell(row, 'partners')).toBe(e.partners.join(' '));
    expect(cell(row, 'sources')).toBe(e.sources.map((s) => s.url).join(' '));
  }
});
