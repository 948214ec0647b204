import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { isPlanOfTheArticle, reportedFollowUp, statusLabel } from '@/lib/records';

const date = parseCalendarDate;

describe('statusLabel', () => {
  it('reads the article’s events as of the article', () => {
    expect(statusLabel('ko', 'article', 'planned')).toBe('기사 시점에 아직 예정이던 일');
    expect(statusLabel('en', 'article', 'held')).toBe('Already happened by the article');
  });

  it('reads an event beyond the article as its source reports it', () => {
    expect(statusLabel('ko', 'beyond', 'held')).toBe('있었던 일');
    expect(statusLabel('ko', 'beyond', 'planned')).toBe('계획으로 밝힌 일');
    expect(statusLabel('en', 'beyond', 'held')).toBe('Happened');
    expect(statusLabel('en', 'beyond', 'planned')).toBe('Stated as a plan');
  });
});

describe('isPlanOfTheArticle', () => {
  it('is a plan the article announced, not a plan stated beyond it nor a held event', () => {
    expect(isPlanOfTheArticle({ record: 'article', status: 'planned' })).toBe(true);
    expect(isPlanOfTheArticle({ record: 'beyond', status: 'planned' })).toBe(false);
    expect(isPlanOfTheArticle({ record: 'article', status: 'held' })).toBe(false);
  });
});

describe('reportedFollowUp', () => {
  const planned = { record: 'article', status: 'planned', date: date('2025-09-12') } as const;
  const outcome = (day: string, sourceDate?: string) => ({
    date: date(day),
    source: { date: sourceDate ? date(sourceDate) : undefined },
  });

  it('is the outcome of a planned article event from a report that could speak of it', () => {
    const later = outcome('2025-09-12', '2025-09-13');
    expect(reportedFollowUp(planned, [later])).toBe(later);
    // A report from the planned day itself, or one with no known date, is taken at its word.
    const sameDay = outcome('2025-09-12', '2025-09-12');
    expect(reportedFollowUp(planned, [sameDay])).toBe(sameDay);
    const undated = outcome('2025-11-13');
    expect(reportedFollowUp({ ...planned, date: date('2025-11') }, [undated])).toBe(undated);
  });

  it('is not a report published before the planned day: it can only repeat the plan', () => {
    expect(reportedFollowUp(planned, [outcome('2025-09-12', '2025-09-10')])).toBeUndefined();
    const later = outcome('2025-09-12', '2025-09-20');
    expect(reportedFollowUp(planned, [outcome('2025-09-12', '2025-09-10'), later])).toBe(later);
  });

  it('is nothing for an event held as of the article, or beyond the article', () => {
    const later = outcome('2025-09-12', '2025-09-13');
    expect(reportedFollowUp({ ...planned, status: 'held' }, [later])).toBeUndefined();
    expect(reportedFollowUp({ ...planned, record: 'beyond' }, [later])).toBeUndefined();
    expect(reportedFollowUp(planned, [])).toBeUndefined();
  });
});
