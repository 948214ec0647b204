/**
 * The timeline as iCalendar (RFC 5545). A date on this site is a day in Korea with no time
 * of day, so every event is an all-day event (`DTSTART;VALUE=DATE`): it falls on the same
 * day in every calendar app, whatever the reader's zone. A date known only to the month has
 * no day a calendar could hold, so such an event is left out rather than pinned to a day
 * no source gives.
 */
import ical, { escape, ICalEventStatus } from 'ical-generator';
import type { Event } from '@/data/site';
import { absolute, paths } from '@/data/urls';
import { fill, useStrings, type Lang } from '@/i18n/strings';
import {
  TIME_ZONE,
  formatCalendarDate,
  startOfDayInSeoul,
  toDatetime,
  type CalendarDate,
  type DayDate,
} from '@/lib/dates';
import { unconfirmedPlan } from '@/lib/eventStatus';
import { publishers } from '@/lib/sources';
import { isOwnDay, type DateKind } from '@/lib/vocabulary';

/** What a calendar file says of one event, in one language. */
export interface CalendarEvent {
  /** The event's slug, from which its UID is made. */
  id: string;
  title: string;
  summary: string;
  /** The event page's absolute URL. */
  url: string;
  /**
   * Which record it belongs to, in words (`Beyond the article`): the first line of the
   * description, and the event's one category.
   */
  record: string;
  date: CalendarDate;
  /** The last day, for an event over several days. */
  endDate?: CalendarDate | undefined;
  /** The place's name, where a source gives one. */
  place?: string | undefined;
  /** What the date stands for, where it is not the day it happened: said first. */
  dateNote?: string | undefined;
  /**
   * The date in words (`dateInWords`) where it is not simply the day it happened (planned
   * for, stated as a plan, an expectation reported): said after the record.
   */
  dateLine?: string | undefined;
  /** A date that is no day of the event's own (`isOwnDay`) is left out, as a month-only one is. */
  dateKind?: DateKind | undefined;
  /**
   * For a plan no report has confirmed as carried out: what to say of it. The event is
   * `STATUS:TENTATIVE`, and this comes first in its description.
   */
  unconfirmed?: string | undefined;
  /** Who says what the description says: `출처: 헤럴드경제`. */
  sourcesLine?: string | undefined;
}

export interface CalendarOptions {
  /** The calendar's name, as calendar apps list it. */
  name: string;
  description: string;
  /** The language of the words, for PRODID: `ko`, `en`. */
  lang: string;
  /**
   * Every event's DTSTAMP. RFC 5545 wants the time the file was made, but "now" would make
   * every build differ: the caller gives a fixed day (the site's is the record's "as of"
   * day, which no event it describes comes after).
   */
  stamp: DayDate;
  events: readonly CalendarEvent[];
}

/** An all-day span: the first day, and the day after the last (DTEND is exclusive). */
export interface AllDaySpan {
  start: DayDate;
  end: DayDate;
}

const PRODUCT = 'openai-korea-timeline';
/** The calendar's time zone: not in RFC 5545, but the property calendar apps read. */
const ZONE_PROPERTY = 'X-WR-TIMEZONE';

/** Whether an event's dates are days a calendar can hold (not months only). */
export function hasCalendarDays(event: {
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
  /** A date that is only the day something was announced or expected is no day of the event's own. */
  dateKind?: DateKind | undefined;
}): boolean {
  return (
    (event.dateKind === undefined || isOwnDay(event.dateKind)) &&
    event.date.precision === 'day' &&
    (event.endDate ?? event.date).precision === 'day'
  );
}

/** The day after, across the end of a month or a year. */
function nextDay({ year, month, day }: DayDate): DayDate {
  // UTC arithmetic on a date with no time: the machine's zone plays no part.
  const after = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    precision: 'day',
    year: after.getUTCFullYear(),
    month: after.getUTCMonth() + 1,
    day: after.getUTCDate(),
  };
}

/** A date as a calendar day, or an error for a date known only to the month. */
function calendarDay(date: CalendarDate): DayDate {
  if (date.precision === 'day') return date;
  throw new Error(`${toDatetime(date)} is known only to the month: it has no calendar day`);
}

/** The all-day span of an event on `date` (to `endDate`); a month-only date has none. */
export function allDaySpan(date: CalendarDate, endDate: CalendarDate = date): AllDaySpan {
  return { start: calendarDay(date), end: nextDay(calendarDay(endDate)) };
}

