import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { eventsJson, type DataEvent } from '@/outputs/eventsJson';

// Three languages, to show the file follows the locale list rather than two fixed ones.
const LANGS = ['ko', 'en', 'ja'] as const;
type L = (typeof LANGS)[number];
const inEach = (text: string) =>
  Object.fromEntries(LANGS.map((lang) => [lang, `${text} (${lang})`])) as Record<L, string>;

const event = (
  id: string,
  date: string,
  endDate?: string,
  beyond?: { follows: string },
): DataEvent<L> => ({
  id,
  title: inEach(id),
  summary: inEach(`${id} summary`),
  kind: 'workshop',
  date: parseCalendarDate(date),
  endDate: endDate ? parseCalendarDate(endDate) : undefined,
  dateNote: undefined,
  dateInWords: inEach(`${id} date in words`),
  unconfirmedPlan: id === 'later',
  record: beyond ? 'beyond' : 'article',
  status: 'held',
  follows: beyond ? [{ event: beyond.follows }] : [],
  partners: [{ id: 'kakao', name: { ko: '카카오', en: 'Kakao', ja: 'カカオ' } }],
  sources: [
    {
      url: 'https://example.org/a',
      publisher: 'A',
      title: 'T',
      date: parseCalendarDate('2025-09-10'),
    },
    { url: 'https://example.org/b', publisher: 'B' },
  ],
});
const EVENTS = [
  event('month', '2025-02'),
  event('range', '2025-08-28', '2025-09-07'),
  event('later', '2025-09-29', undefined, { follows: 'range' }),
];
const urls = {
  event: (id: string, lang: L) => `https://example.org/${lang}/${id}/`,
  calendar: (id: string) => `https://example.org/${id}.ics`,
};

describe('eventsJson', () => {
  const data = eventsJson(
    EVENTS,
    LANGS,
    'https://example.org/',
    urls,
    parseCalendarDate('2026-12-01'),
  );

  it('writes every language of each event, in the order given, at version 5, with the record’s date', () => {
    expect(data.version).toBe(5);
    expect(data.site).toBe('https://example.org/');
    expect(data.asOf).toBe('2026-12-01');
    expect(data.events.map((entry) => entry.id)).toEqual(['month', 'range', 'later']);
    expect(data.events[0]!.title).toEqual({ ko: 'month (ko)', en: 'month (en)', ja: 'month (ja)' });
    expect(data.events[0]!.partners).toEqual([
      { id: 'kakao', name: { ko: '카카오', en: 'Kakao', ja: 'カカオ' } },
    ]);
    expect(data.events[1]!.urls).toEqual({
      ko: 'https://example.org/ko/range/',
      en: 'https://example.org/en/range/',
      ja: 'https://example.org/ja/range/',
    });
  });

  it('writes dates at their precision, and no calendar for a month-only event', () => {
    const [month, range] = data.events;
    expect(month!.date).toEqual({ value: '2025-02', precision: 'month' });
    expect(month!.endDate).toBeNull();
    expect(month!.calendar).toBeNull();
    expect(range!.endDate).toEqual({ value: '2025-09-07', precision: 'day' });
    expect(range!.calendar).toBe('https://example.org/range.ics');
  });

  it('writes sources as the content gives them: title and date only where known', () => {
    expect(data.events[0]!.sources).toEqual([
      { url: 'https://example.org/a', publisher: 'A', title: 'T', date: '2025-09-10' },
      { url: 'https://example.org/b', publisher: 'B' },
    ]);
  });

  it('says every date in words in every language, and which plan no report confirms', () => {
    expect(data.events[0]!.dateInWords).toEqual(inEach('month date in words'));
    expect(data.events.map((entry) => entry.unconfirmedPlan)).toEqual([false, false, true]);
  });

  it('says which record each event belongs to, and which earlier event it follows', () => {
    expect(data.events.map(({ record, follows }) => ({ record, follows }))).toEqual([
      { record: 'article', follows: [] },
      { record: 'article', follows: [] },
      { record: 'beyond', follows: ['range'] },
    ]);
  });
});
