/**
 * The files beside the pages: iCalendar (per event and for the timeline), RSS per
 * language, and `/events.json`. Each is parsed, and what it says is checked against the
 * event pages a visitor sees: their `<time datetime>`, their links, their order.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'astro/zod';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { EVENT_KINDS, EVENT_RECORDS, EVENT_STATUSES } from '@/lib/vocabulary';
import { NOT_FOUND_PAGES, builtPages, served, siteUrl } from './pages';

const pages = builtPages();
const EDITIONS = [
  {
    lang: 'ko',
    prefix: '',
    siteName: '오픈AI 코리아 타임라인',
    addToCalendar: '캘린더에 추가',
    monthOnly: /월까지만/,
    announcedOnly: /발표된 날/,
  },
  {
    lang: 'en',
    prefix: 'en/',
    siteName: 'OpenAI Korea Timeline',
    addToCalendar: 'Add to calendar',
    monthOnly: /only to the month/,
    announcedOnly: /day it was announced/,
  },
] as const;
type Edition = (typeof EDITIONS)[number];

/** An event page's dates as the page writes them in `<time datetime>`. */
interface PageEvent {
  id: string;
  /** `2025-09-10`, or `2025-02` for a month-only date. */
  start: string;
  /** The last day: `start`, or the end of a range. */
  last: string;
  /** The date as the page shows it, in its language. */
  shown: string;
  /** The page says its date is only the day the event was announced (no calendar entry). */
  announced: boolean;
  /** Which record the page says the event belongs to, in its language. */
  record: string;
}

const isDay = (datetime: string) => /^\d{4}-\d{2}-\d{2}$/.test(datetime);

