import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { addedOn, feedItems, type FeedChange, type FeedEvent } from '@/outputs/feed';
import type { DayDate } from '@/lib/dates';

// Runs under several TZ settings (see `npm run test:unit`): a pubDate is midnight in Korea.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const TIMELINE: FeedEvent[] = [
  {
    id: 'month',
    title: 'A month',
    summary: 'Known to the month.',
    date: parseCalendarDate('2025-02'),
    dateKind: 'happened',
    dateLine: 'February 2025',
    record: 'article',
    sources: [{ publisher: 'Example Times' }],
  },
  {
    id: 'range',
    title: 'A range',
    summary: 'Over days.',
    date: parseCalendarDate('2025-08-28'),
    dateKind: 'happened',
    dateLine: 'August 28, 2025 – September 7, 2025',
    record: 'article',
    sources: [{ publisher: 'Example Times' }],
  },
  {
    id: 'announced',
    title: 'Announced',
    summary: 'Only the day it was announced is known.',
    date: parseCalendarDate('2025-08-28'),
    dateKind: 'announced',
    dateLine: 'Announced August 28, 2025',
    record: 'article',
    sources: [{ publisher: 'Example Times' }],
  },
  {
    id: 'day',
    title: 'A day',
    summary: 'One day.',
    date: parseCalendarDate('2025-09-10'),
    dateKind: 'happened',
    dateLine: 'September 10, 2025',
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

  it('starts each description with the date in words (what it is) and the record, and ends it with its sources, in the language', () => {
    expect(feedItems(TIMELINE, 'ko', link).map((item) => item.description)).toEqual([
      'September 10, 2025 · 기사 밖의 기록: One day. 출처: Example Wire',
      'Announced August 28, 2025 · 기사가 전한 일: Only the day it was announced is known. 출처: Example Times',
      'August 28, 2025 – September 7, 2025 · 기사가 전한 일: Over days. 출처: Example Times',
      'February 2025 · 기사가 전한 일: Known to the month. 출처: Example Times',
    ]);
    expect(feedItems(TIMELINE, 'en', link)[3]!.description).toBe(
      'February 2025 · From the article: Known to the month. Source: Example Times',
    );
  });

  it('says what a planned date is, and that no report confirms the plan, as its date in words does', () => {
    const plan: FeedEvent = {
      ...TIMELINE[3]!,
      dateKind: 'planned',
      dateLine:
        'Planned for September 10, 2025 · no report that it took place, as of December 1, 2026',
      record: 'article',
      sources: [{ publisher: 'Example Times' }, { publisher: 'Example Wire' }],
    };
    expect(feedItems([plan], 'en', link)[0]!.description).toBe(
      'Planned for September 10, 2025 · no report that it took place, as of December 1, 2026 · From the article: One day. Source: Example Times, Example Wire',
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

  it('dates each item when its event was added to the record, at midnight in Korea, not when it happened', () => {
    const day = (text: string) => parseCalendarDate(text) as DayDate;
    const changes: FeedChange[] = [
      { date: day('2026-12-05'), kind: 'addition', events: ['month'] },
      { date: day('2026-11-28'), kind: 'correction', events: ['range'] },
      { date: day('2026-12-01'), kind: 'addition', events: ['day', 'month'] },
      { date: day('2026-12-03'), kind: 'correction', events: ['day'] },
    ];
    const [dayItem, announced, range, month] = feedItems(TIMELINE, 'en', link, addedOn(changes));
    // Added by the change that names it, the first if two do; a correction adds nothing.
    expect(dayItem!.pubDate?.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(month!.pubDate?.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    // Held before the log began: its first day, whatever kind of change that was.
    expect(range!.pubDate?.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(announced!.pubDate?.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(announced!.description).toMatch(/^Announced August 28, 2025 · /);
  });

  it('gives no item a pubDate without a change log, since none says when it was added', () => {
    for (const item of feedItems(TIMELINE, 'en', link, addedOn([]))) {
      expect(item).not.toHaveProperty('pubDate');
    }
  });

  it('leaves the timeline it was given in its order', () => {
    const timeline = [...TIMELINE];
    feedItems(timeline, 'ko', link);
    expect(timeline).toEqual(TIMELINE);
  });
});
