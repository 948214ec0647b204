/**
 * The change log's order: corrections and additions, and the ledger's status changes, on
 * one list, newest first. Pure, so the model, the page, its feed and the tests share it.
 */
import { compareCalendarDates, type CalendarDate, type DayDate } from './dates';
import { changesStatus, firstDayOf } from './ledger';
import type { LedgerStatus } from './vocabulary';

/** Corrections and additions among themselves: newest first; on one day by `order`, then id. */
export function compareChanges(
  a: { id: string; date: CalendarDate; order: number },
  b: { id: string; date: CalendarDate; order: number },
): number {
  return compareCalendarDates(b.date, a.date) || a.order - b.order || a.id.localeCompare(b.id);
}

/** An item of the log: a change, or a ledger entry's step (by index) that changed its status. */
export type LogEntry<C, E> = { change: C } | { entry: E; step: number };

/**
 * The log: `changes` (in `compareChanges` order) and every ledger step that changes its
 * entry's status (`changesStatus`: a step that only adds a report and keeps the status is
 * no status change), newest first by the first day of each date; on one day, changes
 * before status changes. A step stands no earlier than the step before it (a month-only
 * step after a day of its month), so an entry's status changes keep the order of its history.
 */
export function changeLog<
  C extends { date: CalendarDate },
  E extends { steps: readonly { date: CalendarDate; status: LedgerStatus }[] },
>(changes: readonly C[], ledger: readonly E[]): LogEntry<C, E>[] {
  const statusChanges = ledger.flatMap((entry) => {
    let since: DayDate | undefined;
    return entry.steps
      .map(({ date }, step) => {
        const first = firstDayOf(date);
        since = since && compareCalendarDates(since, first) > 0 ? since : first;
        return { since, item: { entry, step } as LogEntry<C, E> };
      })
      .filter((_, step) => changesStatus(entry.steps, step))
      .toReversed();
  });
  return [
    ...changes.map((change) => ({ since: change.date, item: { change } as LogEntry<C, E> })),
    ...statusChanges,
  ]
    .toSorted((a, b) => compareCalendarDates(b.since, a.since))
    .map(({ item }) => item);
}
