/**
 * What a statement is, said alike in every output of the fixture's build: a plan no report
 * confirms, a day that is only an announcement's or only a report of what was expected, a
 * report placed after the article by its own words, and the report's own voice. Each case
 * is a fixture entry picked by what it is; each output is a reader of the build that says
 * what that output tells of an event. A file of the build that no reader covers fails the
 * last test, so an output added later cannot leave a statement's nature behind.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/i18n/locales';
import { formatDateRange, parseCalendarDate } from '../../src/lib/dates';
import { isOwnDay } from '../../src/lib/vocabulary';
import { parseCsv } from '../support/csv';
import { FIXTURE_DIST } from '../support/project.mjs';
import { exists, file, open, text } from './dom';
import {
  asOf,
  events,
  formatDate,
  languages,
  ledger,
  pick,
  prefix,
  siteUrl,
  source,
  type Event,
} from './fixture';
import { unconfirmedPlan } from './records';
import { fill, words } from './words';

/** What each output says of one event in one language, as text; undefined where it has no entry for it. */
const outputs: Record<string, (e: Event, lang: Lang) => string | undefined> = {
  'event page': (e, lang) =>
    text(open(`${prefix(lang)}events/${e.id}/`).document.querySelector('main')),
  'preview card (its text alternative)': (e, lang) =>
    open(`${prefix(lang)}events/${e.id}/`)
      .document.querySelector('meta[property="og:image:alt"]')
      ?.getAttribute('content') ?? undefined,
  'JSON-LD': (e, lang) => JSON.stringify(jsonLd(e, lang)),
  'home page entry': (e, lang) => text(open(prefix(lang)).document.getElementById(e.id)),
  'embedded overview marker': (e, lang) => markerName(`${prefix(lang)}embed/overview/`, e),
  RSS: (e, lang) => {
    const items = new XMLParser().parse(file(`${prefix(lang)}rss.xml`)).rss.channel.item as {
      link: string;
      description: string;
    }[];
    return items.find((item) => item.link === siteUrl(`${prefix(lang)}events/${e.id}/`))
      ?.description;
  },
  calendar: (e, lang) => vevent(`${prefix(lang)}calendar.ics`, e, lang)?.description,
  'events.json': (e, lang) => {
    const data = JSON.parse(file('events.json')) as {
      events: { id: string; dateInWords: Record<Lang, string> }[];
    };
    return data.events.find((entry) => entry.id === e.id)?.dateInWords[lang];
  },
  'events.csv': (e, lang) => csvRow('events.csv', e.id)?.[`date_in_words_${lang}`],
};

function jsonLd(e: Event, lang: Lang): Record<string, unknown> {
  const script = open(`${prefix(lang)}events/${e.id}/`).document.querySelector(
    'script[type="application/ld+json"]',
  );
  return JSON.parse(script?.textContent ?? 'null');
}

/** The accessible name of the overview's mark for `e`: its SVG `<title>`. */
function markerName(page: string, e: Event): string | undefined {
  const titles = [...open(page).document.querySelectorAll(`a[href$="#${e.id}"] > title`)];
  expect(
    new Set(titles.map(text)).size,
    `${page}: one name for the marks of ${e.id}`,
  ).toBeLessThanOrEqual(1);
  return titles[0] && text(titles[0]);
}

/** The calendar entry for `e` in a calendar file, read as a calendar app reads it. */
function vevent(path: string, e: Event, lang: Lang) {
  const calendar = new ICAL.Component(ICAL.parse(file(path)));
  const found = calendar
    .getAllSubcomponents('vevent')
    .map((component) => ({ component, event: new ICAL.Event(component) }))
    .find(
      ({ component }) =>
        component.getFirstPropertyValue('url') === siteUrl(`${prefix(lang)}events/${e.id}/`),
    );
  return (
    found && {
      description: found.event.description,
      status: String(found.component.getFirstPropertyValue('status') ?? ''),
    }
  );
}

/** A CSV row by its id, as a record of header → cell. */
function csvRow(path: string, id: string): Record<string, string> | undefined {
  const [header, ...rows] = parseCsv(file(path));
  const row = rows.find((cells) => cells[0] === id);
  return row && Object.fromEntries(header!.map((name, index) => [name, row[index]!]));
}

/** Words as a marker's name gives them after its title and a comma: lower-case first. */
const afterComma = (words: string, lang: Lang) =>
  words.charAt(0).toLocaleLowerCase(lang) + words.slice(1);

const dateWords = (e: Event, lang: Lang) =>
  fill(words[lang].record.dateKinds[e.dateKind], {
    // Its day, or its first and last, as the pages write a span.
    date: formatDateRange(
      parseCalendarDate(e.date),
      e.endDate ? parseCalendarDate(e.endDate) : undefined,
      lang,
    ),
  });

