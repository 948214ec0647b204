/**
 * A page's citation: its last-changed date from the change log, its CSL-JSON item and
 * meta tags, and the APA and Chicago entries citeproc-js formats from the vendored styles.
 */
import { describe, expect, it } from 'vitest';
import { citationMeta, cslItem, lastChanged, type CitedPage } from '@/lib/cite/reference';
import { cslLocale, formatCitations } from '@/lib/cite/styles';
import { parseCalendarDate, type DayDate } from '@/lib/dates';

const day = (text: string) => parseCalendarDate(text) as DayDate;
const asOf = day('2026-12-01');

describe('lastChanged', () => {
  it('is the latest change naming the page, whatever the order it is given in', () => {
    const changes = [day('2026-11-28'), day('2026-12-02'), day('2026-12-01')].map((date) => ({
      date,
    }));
    expect(lastChanged(changes, asOf)).toEqual({ date: day('2026-12-02'), logged: true });
  });

  it('is the record’s as-of date, said not to be logged, for a page no change names', () => {
    expect(lastChanged([], asOf)).toEqual({ date: asOf, logged: false });
  });
});

const page = (lang: 'ko' | 'en'): CitedPage => ({
  title: lang === 'ko' ? '출범 기자회견' : 'Launch press conference',
  container: lang === 'ko' ? '예시 타임라인' : 'Example Timeline',
  publisher: lang === 'ko' ? '예시 타임라인 편집진' : 'Example Timeline editors',
  date: day('2026-11-28'),
  url: `https://timeline.example/${lang === 'ko' ? '' : 'en/'}events/launch-day/`,
  lang,
});

describe('cslItem', () => {
  it('names the publisher as author, dates the version by its last change, and gives the address', () => {
    expect(cslItem(page('en'))).toEqual({
      id: 'https://timeline.example/en/events/launch-day/',
      type: 'webpage',
      title: 'Launch press conference',
      'container-title': 'Example Timeline',
      author: [{ literal: 'Example Timeline editors' }],
      issued: { 'date-parts': [[2026, 11, 28]] },
      URL: 'https://timeline.example/en/events/launch-day/',
      language: 'en',
    });
  });

  it('has no container for the record as a whole', () => {
    expect(cslItem({ ...page('en'), container: undefined })).not.toHaveProperty('container-title');
  });
});

describe('citationMeta', () => {
  it('gives the title, publisher, dates, address and language', () => {
    expect(Object.fromEntries(citationMeta(page('ko')))).toEqual({
      citation_title: '출범 기자회견',
      citation_publisher: '예시 타임라인 편집진',
      citation_publication_date: '2026/11/28',
      citation_date: '2026/11/28',
      citation_public_url: 'https://timeline.example/events/launch-day/',
      citation_language: 'ko',
    });
  });
});

// Each style's first use makes its engine for the locale: seconds of CPU, more on a busy machine.
describe('formatCitations', { timeout: 120_000 }, () => {
  it('writes APA and Chicago (author-date) in English conventions', () => {
    expect(formatCitations(cslItem(page('en')), 'en')).toEqual({
      apa: 'Example Timeline editors. (2026, November 28). <i>Launch press conference</i>. Example Timeline. https://timeline.example/en/events/launch-day/',
      chicago:
        'Example Timeline editors. 2026. “Launch Press Conference.” Example Timeline, November 28. https://timeline.example/en/events/launch-day/.',
    });
  });

  it('writes them with the Korean locale’s terms and month names on a Korean page', () => {
    expect(formatCitations(cslItem(page('ko')), 'ko')).toEqual({
      apa: '예시 타임라인 편집진. (2026, 11월 28). <i>출범 기자회견</i>. 예시 타임라인. https://timeline.example/events/launch-day/',
      chicago:
        '예시 타임라인 편집진. 2026. “출범 기자회견”. 예시 타임라인, 11월 28. https://timeline.example/events/launch-day/.',
    });
  });

  it('escapes what the text holds', () => {
    const { apa } = formatCitations(cslItem({ ...page('en'), title: 'R&D <b>' }), 'en');
    expect(apa).toContain('<i>R&#38;D &#60;b&#62;</i>');
  });
});

describe('cslLocale', () => {
  it('finds a language’s vendored locale, and falls back to en-US without one', () => {
    expect(cslLocale('ko')).toBe('ko-KR');
    expect(cslLocale('en')).toBe('en-US');
    expect(cslLocale('ja')).toBe('en-US');
  });
});
