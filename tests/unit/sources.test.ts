import { describe, expect, it } from 'vitest';
import { parseCalendarDate as date } from '@/lib/dates';
import { byTiming, sourceTiming, type SourceTiming } from '@/lib/sources';

describe('byTiming', () => {
  it('groups sources in the sources page’s order, leaving empty groups out', () => {
    const source = (id: string, timing: SourceTiming) => ({ id, timing });
    const groups = byTiming([
      source('late', 'after'),
      source('article', 'primary'),
      source('unknown', 'undated'),
      source('later', 'after'),
    ]);
    expect(groups.map(({ timing, sources }) => [timing, sources.map(({ id }) => id)])).toEqual([
      ['primary', ['article']],
      ['after', ['late', 'later']],
      ['undated', ['unknown']],
    ]);
  });
});

describe('sourceTiming', () => {
  const article = date('2025-09-10');
  const report = (on?: string, after?: string) => ({
    primary: false,
    date: on === undefined ? undefined : date(on),
    after: after === undefined ? undefined : date(after),
  });

  it('puts a report after the article only when it came out after the article’s day', () => {
    expect(sourceTiming(report('2025-09-11'), article)).toBe('after');
    expect(sourceTiming(report('2025-09-10'), article)).toBe('before');
    expect(sourceTiming(report('2025-02'), article)).toBe('before');
    expect(sourceTiming(report('2025-10'), article)).toBe('after');
    expect(sourceTiming(report(), article)).toBe('undated');
  });

  it('places a report known only to the article’s month by its own words, never by the month', () => {
    // the-pr.co.kr: "지난 10일 공식 출범한" — it came out after the 10th.
    expect(sourceTiming(report('2025-09', '2025-09-10'), article)).toBe('after');
    expect(() => sourceTiming(report('2025-09'), article)).toThrow(/after: is missing/);
  });
});
