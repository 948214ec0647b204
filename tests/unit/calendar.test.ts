import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  allDaySpan,
  buildCalendar,
  calendarTitle,
  eventUid,
  hasCalendarDays,
  type CalendarEvent,
} from '@/outputs/calendar';
import { parseCalendarDate } from '@/lib/dates';

// This suite runs under several TZ settings (see `npm run test:unit`): a day in Korea must
// be the same calendar day in the file whatever the build machine's zone.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const day = parseCalendarDate;
const ymd = ({ start, end }: ReturnType<typeof allDaySpan>) => [start, end].map(toText);
const toText = (date: { year: number; month: number; day: number }) =>
  [date.year, date.month, date.day].map((n) => String(n).padStart(2, '0')).join('-');

describe(`allDaySpan (machine time zone ${zone})`, () => {
  it('runs from the day to the day after, for a single day', () => {
    expect(ymd(allDaySpan(day('2025-09-10')))).toEqual(['2025-09-10', '2025-09-11']);
  });

  it('ends the day after the last day of a range', () => {
    expect(ymd(allDaySpan(day('2025-08-28'), day('2025-09-07')))).toEqual([
      '2025-08-28',
      '2025-09-08',
    ]);
  });

  it('crosses the end of a month, a year and a leap February', () => {
    expect(ymd(allDaySpan(day('2025-09-30')))).toEqual(['2025-09-30', '2025-10-01']);
    expect(ymd(allDaySpan(day('2025-12-31')))).toEqual(['2025-12-31', '2026-01-01']);
    expect(ymd(allDaySpan(day('2024-02-28')))).toEqual(['2024-02-28', '2024-02-29']);
    expect(ymd(allDaySpan(day('2025-02-28')))).toEqual(['2025-02-28', '2025-03-01']);
  });

  it('refuses a date known only to the month, at either end', () => {
    expect(() => allDaySpan(day('2025-02'))).toThrow('2025-02 is known only to the month');
    expect(() => allDaySpan(day('2025-09-01'), day('2025-11'))).toThrow(
      '2025-11 is known only to the month',
    );
  });
});

describe('hasCalendarDays', () => {
  it('is true only when the date and any end date are days', () => {
    expect(hasCalendarDays({ date: day('2025-09-10') })).toBe(true);
    expect(hasCalendarDays({ date: day('2025-08-28'), endDate: day('2025-09-07') })).toBe(true);
    expect(hasCalendarDays({ date: day('2025-02') })).toBe(false);
    expect(hasCalendarDays({ date: day('2025-09-10'), endDate: day('2025-11') })).toBe(false);
  });

  it('is false for a day that is only when something was announced, or when a report said what was expected', () => {
    expect(hasCalendarDays({ date: day('2025-08-28'), dateKind: 'announced' })).toBe(false);
    expect(hasCalendarDays({ date: day('2025-09-05'), dateKind: 'expected' })).toBe(false);
    // A plan's day, a stated plan's day and a day it happened are days of its own.
    for (const dateKind of ['planned', 'stated', 'understood', 'happened'] as const) {
      expect(hasCalendarDays({ date: day('2025-09-12'), dateKind }), dateKind).toBe(true);
    }
  });
});

describe('eventUid', () => {
  it('is made from the slug alone, so it is the same in every language and on every host', () => {
    expect(eventUid('founder-day')).toBe('founder-day@openai-korea-timeline');
    expect(eventUid('snu-mou')).not.toBe(eventUid('founder-day'));
  });
});

const EVENTS: CalendarEvent[] = [
  {
    id: 'kakao-partnership',
    title: '카카오와 전략적 제휴',
    summary: '월까지만 알려진 일.',
    url: 'https://example.org/events/kakao-partnership/',
    record: '기사가 전한 일',
    date: day('2025-02'),
  },
  {
    id: 'seoul-light-ddp',
    title: 'DDP 서울라이트 축제의 ‘소라’ 미디어아트',
    summary: '여러 날에 걸친 일; 쉼표, 세미콜론도 있다.',
    url: 'https://example.org/events/seoul-light-ddp/',
    record: '기사가 전한 일',
    date: day('2025-08-28'),
    endDate: day('2025-09-07'),
    place: '동대문디자인플라자(DDP)',
  },
  {
    id: 'year-end',
    title: 'A day at the end of a year',
    summary: 'One day.',
    url: 'https://example.org/events/year-end/',
    record: '기사 밖의 기록',
    date: day('2025-12-31'),
  },
];

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const calendarOf = (events: CalendarEvent[], lang = 'ko') =>
  buildCalendar({
    name: '타임라인',
    description: '순서대로, 출처와 함께',
    lang,
    stamp: { precision: 'day', year: 2025, month: 9, day: 10 },
    events,
  });

