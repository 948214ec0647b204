import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { ledgerJson } from '@/outputs/ledgerJson';
import { LEDGER_STATUSES } from '@/lib/vocabulary';
import { ENTRIES, LANGS, STATUS_WORDS, URLS } from '../support/ledger';

describe('ledgerJson', () => {
  const data = ledgerJson(ENTRIES, LANGS, {
    site: 'https://example.org/',
    asOf: parseCalendarDate('2026-12-01'),
    urls: URLS,
    statuses: STATUS_WORDS,
  });
  const [tomorrow, headSoon, nextFebruary] = data.entries;

  it('is version 1, with the record’s date and the whole scale in every language of the list', () => {
    expect(data.version).toBe(1);
    expect(data.site).toBe('https://example.org/');
    expect(data.asOf).toBe('2026-12-01');
    expect(data.statuses.map((status) => status.id)).toEqual([...LEDGER_STATUSES]);
    expect(data.statuses[0]).toEqual({
      id: 'done',
      words: { ko: 'done word (ko)', en: 'done word (en)', ja: 'done word (ja)' },
      meaning: { ko: 'done means (ko)', en: 'done means (en)', ja: 'done means (ja)' },
    });
  });

  it('keeps the entries’ order, with the words as said and a translation or null per language', () => {
    expect(data.entries.map((entry) => entry.id)).toEqual([
      'tomorrow',
      'head-soon',
      'next-february',
    ]);
    expect(tomorrow!.said).toBe('내일 양해각서를 맺을 계획이다.');
    expect(tomorrow!.translation).toEqual({
      ko: null,
      en: 'plans to sign an MOU tomorrow.',
      ja: '明日MOUを結ぶ予定だ。',
    });
    expect(nextFebruary!.translation).toEqual({
      ko: '내년 2월 짓기 시작하겠다',
      en: null,
      ja: '来年2月に着工する',
    });
    expect(tomorrow!.urls).toEqual({
      ko: 'https://example.org/ko/outcomes/entries/tomorrow/',
      en: 'https://example.org/en/outcomes/entries/tomorrow/',
      ja: 'https://example.org/ja/outcomes/entries/tomorrow/',
    });
  });

  it('says who spoke: the article’s own voice, a quote entry’s speaker, or a named one', () => {
    expect(tomorrow!.speaker).toEqual({ kind: 'article', quote: null, name: null, role: null });
    expect(headSoon!.speaker).toEqual({
      kind: 'quote',
      quote: 'head-coming-soon',
      name: { ko: '홍길동 (ko)', en: '홍길동 (en)', ja: '홍길동 (ja)' },
      role: { ko: 'CSO (ko)', en: 'CSO (en)', ja: 'CSO (ja)' },
    });
    expect(nextFebruary!.speaker).toEqual({
      kind: 'named',
      quote: null,
      name: { ko: 'Kim (ko)', en: 'Kim (en)', ja: 'Kim (ja)' },
      role: null,
    });
  });

  it('writes dates and deadlines at their precision: a day, a month, soon', () => {
    expect(tomorrow!.date).toEqual({ value: '2025-09-10', precision: 'day' });
    expect(tomorrow!.byWhen).toEqual({ value: '2025-09-11', precision: 'day' });
    expect(headSoon!.byWhen).toEqual({ value: null, precision: 'soon' });
    expect(nextFebruary!.date).toEqual({ value: '2026-02', precision: 'month' });
    expect(nextFebruary!.byWhen).toEqual({ value: '2027-02', precision: 'month' });
  });

  it('gives the derived status and every step with its why, source and confidence', () => {
    expect(data.entries.map((entry) => entry.status)).toEqual(['past-its-date', 'done', 'pending']);
    expect(headSoon!.steps).toEqual([
      {
        date: { value: '2025-09-10', precision: 'day' },
        status: 'pending',
        why: { ko: 'said (ko)', en: 'said (en)', ja: 'said (ja)' },
        source: { url: 'https://example.org/article', publisher: '예시 신문' },
        confidence: 'high',
      },
      {
        date: { value: '2025-09-29', precision: 'day' },
        status: 'done',
        why: { ko: 'named (ko)', en: 'named (en)', ja: 'named (ja)' },
        source: {
          url: 'https://example.org/wire',
          publisher: 'Example Wire',
          title: 'Head named',
          date: '2025-09-29',
        },
        confidence: 'medium',
      },
    ]);
    expect(headSoon!.source).toEqual({
      url: 'https://example.org/article',
      publisher: '예시 신문',
    });
  });

  it('round-trips through JSON unchanged (no undefined left to drop)', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
