import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import type { DayDate } from '@/lib/dates';
import { isOwnDay } from '@/lib/vocabulary';
import {
  dateInWords,
  isPlanOfTheArticle,
  pastItsDate,
  reportedFollowUp,
  spanInWords,
  statusLabel,
} from '@/lib/eventStatus';

const date = parseCalendarDate;

describe('statusLabel', () => {
  const label = (
    lang: 'ko' | 'en',
    record: 'article' | 'beyond',
    status: 'held' | 'planned',
    dateKind: 'happened' | 'planned' | 'stated' | 'understood' | 'expected' = 'happened',
  ) => statusLabel(lang, { record, status, dateKind });

  it('reads the article’s events as of the article, and says so', () => {
    expect(label('ko', 'article', 'planned', 'planned')).toBe('기사 시점: 예정');
    expect(label('en', 'article', 'planned', 'planned')).toBe('At the article: planned');
    expect(label('en', 'article', 'held')).toBe('At the article: already happened');
  });

  it('reads an event beyond the article as its source reports it, and says so', () => {
    expect(label('ko', 'beyond', 'held')).toBe('다른 보도: 있었던 일');
    expect(label('ko', 'beyond', 'planned', 'stated')).toBe('다른 보도: 계획으로 밝힌 일');
    expect(label('en', 'beyond', 'held')).toBe('Other reports: happened');
    expect(label('en', 'beyond', 'planned', 'stated')).toBe('Other reports: stated as a plan');
  });

  it('reads what a report said industry sources expected as that, never as a stated plan', () => {
    expect(label('ko', 'beyond', 'planned', 'expected')).toBe('업계가 내다본 일(보도)');
    expect(label('en', 'beyond', 'planned', 'expected')).toBe('Expected, as reported');
  });

  it('reads what someone said they understood was being prepared as that, never as their stated plan', () => {
    expect(label('ko', 'beyond', 'planned', 'understood')).toBe('아는 바로 전한 계획');
    expect(label('en', 'beyond', 'planned', 'understood')).toBe('Understood to be planned');
  });
});

describe('isOwnDay', () => {
  it('is the day of a statement, a remark told as understood included, never an announcement’s or an expectation’s', () => {
    expect(isOwnDay('stated')).toBe(true);
    expect(isOwnDay('understood')).toBe(true);
    expect(isOwnDay('expected')).toBe(false);
    expect(isOwnDay('announced')).toBe(false);
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

describe('pastItsDate', () => {
  const day = (text: string) => date(text) as DayDate;
  const plan = { record: 'article', status: 'planned', date: date('2025-09-12') } as const;

  it('is a plan of the article with no report once its day has gone by, not before', () => {
    expect(pastItsDate(plan, [], day('2025-09-12'))).toBe(false);
    expect(pastItsDate(plan, [], day('2025-09-13'))).toBe(true);
    // A month passes after its last day.
    const month = { ...plan, date: date('2025-11') };
    expect(pastItsDate(month, [], day('2025-11-30'))).toBe(false);
    expect(pastItsDate(month, [], day('2025-12-01'))).toBe(true);
  });

  it('is never a plan a later report confirms, nor an event that happened', () => {
    expect(pastItsDate({ ...plan, followUp: {} }, [], day('2026-01-01'))).toBe(false);
    expect(
      pastItsDate({ ...plan, status: 'held' }, [{ status: 'past-its-date' }], day('2026-01-01')),
    ).toBe(false);
  });

  it('is a plan beyond the article when a ledger entry about it is past its date', () => {
    const stated = { record: 'beyond', status: 'planned', date: date('2026-02-11') } as const;
    expect(pastItsDate(stated, [{ status: 'pending' }], day('2027-03-15'))).toBe(false);
    expect(pastItsDate(stated, [{ status: 'past-its-date' }], day('2027-03-15'))).toBe(true);
  });
});

describe('dateInWords', () => {
  const asOf = date('2026-12-06') as DayDate;
  const event = {
    record: 'article' as const,
    status: 'held' as const,
    date: date('2025-09-10'),
    dateKind: 'happened' as const,
  };

  it('is the date alone where it is the day it happened, at its own precision', () => {
    expect(dateInWords('ko', event, asOf)).toBe('2025년 9월 10일');
    expect(dateInWords('en', { ...event, date: date('2025-10') }, asOf)).toBe('October 2025');
  });

  it('says what any other date is: announced, stated, expected', () => {
    expect(dateInWords('en', { ...event, dateKind: 'announced' }, asOf)).toBe(
      'Announced September 10, 2025',
    );
    expect(dateInWords('ko', { ...event, record: 'beyond', dateKind: 'stated' }, asOf)).toBe(
      '2025년 9월 10일에 계획으로 밝힌 일',
    );
    expect(dateInWords('en', { ...event, record: 'beyond', dateKind: 'expected' }, asOf)).toBe(
      'Expected by industry sources, as reported on September 10, 2025',
    );
    expect(dateInWords('ko', { ...event, record: 'beyond', dateKind: 'understood' }, asOf)).toBe(
      '2025년 9월 10일에 아는 바로 전한 계획',
    );
    expect(dateInWords('en', { ...event, record: 'beyond', dateKind: 'understood' }, asOf)).toBe(
      'Understood to be planned, as said on September 10, 2025',
    );
  });

  it('says a plan of the article no report confirms is that, as of the record’s date', () => {
    const plan = { ...event, status: 'planned' as const, dateKind: 'planned' as const };
    expect(dateInWords('ko', plan, asOf)).toBe(
      '2025년 9월 10일 예정이었던 일 · 2026년 12월 6일 기준 열렸다는 보도 없음',
    );
    expect(dateInWords('en', { ...plan, followUp: {} }, asOf)).toBe(
      'Planned for September 10, 2025',
    );
  });

  it('takes the date in an output’s own words where it gives them', () => {
    expect(dateInWords('en', { ...event, dateKind: 'announced' }, asOf, 'some time in May')).toBe(
      'Announced some time in May',
    );
  });
});

describe('spanInWords', () => {
  const asOf = date('2026-12-06') as DayDate;
  const held = {
    record: 'beyond' as const,
    status: 'held' as const,
    date: date('2025-10-01'),
    dateKind: 'happened' as const,
  };
  const announced = { ...held, date: date('2026-03-05'), dateKind: 'announced' as const };

  it('says at each end what its date is, an announcement’s day as such', () => {
    expect(spanInWords('ko', held, announced, asOf)).toBe('2025년 10월 1일 – 2026년 3월 5일 발표');
    expect(spanInWords('en', held, announced, asOf)).toBe(
      'October 1, 2025 – Announced March 5, 2026',
    );
    expect(spanInWords('en', held, { ...held, date: date('2026-02-11') }, asOf)).toBe(
      'October 1, 2025 – February 11, 2026',
    );
  });

  it('is one event’s date in words where the span holds one event', () => {
    expect(spanInWords('en', announced, announced, asOf)).toBe('Announced March 5, 2026');
  });
});
