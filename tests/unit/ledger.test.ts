import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type DayDate } from '@/lib/dates';
import {
  beginsAfter,
  changesStatus,
  currentStatus,
  deadlinePassed,
  decisiveStep,
  firstOutOfOrder,
  lastDayOf,
  occasionOf,
} from '@/lib/ledger';
import type { LedgerStatus } from '@/lib/vocabulary';

const date = parseCalendarDate;
const day = (text: string) => parseCalendarDate(text) as DayDate;
const steps = (...statuses: LedgerStatus[]) => statuses.map((status) => ({ status }));

describe('changesStatus', () => {
  it('counts a step as a status change only where its status differs from the one before', () => {
    const history = steps('pending', 'pending', 'done', 'done');
    expect(history.map((_, index) => changesStatus(history, index))).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
});

describe('decisiveStep', () => {
  const numbered = (...statuses: LedgerStatus[]) => statuses.map((status, n) => ({ status, n }));

  it('rests a status on the step that set it, not on a later report that repeats it', () => {
    // The head of OpenAI Korea: named on 2025-09-29, mentioned again on 2025-12-04.
    expect(decisiveStep(numbered('pending', 'done', 'done')).n).toBe(1);
  });

  it('rests a status that changed back on the step that changed it last', () => {
    expect(decisiveStep(numbered('pending', 'done', 'changed', 'done')).n).toBe(3);
  });

  it('rests an entry that never changed on its first step', () => {
    expect(decisiveStep(numbered('pending', 'pending')).n).toBe(0);
    expect(decisiveStep(numbered('not-rated')).n).toBe(0);
  });
});

describe('currentStatus', () => {
  it('turns a pending entry past its date once the as-of date moves past its day', () => {
    const entry = { byWhen: date('2025-09-12'), steps: steps('pending') };
    expect(currentStatus(entry, day('2025-09-12'))).toBe('pending');
    expect(currentStatus(entry, day('2025-09-13'))).toBe('past-its-date');
  });

  it('lets a month deadline pass only after the month’s last day', () => {
    const entry = { byWhen: date('2026-03'), steps: steps('pending') };
    expect(currentStatus(entry, day('2026-03-31'))).toBe('pending');
    expect(currentStatus(entry, day('2026-04-01'))).toBe('past-its-date');
    const february = { byWhen: date('2024-02'), steps: steps('pending') };
    expect(currentStatus(february, day('2024-02-29'))).toBe('pending');
    expect(currentStatus(february, day('2024-03-01'))).toBe('past-its-date');
  });

  it('lets “early in a year” pass only after the first half of that year', () => {
    const entry = { byWhen: { precision: 'early', year: 2026 } as const, steps: steps('pending') };
    expect(currentStatus(entry, day('2026-06-30'))).toBe('pending');
    expect(currentStatus(entry, day('2026-07-01'))).toBe('past-its-date');
  });

  it('never turns “soon” or no date past its date', () => {
    for (const byWhen of ['soon', 'none'] as const) {
      expect(currentStatus({ byWhen, steps: steps('pending') }, day('2099-12-31'))).toBe('pending');
    }
  });

  it('keeps a done entry done, and any other written status, whatever the date', () => {
    const late = day('2030-01-01');
    expect(
      currentStatus({ byWhen: date('2025-09-11'), steps: steps('pending', 'done') }, late),
    ).toBe('done');
    for (const status of ['in-part', 'changed', 'withdrawn', 'not-rated'] as const) {
      expect(
        currentStatus({ byWhen: date('2025-09'), steps: steps('pending', status) }, late),
      ).toBe(status);
    }
  });

  it('reads the last step, not the first', () => {
    const entry = { byWhen: 'none' as const, steps: steps('pending', 'in-part', 'done') };
    expect(currentStatus(entry, day('2026-12-01'))).toBe('done');
  });
});

describe('deadlinePassed', () => {
  it('compares calendar dates, not instants, in every time zone', () => {
    expect(deadlinePassed(date('2025-12'), day('2025-12-31'))).toBe(false);
    expect(deadlinePassed(date('2025-12'), day('2026-01-01'))).toBe(true);
  });
});

describe('lastDayOf', () => {
  it('is the day itself, or the month’s last day', () => {
    expect(lastDayOf(date('2025-09-12'))).toEqual(day('2025-09-12'));
    expect(lastDayOf(date('2025-11'))).toEqual(day('2025-11-30'));
    expect(lastDayOf(date('2025-12'))).toEqual(day('2025-12-31'));
  });
});

describe('firstOutOfOrder', () => {
  it('finds a step dated before the one it follows', () => {
    expect(firstOutOfOrder([date('2025-09-10'), date('2025-09-29')])).toBeUndefined();
    expect(firstOutOfOrder([date('2025-09-10'), date('2025-09-10')])).toBeUndefined();
    expect(firstOutOfOrder([date('2025-09-29'), date('2025-09-10')])).toBe(1);
  });

  it('takes a month and a day in it as in order either way round', () => {
    expect(firstOutOfOrder([date('2025-12-04'), date('2025-12')])).toBeUndefined();
    expect(firstOutOfOrder([date('2025-12'), date('2025-12-04')])).toBeUndefined();
    expect(firstOutOfOrder([date('2025-12-04'), date('2025-11')])).toBe(1);
  });
});

describe('beginsAfter', () => {
  it('is a date whose first day is after the day', () => {
    expect(beginsAfter(date('2026-12-02'), day('2026-12-01'))).toBe(true);
    expect(beginsAfter(date('2026-12'), day('2026-12-01'))).toBe(false);
    expect(beginsAfter(date('2026-12-01'), day('2026-12-01'))).toBe(false);
  });
});

describe('occasionOf', () => {
  const article = parseCalendarDate('2025-09-10');
  const said = (date: string, fromArticle = false) => ({
    date: parseCalendarDate(date),
    fromArticle,
  });

  it('is the launch for the article’s own words', () => {
    expect(occasionOf(said('2025-09-10', true), article)).toBe('launch');
  });

  it('is later for another report after the article’s day, earlier on or before it', () => {
    expect(occasionOf(said('2025-09-11'), article)).toBe('later');
    expect(occasionOf(said('2025-10'), article)).toBe('later');
    expect(occasionOf(said('2025-09-10'), article)).toBe('earlier');
    expect(occasionOf(said('2025-09-05'), article)).toBe('earlier');
    // A report known only to the article's month may be before it: not "later".
    expect(occasionOf(said('2025-09'), article)).toBe('earlier');
  });
});
