/**
 * What an event's status and date say, which depends on its scope (`EventScope`: the
 * article's events, or beyond the article from other reports): how its status reads,
 * whether a planned event of the article has a reported follow-up, whether it is past its
 * date, and its date in words.
 */
import {
  compareCalendarDates,
  formatCalendarDate,
  formatDateRange,
  type CalendarDate,
  type DayDate,
} from './dates';
import { fill, useStrings, type Lang } from '@/i18n/strings';
import { deadlinePassed } from './ledger';
import type { DateKind, EventScope, EventStatus, LedgerStatus } from './vocabulary';

/**
 * A status as the page says it, with its label, so it never reads as where the event stands
 * now: the article's events as of the article (`기사 시점: 예정`); an event beyond it as
 * its own source reports it (`다른 보도: 있었던 일`). Where it stands now is the ledger's
 * (`지금: 이뤄짐`), or the later report's.
 * What someone said they understood others were preparing, and what a report said others
 * (industry sources) expected, are said so, never as anyone's stated plan.
 */
export function statusLabel(
  lang: Lang,
  { record, status, dateKind }: { record: EventScope; status: EventStatus; dateKind: DateKind },
): string {
  const t = useStrings(lang);
  if (dateKind === 'expected') return t.record.expectedStatus;
  if (dateKind === 'understood') return t.record.understoodStatus;
  const labels: Record<EventScope, Record<EventStatus, string>> = {
    article: t.status,
    beyond: t.beyondStatus,
  };
  return fill(t.standing[record], { status: labels[record][status] });
}

/**
 * Whether an event is one the article announced as still to come: its date is the day (or
 * month) it was planned for, so it can be set beside the day a later report gives. An event
 * beyond the article that was stated as a plan is dated by when it was stated, not planned.
 */
export function isPlanOfTheArticle(event: { record: EventScope; status: EventStatus }): boolean {
  return event.record === 'article' && event.status === 'planned';
}

/** What `reportedFollowUp` needs of an outcome. */
export interface FollowUpCandidate {
  date: CalendarDate;
  source: { date?: CalendarDate | undefined };
}

/**
 * The outcome that reports how a plan of the article turned out: the first outcome of a
 * planned article event whose report could speak of the event itself. A report published
 * before the planned date can only repeat the plan (the Founder Day report of 2025-09-10,
 * for an event on the 12th), so it is no follow-up; an undated one is taken at its word.
 * Events beyond the article, and events held as of the article, have none.
 */
export function reportedFollowUp<T extends FollowUpCandidate>(
  event: { record: EventScope; status: EventStatus; date: CalendarDate },
  outcomes: readonly T[],
): T | undefined {
  if (!isPlanOfTheArticle(event)) return undefined;
  return outcomes.find(
    ({ source }) => !source.date || compareCalendarDates(source.date, event.date) >= 0,
  );
}

/**
 * Whether an event is a plan of the article that no later report confirms: its calendar
 * entry is tentative, and its pages say that no report has been found as of the record's date.
 */
export function unconfirmedPlan(event: {
  record: EventScope;
  status: EventStatus;
  followUp?: unknown;
}): boolean {
  return isPlanOfTheArticle(event) && !event.followUp;
}

/**
 * Whether a planned event is past its date as of the record's date (`asOf`, never the
 * build's clock): a plan of the article no report confirms whose day (or month, or last
 * day) has gone by, or a plan a ledger entry about which is past its date (its `byWhen`
 * passed with no report, `currentStatus`). A plan still ahead of `asOf` is pending; an
 * event that happened is never past its date, whatever was said at it.
 */
export function pastItsDate(
  event: {
    record: EventScope;
    status: EventStatus;
    date: CalendarDate;
    endDate?: CalendarDate | undefined;
    followUp?: unknown;
  },
  ledger: readonly { status: LedgerStatus }[],
  asOf: DayDate,
): boolean {
  if (event.status !== 'planned') return false;
  return (
    (unconfirmedPlan(event) && deadlinePassed(event.endDate ?? event.date, asOf)) ||
    ledger.some((entry) => entry.status === 'past-its-date')
  );
}

/** What `dateInWords` needs of an event. */
export interface DatedStatement {
  record: EventScope;
  status: EventStatus;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
  dateKind: DateKind;
  followUp?: unknown;
}

/**
 * An event's date as every output that shows it alone must say it (a preview card, a
 * marker's name, a feed item, a calendar entry, a data file, an embed): the day it
 * happened; or what the date is (the day a plan was for, the day a plan was stated or an
 * expectation reported, the day it was announced); and, for a plan of the article that no
 * report confirms, that none has been found as of the record's date. `dates` is the date
 * already in words where an output writes it its own way (the overview's "some time in").
 */
export function dateInWords(
  lang: Lang,
  event: DatedStatement,
  asOf: DayDate,
  dates: string = formatDateRange(event.date, event.endDate, lang),
): string {
  const t = useStrings(lang).record;
  const line = fill(t.dateKinds[event.dateKind], { date: dates });
  return unconfirmedPlan(event)
    ? `${line} · ${fill(t.unconfirmedShort, { date: formatCalendarDate(asOf, lang) })}`
    : line;
}

/**
 * The span from one event's date to a later one's end, as an output that shows it alone
 * says it (a partner's card): each end says what its date is, as `dateInWords` does
 * (`2025년 10월 1일 – 2026년 3월 5일 발표`), since the last date may be only the day
 * something was announced. A span of one event is that event's date in words.
 */
export function spanInWords(
  lang: Lang,
  first: DatedStatement,
  last: DatedStatement,
  asOf: DayDate,
): string {
  if (first === last) return dateInWords(lang, first, asOf);
  const end = (event: DatedStatement, date: CalendarDate) =>
    dateInWords(lang, event, asOf, formatCalendarDate(date, lang));
  return `${end(first, first.date)} – ${end(last, last.endDate ?? last.date)}`;
}