/** The day after a `YYYY-MM-DD`, computed here independently of the site's code. */
function dayAfter(datetime: string): string {
  const [year, month, day] = datetime.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The events in timeline order (oldest first), from the timeline page and each event page.
 * What it reads are the values the files are checked against, each read once the page
 * shows it (after a web-first assertion), never straight after a navigation.
 */
async function readEvents(page: Page, { prefix, announcedOnly }: Edition): Promise<PageEvent[]> {
  await page.goto(prefix || './');
  // The home page lists every event (the timeline is short): the same as the built pages.
  const built = pages
    .filter((path) => new RegExp(`^${prefix}events/[^/]+/$`).test(path))
    .map((path) => path.split('/').at(-2));
  const entries = page.locator('article.entry');
  await expect(entries).toHaveCount(built.length);
  const ids = await entries.evaluateAll((els) => els.map((el) => el.id));
  expect(ids.toSorted()).toEqual(built.toSorted());
  const events: PageEvent[] = [];
  for (const id of ids) {
    await page.goto(`${prefix}events/${id}/`);
    const times = page.locator('.facts dd').first().locator('time');
    await expect(times.first()).toHaveAttribute('datetime', /^\d{4}-\d{2}/);
    const datetimes = await times.evaluateAll((els) =>
      els.map((el) => el.getAttribute('datetime') ?? ''),
    );
    const shown = (await times.first().textContent()) ?? '';
    const note = (await page.locator('.facts .calendar').textContent()) ?? '';
    const record = (await page.locator('header .meta .record').textContent()) ?? '';
    events.push({
      id,
      start: datetimes[0]!,
      last: datetimes.at(-1)!,
      shown: shown.trim(),
      announced: announcedOnly.test(note),
      record: record.trim(),
    });
  }
  // Both kinds must be there, or the checks below could pass by checking nothing.
  expect(events.filter((event) => isDay(event.start)).length).toBeGreaterThan(0);
  expect(events.filter((event) => !isDay(event.start)).length).toBeGreaterThan(0);
  return events;
}

async function fetchText(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(String(calendar.getFirstPropertyValue('prodid') ?? '')).not.toBe('');
  expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Seoul');
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** A VEVENT says what the event page says: its days, its page, in all-day form. */
function expectMatches(vevent: ICAL.Event, event: PageEvent, pageUrl: string) {
  const start = vevent.component.getFirstProperty('dtstart');
  const end = vevent.component.getFirstProperty('dtend');
  expect(start?.type, `${event.id}: DTSTART is a DATE`).toBe('date');
  expect(end?.type, `${event.id}: DTEND is a DATE`).toBe('date');
  expect(vevent.startDate.toString()).toBe(event.start);
  expect(vevent.endDate.toString()).toBe(dayAfter(event.last));
  expect(vevent.component.getFirstPropertyValue('url')).toBe(pageUrl);
  expect(vevent.summary).not.toBe('');
  expect(vevent.description).toContain(pageUrl);
  // Which record it belongs to, first, as the page says it; and as its one category.
  expect(vevent.description.split('\n\n')[0]).toBe(event.record);
  expect(vevent.component.getFirstPropertyValue('categories')).toBe(event.record);
}

test.describe('calendar files', () => {
  test('each language’s /calendar.ics holds one all-day event per event known to the day', async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    const uids: Record<string, string>[] = [];
    for (const edition of EDITIONS) {
      const events = await readEvents(page, edition);
      const vevents = parseCalendar(await fetchText(request, `${edition.prefix}calendar.ics`));
      const byUrl = new Map(
        vevents.map((vevent) => [String(vevent.component.getFirstPropertyValue('url')), vevent]),
      );
      expect(byUrl.size, 'one VEVENT per page').toBe(vevents.length);
      expect(new Set(vevents.map((vevent) => vevent.uid)).size, 'UIDs are unique').toBe(
        vevents.length,
      );
      const days = events.filter((event) => isDay(event.start) && !event.announced);
      expect(vevents).toHaveLength(days.length);
      const byId: Record<string, string> = {};
      for (const event of events) {
        const pageUrl = siteUrl(`${edition.prefix}events/${event.id}/`);
        const vevent = byUrl.get(pageUrl);
        if (!isDay(event.start) || event.announced) {
          expect(vevent, `${event.id} has no day of its own`).toBeUndefined();
          continue;
        }
        expect(vevent, `${event.id} is in the calendar`).toBeDefined();
        expectMatches(vevent!, event, pageUrl);
        await fetchText(request, served(pageUrl));
        byId[event.id] = vevent!.uid;
      }
      uids.push(byId);
    }
    // A UID names the event, not the language or the host.
    expect(uids[1]).toEqual(uids[0]);
  });

  for (const edition of EDITIONS) {
    test(`every ${edition.lang} event page links its own calendar file, or says why it has none`, async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(150_000);
      const events = await readEvents(page, edition);
      const timeline = parseCalendar(await fetchText(request, `${edition.prefix}calendar.ics`));
      for (const event of events) {
        const pageUrl = siteUrl(`${edition.prefix}events/${event.id}/`);
        await page.goto(served(pageUrl));
        const links = page.locator('.facts a[href$=".ics"]');
        if (!isDay(event.start) || event.announced) {
          await expect(links, `${event.id} has no calendar link`).toHaveCount(0);
          await expect(page.locator('main a[href$=".ics"]')).toHaveCount(0);
          await expect(page.locator('.facts .calendar')).toHaveText(
            isDay(event.start) ? edition.announcedOnly : edition.monthOnly,
          );
          const missing = await request.get(`${edition.prefix}events/${event.id}.ics`);
          expect(missing.status(), `${event.id} has no .ics file`).toBe(404);
          continue;
        }
        const link = page.getByRole('link', { name: edition.addToCalendar });
        await expect(link).toHaveAttribute('type', 'text/calendar');
        await expect(link).toHaveAttribute('download');
        // The link's `href` property is its address resolved against the page's.
        const href = new URL(`${edition.prefix}events/${event.id}.ics`, baseURL).href;
        await expect(link).toHaveJSProperty('href', href);
        const vevents = parseCalendar(await fetchText(request, href));
        expect(vevents).toHaveLength(1);
        expectMatches(vevents[0]!, event, pageUrl);
        // The same event as in the timeline's calendar, so importing both does not double it.
        expect(timeline.map((vevent) => vevent.uid)).toContain(vevents[0]!.uid);
      }
    });
  }
});

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

