import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { eventsJson, type DataEvent } from '@/lib/eventsJson';

const event = (
  id: string,
  date: string,
  lang: 'ko' | 'en',
  endDate?: string,
  beyond?: { follows: string },
): DataEvent => ({
  id,
  title: `${id} (${lang})`,
  summary: `${id} summary (${lang})`,
  kind: 'workshop',
  date: parseCalendarDate(date),
  endDate: endDate ? parseCalendarDate(endDate) : undefined,
  record: beyond ? 'beyond' : 'article',
  status: 'held',
  follows: beyond && { event: { id: beyond.follows } },
  partners: [{ id: 'kakao', name: lang === 'ko' ? '카카오' : 'Kakao' }],
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
const editions = (lang: 'ko' | 'en') => [
  event('month', '2025-02', lang),
  event('range', '2025-08-28', lang, '2025-09-07'),
  event('later', '2025-09-29', lang, undefined, { follows: 'range' }),
];
const urls = {
  event: (id: string, lang: 'ko' | 'en') => `https://example.org/${lang}/${id}/`,
  calendar: (id: string) => `https://example.org/${id}.ics`,
};

describe('eventsJson', () => {
  const data = eventsJson({ ko: editions('ko'), en: editions('en') }, 'https://example.org/', urls);

  it('writes both languages of each event, oldest first, at version 2', () => {
    expect(data.version).toBe(2);
    expect(data.site).toBe('https://example.org/');
    expect(data.events.map((entry) => entry.id)).toEqual(['month', 'range', 'later']);
    expect(data.events[0]!.title).toEqual({ ko: 'month (ko)', en: 'month (en)' });
    expect(data.events[0]!.partners).toEqual([
      { id: 'kakao', name: { ko: '카카오', en: 'Kakao' } },
    ]);
    expect(data.events[1]!.urls).toEqual({
      ko: 'https://example.org/ko/range/',
      en: 'https://example.org/en/range/',
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

  it('says which record each event belongs to, and which earlier event it follows', () => {
    expect(data.events.map(({ record, follows }) => ({ record, follows }))).toEqual([
      { record: 'article', follows: null },
      { record: 'article', follows: null },
      { record: 'beyond', follows: 'range' },
    ]);
  });

  it('refuses an event without its English edition', () => {
    expect(() =>
      eventsJson({ ko: editions('ko'), en: editions('en').slice(1) }, 'https://example.org/', urls),
    ).toThrow('event "month" has no English edition');
  });
});