describe.each(languages)('in %s', (lang) => {
  const w = words[lang];
  const asOfText = formatDate(asOf, lang);

  test('a plan of the article no report confirms is never said to have happened, in any output', () => {
    const plan = pick(events, unconfirmedPlan, 'a plan of the article no report confirms');
    const unconfirmed = fill(w.record.unconfirmedShort, { date: asOfText });
    const expected: Record<string, string> = {
      'event page': fill(w.record.notConfirmed, { date: asOfText }),
      calendar: fill(w.record.calendarTentative, { date: asOfText }),
      // The compact home page pairs the planned day with the report that gave it, or none.
      'home page entry': fill(w.event.pair.none, { date: asOfText }),
    };
    for (const [name, read] of Object.entries(outputs)) {
      expect(read(plan, lang), `${name}: ${plan.id}`).toContain(expected[name] ?? unconfirmed);
    }
    expect(jsonLd(plan, lang)['@type'], 'JSON-LD: no Event').not.toBe('Event');
    expect(jsonLd(plan, lang)).not.toHaveProperty('eventStatus');
    expect(vevent(`${prefix(lang)}calendar.ics`, plan, lang)?.status).toBe('TENTATIVE');
    expect(csvRow('events.csv', plan.id)?.['unconfirmed_plan']).toBe('yes');
  });

  test.each(['announced', 'expected'] as const)(
    'a date that is only the day something was %s says so in every output, and is no day of its own',
    (kind) => {
      const e = pick(events, (candidate) => candidate.dateKind === kind, `an event dated ${kind}`);
      const says = dateWords(e, lang);
      for (const [name, read] of Object.entries(outputs)) {
        if (name === 'calendar') continue;
        expect(read(e, lang), `${name}: ${e.id}`).toContain(
          name.endsWith('marker') ? afterComma(says, lang) : says,
        );
      }
      expect(isOwnDay(kind)).toBe(false);
      expect(vevent(`${prefix(lang)}calendar.ics`, e, lang), 'no calendar entry').toBeUndefined();
      expect(exists(`events/${e.id}.ics`)).toBe(false);
      expect(jsonLd(e, lang)).not.toHaveProperty('startDate');
    },
  );

  test('what industry sources expected, as a report said, is never given as anyone’s stated plan', () => {
    const e = pick(events, (candidate) => candidate.dateKind === 'expected', 'an expectation');
    const page = outputs['event page']!(e, lang);
    expect(page).toContain(w.record.expectedStatus);
    expect(page).not.toContain(w.beyondStatus.planned);
    expect(outputs['home page entry']!(e, lang)).toContain(w.record.expectedStatus);
  });

  test('a report known only to the article’s month, after it by its own words, is a later report', () => {
    const report = source('month-report');
    expect(report.date).toMatch(/^\d{4}-\d{2}$/);
    const e = pick(
      events,
      (candidate) => candidate.sources.some((s) => s.id === report.id),
      'an event citing it',
    );
    const { document } = open(`${prefix(lang)}events/${e.id}/`);
    const later = [...document.querySelectorAll('h2, h3')].find(
      (h) => text(h) === w.event.laterReports,
    );
    expect(later, 'the later reports heading').toBeTruthy();
    expect(text(later!.closest('section'))).toContain(report.publisher[lang]);
  });

  test('the report’s own words are never put in anyone’s mouth, in any output of the ledger', () => {
    const entry = pick(
      ledger,
      (candidate) => candidate.speaker.kind === 'article',
      'an entry in the report’s own voice',
    );
    const { document } = open(`${prefix(lang)}outcomes/`);
    expect(text(document.getElementById(entry.id))).toContain(w.ledger.ownVoice);
    // The entry's own page says whose words they are in its "said by".
    const own = open(`${prefix(lang)}outcomes/entries/${entry.id}/`).document;
    const saidBy = [...own.querySelectorAll('dt')].find((dt) => text(dt) === w.ledger.saidBy);
    expect(text(saidBy?.nextElementSibling)).toContain(w.ledger.ownVoice);
    const json = JSON.parse(file('outcomes.json')) as {
      entries: { id: string; speaker: { kind: string; name: unknown } }[];
    };
    expect(json.entries.find((candidate) => candidate.id === entry.id)?.speaker).toMatchObject({
      kind: 'article',
      name: null,
    });
    const row = csvRow('outcomes.csv', entry.id);
    expect(row?.['speaker_kind']).toBe('article');
    expect(row?.[`speaker_${lang}`]).toBe('');
  });
});

test('every file of the build is an output this file reads, or one that tells of no single event', () => {
  const walked = [
    /\/?index\.html$/,
    /rss\.xml$/,
    /calendar\.ics$/,
    /^events\.(json|csv)$/,
    /^outcomes\.(json|csv)$/,
  ];
  const noSingleEvent = [
    /\.(png|svg|css|woff2?|ttf|js)$/, // images, styles and fonts: the card's words are its text alternative
    /^_headers$/, // the policy
    /^robots\.txt$/,
    /^sitemap.*\.xml$/,
    /^404\.html$/,
    /^(en\/)?events\/[^/]+\.ics$/, // one event's calendar: the same entry as the whole calendar's
    /changes\/rss\.xml$/, // the change log's feed: corrections, not events
    // The pages' citations: a page's title, address and the day the page last changed, no
    // event's date, status or speaker.
    /^(en\/)?cite\.json$/,
    // What the data files hold and how (the package's list, the JSON Schemas): no entries.
    /^datapackage\.json$/,
    /\.schema\.json$/,
    // A ledger entry's steps: each status with its day, reason and source; who said it and
    // the event's date are outcomes.json's and outcomes.csv's, read above.
    /^outcome-steps\.csv$/,
  ];
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : [relative(FIXTURE_DIST, join(dir, entry.name))],
    );
  const unknown = files(FIXTURE_DIST).filter(
    (path) => ![...walked, ...noSingleEvent].some((pattern) => pattern.test(path)),
  );
  expect(unknown, 'outputs this test does not read: add a reader above').toEqual([]);
});