test.describe('RSS feeds', () => {
  for (const edition of EDITIONS) {
    test(`/${edition.prefix}rss.xml lists every event newest first, in ${edition.lang}`, async ({
      page,
      request,
    }) => {
      test.setTimeout(150_000);
      const events = await readEvents(page, edition);
      const text = await fetchText(request, `${edition.prefix}rss.xml`);
      // Well-formed XML, as a browser's strict XML parser reads it.
      const wellFormed = await page.evaluate(
        (source) =>
          !new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror'),
        text,
      );
      expect(wellFormed).toBe(true);
      const { channel } = Feed.parse(xml.parse(text)).rss;
      expect(channel.title).toBe(edition.siteName);
      expect(channel.link).toBe(siteUrl(edition.prefix));
      expect(channel.item).toHaveLength(events.length);

      const newestFirst = events.toReversed();
      const starts = channel.item.map((item, index) => {
        const event = newestFirst[index]!;
        const pageUrl = siteUrl(`${edition.prefix}events/${event.id}/`);
        expect(item.link, `item ${index} is ${event.id}, in the feed's language`).toBe(pageUrl);
        expect(item.description.startsWith(event.shown), item.description).toBe(true);
        expect(item.description, item.description).toContain(` · ${event.record}: `);
        expect(item.category, event.id).toBe(event.record);
        if (isDay(event.start)) {
          // Midnight in Korea on that day.
          expect(item.pubDate, event.id).toBe(
            new Date(`${event.start}T00:00:00+09:00`).toUTCString(),
          );
        } else {
          expect(item.pubDate, `${event.id} is known only to the month`).toBeUndefined();
        }
        return event.start;
      });
      // Newest first by the pages' own dates (a month sorts before the days of its month).
      expect(starts).toEqual(starts.toSorted().toReversed());
      for (const item of channel.item) {
        const response = await page.goto(served(item.link));
        expect(response?.status(), item.link).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
      }
    });
  }

  test('every page advertises the feed in its own language', async ({ page, request, baseURL }) => {
    test.setTimeout(180_000);
    for (const path of [...pages, ...NOT_FOUND_PAGES]) {
      const lang = path.startsWith('en/') ? 'en' : 'ko';
      const prefix = lang === 'en' ? 'en/' : '';
      const feed = new URL(`${prefix}rss.xml`, baseURL).href;
      await page.goto(path);
      const links = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(links, `/${path}`).toHaveCount(1);
      await expect(links, `/${path}`).toHaveJSProperty('href', feed);
      await expect(links).toHaveAttribute('title', /\S/);
      // The footer offers the feed, the whole calendar and the data, in the page's language.
      const offered = page.getByRole('contentinfo').locator('a[type]');
      const expected = [
        feed,
        new URL(`${prefix}calendar.ics`, baseURL).href,
        new URL('events.json', baseURL).href,
      ];
      await expect(offered, `/${path}`).toHaveCount(expected.length);
      for (const [index, href] of expected.entries()) {
        await expect(offered.nth(index), `/${path}`).toHaveJSProperty('href', href);
      }
    }
    await fetchText(request, 'rss.xml');
    await fetchText(request, 'en/rss.xml');
  });
});

/** The documented shape of `/events.json` (README: "Calendar, feeds and data"). */
const datetime = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const JsonDate = z
  .object({ value: datetime, precision: z.enum(['day', 'month']) })
  .strict()
  .refine((date) => (date.precision === 'day') === isDay(date.value), 'precision matches value');
const Bilingual = z.object({ ko: z.string().min(1), en: z.string().min(1) }).strict();
const EventsJson = z
  .object({
    version: z.literal(2),
    site: z.url(),
    events: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: Bilingual,
          summary: Bilingual,
          kind: z.enum(EVENT_KINDS),
          date: JsonDate,
          endDate: JsonDate.nullable(),
          dateNote: Bilingual.nullable(),
          record: z.enum(EVENT_RECORDS),
          status: z.enum(EVENT_STATUSES),
          follows: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .nullable(),
          partners: z.array(z.object({ id: z.string().min(1), name: Bilingual }).strict()),
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
          urls: z.object({ ko: z.url(), en: z.url() }).strict(),
          calendar: z.url().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

test('/events.json has the documented shape and agrees with the pages', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const response = await request.get('events.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const data = EventsJson.parse(await response.json());
  expect(data.site).toBe(siteUrl(''));

  const [korean, english] = [
    await readEvents(page, EDITIONS[0]),
    await readEvents(page, EDITIONS[1]),
  ];
  // Oldest first, as the timeline: the same ids as the built event pages, in the same order.
  expect(data.events.map((event) => event.id)).toEqual(korean.map((event) => event.id));
  expect(english.map((event) => event.id)).toEqual(korean.map((event) => event.id));

  for (const [index, event] of data.events.entries()) {
    const shown = korean[index]!;
    expect(event.date.value, event.id).toBe(shown.start);
    expect(event.endDate?.value ?? event.date.value, event.id).toBe(shown.last);
    expect(event.urls.ko).toBe(siteUrl(`events/${event.id}/`));
    expect(event.urls.en).toBe(siteUrl(`en/events/${event.id}/`));
    if (event.follows) expect(data.events.map(({ id }) => id)).toContain(event.follows);
    for (const url of [event.urls.ko, event.urls.en]) await fetchText(request, served(url));
    for (const partner of event.partners) {
      expect(pages, `${event.id}: partner ${partner.id}`).toContain(`partners/${partner.id}/`);
    }
    if (isDay(shown.start) && shown.announced) {
      expect(event.date.precision).toBe('day');
      expect(event.calendar, event.id).toBeNull();
    } else if (isDay(shown.start)) {
      expect(event.date.precision).toBe('day');
      expect(event.calendar).toBe(siteUrl(`events/${event.id}.ics`));
      expect(parseCalendar(await fetchText(request, served(event.calendar!)))).toHaveLength(1);
    } else {
      expect(event.date.precision, event.id).toBe('month');
      expect(event.calendar, event.id).toBeNull();
    }
  }
});