describe(`buildCalendar (machine time zone ${zone})`, () => {
  const text = calendarOf(EVENTS);
  const calendar = parse(text);
  const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('writes a VCALENDAR 2.0 with a PRODID, a name and the Korean time zone', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//openai-korea-timeline//calendar//KO');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('타임라인');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Seoul');
  });

  it('leaves out the month-only event and keeps the others, in order', () => {
    expect(vevents.map((event) => event.uid)).toEqual([
      'seoul-light-ddp@openai-korea-timeline',
      'year-end@openai-korea-timeline',
    ]);
  });

  it('writes all-day dates: DTSTART on the first day, DTEND the day after the last', () => {
    const [range, yearEnd] = vevents;
    expect(range!.startDate.isDate).toBe(true);
    expect(range!.startDate.toString()).toBe('2025-08-28');
    expect(range!.endDate.isDate).toBe(true);
    expect(range!.endDate.toString()).toBe('2025-09-08');
    expect(yearEnd!.startDate.toString()).toBe('2025-12-31');
    expect(yearEnd!.endDate.toString()).toBe('2026-01-01');
    expect(text).toContain('DTSTART;VALUE=DATE:20250828\r\n');
  });

  it('says what, where, and links the page, escaping what iCalendar escapes', () => {
    const [range, yearEnd] = vevents;
    expect(range!.summary).toBe('DDP 서울라이트 축제의 ‘소라’ 미디어아트');
    expect(range!.description).toBe(
      '기사가 전한 일\n\n여러 날에 걸친 일; 쉼표, 세미콜론도 있다.\n\nhttps://example.org/events/seoul-light-ddp/',
    );
    expect(range!.location).toBe('동대문디자인플라자(DDP)');
    expect(range!.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/events/seoul-light-ddp/',
    );
    expect(yearEnd!.location).toBeNull();
  });

  it('says first which record each event belongs to, and files it under that record', () => {
    const [range, yearEnd] = vevents;
    expect(yearEnd!.description.split('\n\n')[0]).toBe('기사 밖의 기록');
    expect(range!.component.getFirstPropertyValue('categories')).toBe('기사가 전한 일');
    expect(yearEnd!.component.getFirstPropertyValue('categories')).toBe('기사 밖의 기록');
  });

  it('stamps every event with the given day (midnight in Korea, in UTC), never with "now"', () => {
    for (const event of vevents) {
      const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toString()).toBe('2025-09-09T15:00:00Z');
    }
  });

  it('gives the same bytes for the same input, and the same UIDs in another language', () => {
    expect(calendarOf(EVENTS)).toBe(text);
    const english = parse(calendarOf(EVENTS, 'en'));
    expect(
      english.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).uid),
    ).toEqual(vevents.map((event) => event.uid));
    expect(english.getFirstPropertyValue('prodid')).toBe('-//openai-korea-timeline//calendar//EN');
  });

  it('writes the calendar’s properties before its events, TEXT escaped (RFC 5545 3.4)', () => {
    const firstEvent = text.indexOf('BEGIN:VEVENT');
    expect(text.indexOf('X-WR-TIMEZONE:Asia/Seoul\r\n')).toBeGreaterThan(0);
    expect(text.indexOf('X-WR-TIMEZONE:')).toBeLessThan(firstEvent);
    expect(text.match(/X-WR-TIMEZONE/g)).toHaveLength(1);
    expect(text.slice(text.lastIndexOf('END:VEVENT'))).toBe('END:VEVENT\r\nEND:VCALENDAR');
    expect(text).toContain('X-WR-CALDESC:순서대로\\, 출처와 함께\r\n');
  });

  it('writes a valid, empty calendar when every event is known only to the month', () => {
    const empty = calendarOf(EVENTS.slice(0, 1));
    expect(parse(empty).getAllSubcomponents('vevent')).toEqual([]);
    expect(parse(empty).getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Seoul');
  });

  it('keeps hostile words inside their event: a line break, END:VEVENT, long Korean and 4-byte characters', () => {
    const hostile = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected';
    const long = `${'한국어 '.repeat(20)}${'𠮷😀'.repeat(20)}`;
    const written = calendarOf([
      { ...EVENTS[1]!, title: hostile, place: 'a\nEND:VCALENDAR', summary: long },
    ]);
    const events = parse(written)
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(hostile.replaceAll('\r\n', '\n'));
    expect(events[0]!.location).toBe('a\nEND:VCALENDAR');
    expect(events[0]!.description).toContain(long);
    const lines = written.split('\r\n');
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.every((line) => line.isWellFormed())).toBe(true);
  });

  it('ends lines with CRLF and folds none beyond 75 octets', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
  });
});

describe('calendarTitle', () => {
  const plan = { title: 'Founder Day', record: 'article', status: 'planned' } as const;

  it('says in the title itself that a plan no report confirms is a plan, in every language', () => {
    expect(calendarTitle('en', plan)).toBe('Founder Day (planned; no report it took place)');
    expect(calendarTitle('ko', { ...plan, title: '파운더 데이' })).toBe(
      '(예정이었던 일·열렸다는 보도 없음) 파운더 데이',
    );
  });

  it('is the bare title for what happened, and for a plan a report confirms', () => {
    expect(calendarTitle('en', { ...plan, status: 'held' })).toBe('Founder Day');
    expect(calendarTitle('en', { ...plan, followUp: {} })).toBe('Founder Day');
  });
});