/** The event's UID: the same in every language and on every host, so a re-import updates it. */
export function eventUid(id: string): string {
  return `${id}@${PRODUCT}`;
}

/**
 * A calendar file with one all-day event per event known to the day (month-only events
 * are left out). Same input, same bytes: no "now", no random UID, no machine time zone.
 */
export function buildCalendar({ name, description, lang, stamp, events }: CalendarOptions): string {
  const calendar = ical({
    prodId: { company: PRODUCT, product: 'calendar', language: lang.toUpperCase() },
    // ical-generator writes these two as they come, but they are TEXT: commas escaped.
    name: escape(name, false),
    description: escape(description, false),
    // Written as a plain X-WR-TIMEZONE rather than with ical-generator's `timezone`
    // option: that option makes it write DTSTAMP in local time (RFC 5545 wants UTC) and
    // read all-day dates with the build machine's clock. All-day dates need no zone.
    x: { [ZONE_PROPERTY]: TIME_ZONE },
  });
  for (const event of events.filter(hasCalendarDays)) {
    const { start, end } = allDaySpan(event.date, event.endDate);
    calendar.createEvent({
      id: eventUid(event.id),
      // Midnight in Korea, written in UTC.
      stamp: startOfDayInSeoul(stamp),
      allDay: true,
      // `YYYY-MM-DD` reads as midnight UTC, and without a calendar zone ical-generator
      // writes it back in UTC: the same day on every machine.
      start: toDatetime(start),
      end: toDatetime(end),
      summary: event.title,
      description: [
        event.record,
        event.unconfirmed ?? event.dateLine,
        event.dateNote,
        event.summary,
        event.sourcesLine,
        event.url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      ...(event.unconfirmed ? { status: ICalEventStatus.TENTATIVE } : {}),
      categories: [{ name: event.record }],
      location: event.place ?? null,
      url: event.url,
    });
  }
  return propertiesFirst(calendar.toString());
}

/**
 * ical-generator writes a calendar's X- properties after its events; RFC 5545 (3.4) puts
 * a calendar's properties before its components, so the time zone line moves up there.
 */
function propertiesFirst(text: string): string {
  const zone = `${ZONE_PROPERTY}:${TIME_ZONE}\r\n`;
  if (!text.includes(zone)) throw new Error(`ical-generator wrote no ${zone.trim()}`);
  const firstEvent = text.indexOf('BEGIN:VEVENT\r\n');
  if (firstEvent === -1) return text;
  return text.slice(0, firstEvent) + zone + text.slice(firstEvent).replace(zone, '');
}

/**
 * An event's title as a calendar app shows it on its day: a plan no report confirms says so
 * in the title itself, since most apps show no `STATUS:TENTATIVE`, and a bare title on a
 * past day reads as something that took place.
 */
export function calendarTitle(
  lang: Lang,
  event: { title: string } & Parameters<typeof unconfirmedPlan>[0],
): string {
  return unconfirmedPlan(event)
    ? fill(useStrings(lang).record.calendarTentativeTitle, { title: event.title })
    : event.title;
}

/** An iCalendar file of some of the timeline's events, in one language, as an endpoint's response. */
export function calendarResponse(
  events: readonly Event[],
  lang: Lang,
  site: URL | undefined,
  asOf: DayDate,
): Response {
  const t = useStrings(lang);
  const asOfText = formatCalendarDate(asOf, lang);
  const calendar = buildCalendar({
    name: t.siteName,
    description: t.siteDescription,
    lang,
    stamp: asOf,
    events: events.map(
      ({ id, title, summary, record, date, endDate, dateKind, place, dateNote, ...event }) => ({
        dateLine: dateKind === 'happened' ? undefined : event.dateLine,
        unconfirmed: unconfirmedPlan({ record, ...event })
          ? fill(t.record.calendarTentative, { date: asOfText })
          : undefined,
        sourcesLine: fill(t.record.sourceOf, { sources: publishers(event.sources) }),
        id,
        title: calendarTitle(lang, { title, record, ...event }),
        summary,
        url: absolute(paths.event(id, lang), site),
        record: t.records[record],
        date,
        endDate,
        dateKind,
        place: place?.name,
        dateNote,
      }),
    ),
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
