/** Reading the calendar files (iCalendar) as a calendar app would, with ical.js. */
import { expect } from 'vitest';
import ICAL from 'ical.js';
import type { Lang } from '../../src/i18n/locales';
import { hasCalendarDays as calendarDays } from '../../src/outputs/calendar';
import { parseCalendarDate } from '../../src/lib/dates';
import { asOf, formatDate, inLang, paths, publishersOf, siteUrl, type Event } from './fixture';
import { unconfirmedPlan } from './records';
import { fill, words } from './words';

/** Whether a calendar can hold the event, by the site's rule (src/lib/calendar.ts). */
export const hasCalendarDays = (e: Event) =>
  calendarDays({
    ...e,
    date: parseCalendarDate(e.date),
    endDate: e.endDate ? parseCalendarDate(e.endDate) : undefined,
  });

/** An event's title in a calendar: a plan no report confirms says so, as most apps show no TENTATIVE. */
export const calendarTitle = (e: Event, lang: Lang) =>
  unconfirmedPlan(e)
    ? fill(words[lang].record.calendarTentativeTitle, { title: e.title[lang] })
    : e.title[lang];

/** A calendar's events, once its own properties are checked. */
export function parseCalendar(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(String(calendar.getFirstPropertyValue('prodid') ?? '')).not.toBe('');
  expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Seoul');
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The day after a `YYYY-MM-DD`, as a calendar app reads DTEND (ical.js's own arithmetic). */
function dayAfter(date: string): string {
  const time = ICAL.Time.fromDateString(date);
  time.adjust(1, 0, 0, 0);
  return time.toString();
}

/** A VEVENT says what the event page says: its days (all-day), title, record, page. */
export function expectCalendarEvent(vevent: ICAL.Event, e: Event, lang: Lang) {
  const page = siteUrl(inLang(paths.event(e.id), lang));
  const record = words[lang].records[e.record];
  expect(vevent.component.getFirstProperty('dtstart')?.type, `${e.id}: DTSTART is a DATE`).toBe(
    'date',
  );
  expect(vevent.component.getFirstProperty('dtend')?.type, `${e.id}: DTEND is a DATE`).toBe('date');
  expect(vevent.startDate.toString()).toBe(e.date);
  expect(vevent.endDate.toString()).toBe(dayAfter(e.endDate ?? e.date));
  expect(vevent.summary).toBe(calendarTitle(e, lang));
  expect(vevent.component.getFirstPropertyValue('url')).toBe(page);
  // Which record it belongs to comes first, and is its one category.
  expect(vevent.description.split('\n\n')[0]).toBe(record);
  expect(vevent.description).toContain(page);
  expect(vevent.description).toContain(
    fill(words[lang].record.sourceOf, { sources: publishersOf(e, lang) }),
  );
  // Stamped with the record's date, which no event it describes comes after.
  const stamp = vevent.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
  expect(stamp.toJSDate().toISOString()).toBe(new Date(`${asOf}T00:00:00+09:00`).toISOString());
  expect(asOf >= (e.endDate ?? e.date), `${e.id} is not after the stamp`).toBe(true);
  // A plan of the article no report confirms is tentative, and says so first.
  const status = vevent.component.getFirstPropertyValue('status');
  if (unconfirmedPlan(e)) {
    expect(status, `${e.id} is tentative`).toBe('TENTATIVE');
    expect(vevent.description.split('\n\n')[1]).toBe(
      fill(words[lang].record.calendarTentative, { date: formatDate(asOf, lang) }),
    );
  } else {
    expect(status, `${e.id} is not tentative`).toBeNull();
  }
  expect(vevent.component.getFirstPropertyValue('categories')).toBe(record);
  if (e.place) expect(vevent.location).toBe(e.place.name[lang]);
}
