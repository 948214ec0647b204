import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { feedItems, type FeedEvent } from '@/lib/feed';

// Runs under several TZ settings (see `npm run test:unit`): a pubDate is midnight in Korea.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const TIMELINE: FeedEvent[] = [
  {
    id: 'month',
    title: 'A month',
    summary: 'Known to the month.',
    date: parseCalendarDate('2025-02'),
    dateKind: 'happened',
    record: 'article',
    sources: [{ publisher: 'Example Times' }],
  },
  {
    id: 'range',
    title: 'A range',
    summary: 'Over days.',
    date: parseCalendarDate('2025-08-28'),
    endDate: parseCalendarDate('2025-09-07'),
    dateKind: 'happened',
    record: 'article',
    sources: [{ publisher: 'Example Times' }],
  },
  {
    id: 'announced',
    title: 'Announced',
    summary: 'Only the day it was announced is known.',
    date: parseCalendarDate('2025-08-28'),
    dateKind: 'announced',
    record: 'article',
    sources: [{ publisher: 'Example Times' }],
  },
  {
    id: 'day',
    title: 'A day',
    summary: 'One day.',
    date: parseCalendarDate('2025-09-10'),
    dateKind: 'happened',
    record: 'beyond',
    sources: [{ publisher: 'Example Wire' }],
  },
];
const link = (id: string) => `https://example.org/events/${id}/`;

describe(`feedItems (machine time zone ${zone})`, () => {
  it('lists the newest first, each linking its page', () => {
    expect(feedItems(TIMELINE, 'en', link).map((item) => item.link)).toEqual([
      link('day'),
      link('announced'),
      link('range'),
      link('month'),
    ]);
  });

  it('starts each description with the date as the site shows it and the record, and ends it with its sources, in the language', () => {
    expect(feedItems(TIMELINE, 'ko', link).map((item) => item.description)).toEqual([
      '2025년 9월 10일 · 기사 밖의 기록: One day. 출처: Example Wire',
      '2025년 8월 28일 발표 · 기사가 전한 일: Only the day it was announced is known. 출처: Example Times',
      '2025년 8월 28일 – 2025년 9월 7일 · 기사가 전한 일: Over days. 출처: Example Times',
      '2025년 2월 · 기사가 전한 일: Known to the month. 출처: Example Times',
    ]);
    expect(feedItems(TIMELINE, 'en', link)[3]!.description).toBe(
      'February 2025 · From the article: Known to the month. Source: Example Times',
    );
  });

  it('says what a planned date is', () => {
    const plan: FeedEvent = {
      ...TIMELINE[3]!,
      dateKind: 'planned',
      record: 'article',
      sources: [{ publisher: 'Example Times' }, { publisher: 'Example Wire' }],
    };
    expect(feedItems([plan], 'en', link)[0]!.description).toBe(
      'Planned for September 10, 2025 · From the article: One day. Source: Example Times, Example Wire',
    );
  });

  it('files each item under its record, in the language', () => {
    expect(feedItems(TIMELINE, 'en', link).map((item) => item.categories)).toEqual([
      ['Beyond the article'],
      ['From the article'],
      ['From the article'],
      ['From the article'],
    ]);
    expect(feedItems(TIMELINE, 'ko', link)[0]!.categories).toEqual(['기사 밖의 기록']);
  });

  it('dates a day at midnight in Korea; a month-only or an announced date gets no pubDate', () => {
    const [day, announced, range, month] = feedItems(TIMELINE, 'en', link);
    expect(day!.pubDate?.toISOString()).toBe('2025-09-09T15:00:00.000Z');
    expect(range!.pubDate?.toISOString()).toBe('2025-08-27T15:00:00.000Z');
    expect(month).not.toHaveProperty('pubDate');
    expect(announced).not.toHaveProperty('pubDate');
    expect(announced!.description).toMatch(/^Announced August 28, 2025 · /);
  });

  it('leaves the timeline it was given in its order', () => {
    const timeline = [...TIMELINE];
    feedItems(timeline, 'ko', link);
    expect(timeline).toEqual(TIMELINE);
  });
});
