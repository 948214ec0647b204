import { describe, expect, it } from 'vitest';
import { changeLog, compareChanges, type LogEntry } from '@/lib/changes';
import { parseCalendarDate as date } from '@/lib/dates';

describe('compareChanges', () => {
  it('puts the newest first, and on one day orders by `order`, then id', () => {
    const changes = [
      { id: 'b', date: date('2026-11-28'), order: 0 },
      { id: 'c', date: date('2026-12-01'), order: 1 },
      { id: 'a', date: date('2026-12-01'), order: 1 },
      { id: 'd', date: date('2026-12-01'), order: 0 },
    ];
    expect(changes.toSorted(compareChanges).map((c) => c.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});

describe('changeLog', () => {
  const change = (id: string, day: string) => ({ id, date: date(day) });
  /** A ledger entry whose every step changes its status (pending, done, pending, …). */
  const entry = (id: string, ...steps: string[]) => ({
    id,
    steps: steps.map((d, index) => ({
      date: date(d),
      status: index % 2 ? ('done' as const) : ('pending' as const),
    })),
  });
  const ids = (log: LogEntry<{ id: string }, { id: string }>[]) =>
    log.map((item) => ('change' in item ? item.change.id : `${item.entry.id}-${item.step + 1}`));

  it('lists every step after an entry’s first, newest first among the changes', () => {
    const log = changeLog(
      [change('new', '2026-12-01'), change('old', '2025-10-01')],
      [entry('e', '2025-09-10', '2025-11-05', '2026-01-02')],
    );
    expect(ids(log)).toEqual(['new', 'e-3', 'e-2', 'old']);
  });

  it('puts the changes of a day before the status changes of that day', () => {
    const log = changeLog([change('c', '2025-11-05')], [entry('e', '2025-09-10', '2025-11-05')]);
    expect(ids(log)).toEqual(['c', 'e-2']);
  });

  it('leaves out a step that keeps its entry’s status', () => {
    const kept = {
      id: 'e',
      steps: [
        { date: date('2025-09-10'), status: 'pending' as const },
        { date: date('2025-10-01'), status: 'pending' as const },
        { date: date('2025-11-05'), status: 'done' as const },
      ],
    };
    expect(ids(changeLog([], [kept]))).toEqual(['e-3']);
  });

  it('keeps an entry’s history in order when a month-only step follows a day of its month', () => {
    const log = changeLog([], [entry('e', '2025-09-10', '2025-12-04', '2025-12')]);
    expect(ids(log)).toEqual(['e-3', 'e-2']);
  });
});
