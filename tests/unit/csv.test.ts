import { describe, expect, it } from 'vitest';
import { eventsCsv, toCsv } from '@/lib/csv';
import { parseCalendarDate } from '@/lib/dates';
import type { DataEvent } from '@/lib/eventsJson';
import { parseCsv as parse } from '../support/csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF, so spreadsheets read Korean', () => {
    const csv = toCsv(['a', 'b'], [['서울', 1]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('서울,1\r\n')).toBe(true);
  });

  it('quotes a field with a comma, a quotation mark or a line break, and reads back the same', () => {
    const cells = ['a, b', 'the “x” and "y"', 'one\ntwo', 'plain', ''];
    const csv = toCsv(['1', '2', '3', '4', '5'], [cells]);
    expect(csv).toContain('"a, b","the “x” and ""y""","one\ntwo",plain,\r\n');
    expect(parse(csv)[1]).toEqual(cells);
  });

  it('refuses a row whose length is not the header’s', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow('CSV row 1 has 1 fields, not 2');
  });
});

describe('eventsCsv', () => {
  const LANGS = ['ko', 'en', 'ja'] as const;
  type L = (typeof LANGS)[number];
  const inEach = (text: string) =>
    Object.fromEntries(LANGS.map((lang) => [lang, `${text} (${lang})`])) as Record<L, string>;
  const event = (id: string, date: string, extra: Partial<DataEvent<L>> = {}): DataEvent<L> => ({
    id,
    title: inEach(id),
    summary: inEach(`${id}, summary`),
    kind: 'workshop',
    date: parseCalendarDate(date),
    endDate: undefined,
    dateNote: undefined,
    record: 'article',
    status: 'held',
    follows: undefined,
    partners: [{ id: 'kakao', name: inEach('Kakao') }],
    sources: [
      { url: 'https://example.org/a', publisher: 'A' },
      { url: 'https://example.org/b', publisher: 'B' },
    ],
    ...extra,
  });
  const rows = parse(
    eventsCsv(
      [
        event('day', '2025-09-10', { endDate: parseCalendarDate('2025-09-12') }),
        event('month', '2025-11', { dateKind: 'planned', follows: { event: 'day' } }),
      ],
      LANGS,
      {
        event: (id, lang) => `https://example.org/${lang}/events/${id}/`,
        calendar: (id) => `https://example.org/events/${id}.ics`,
      },
    ),
  );
  const [header, ...events] = rows;
  const column = (row: string[], name: string) => row[header!.indexOf(name)];

  it('has one row per event, in order, each as long as the header', () => {
    expect(events.map((row) => row[0])).toEqual(['day', 'month']);
    for (const row of events) expect(row).toHaveLength(header!.length);
  });

  it('gives each date with its precision, a month only to the month', () => {
    expect(column(events[0]!, 'date')).toBe('2025-09-10');
    expect(column(events[0]!, 'date_precision')).toBe('day');
    expect(column(events[0]!, 'end_date')).toBe('2025-09-12');
    expect(column(events[1]!, 'date')).toBe('2025-11');
    expect(column(events[1]!, 'date_precision')).toBe('month');
    expect(column(events[1]!, 'end_date')).toBe('');
  });

  it('gives the words in a column per language of the list, and a calendar only for days', () => {
    for (const lang of LANGS) {
      expect(column(events[0]!, `title_${lang}`)).toBe(`day (${lang})`);
      expect(column(events[0]!, `summary_${lang}`)).toBe(`day, summary (${lang})`);
      expect(column(events[0]!, `url_${lang}`)).toBe(`https://example.org/${lang}/events/day/`);
    }
    expect(column(events[0]!, 'calendar')).toBe('https://example.org/events/day.ics');
    expect(column(events[1]!, 'calendar')).toBe('');
    expect(column(events[1]!, 'date_kind')).toBe('planned');
    expect(column(events[1]!, 'follows')).toBe('day');
    expect(column(events[0]!, 'sources')).toBe('https://example.org/a https://example.org/b');
    expect(column(events[0]!, 'partners')).toBe('kakao');
  });
});
