/** The closed lists the content schema accepts; their labels are in each language's `src/content/<code>/ui.json`. */

export const EVENT_KINDS = [
  'partnership',
  'workshop',
  'program',
  'festival',
  'launch',
  'mou',
  'community',
  'conference',
  'press-conference',
  'appointment',
  'agreement',
  'publication',
  'government-statement',
  'meeting',
  'lawsuit',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * What an event's date is: when it happened; the day a plan of the article was planned for
 * (the default for the article's `planned` events); the day a plan beyond the article was
 * stated by whoever made it (the default for other `planned` events); the day someone said
 * what, as far as they knew, others were preparing, which is no plan of their own stated
 * (a minister's "…것으로 알고 있다"); the day a report said what others (industry sources)
 * expected, which is nobody's stated plan; or only when it was announced. Every output
 * that shows the date says which (`dateInWords`).
 */
export const DATE_KINDS = [
  'happened',
  'planned',
  'stated',
  'understood',
  'expected',
  'announced',
] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/**
 * Whether a date of this kind is a day of the event's own (the day it happened, was planned
 * for, or the plan was stated or told as understood), which a calendar entry, a start date or a feed's date may
 * be; the day something was only announced, or a report said what was expected, is not.
 */
export const isOwnDay = (kind: DateKind): boolean => kind !== 'announced' && kind !== 'expected';

/**
 * What an event's date is when its file does not say: the day(s) it happened; for a plan of
 * the article, the day it was planned for; for another plan, the day it was stated.
 */
export function defaultDateKind(event: { record: EventScope; status: EventStatus }): DateKind {
  if (event.status !== 'planned') return 'happened';
  return event.record === 'article' ? 'planned' : 'stated';
}

/**
 * An event's scope (its `record` field, a name kept in the content and the data files):
 * one of the events the primary source (the article of 2025-09-10) reports, or beyond the
 * article, before or after it, read in other reports. In the code "record" is only the
 * site's whole record as of its date (`src/content/record.yaml`).
 */
export const EVENT_SCOPES = ['article', 'beyond'] as const;
export type EventScope = (typeof EVENT_SCOPES)[number];

/**
 * Had it happened, or was it a plan? For the article's events, as of the article's writing
 * (2025-09-10); for the record beyond it, as its own source reports it: what happened, or
 * what was said to be planned. The labels differ by record (`ui.json`: `status`, `beyondStatus`).
 */
export const EVENT_STATUSES = ['held', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How firmly a source states what it is cited for (`/about/` says what each means). */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

/** Pages that are no entry of a collection, by name, as a change names the pages it touches. */
export const SITE_PAGES = ['home', 'sources', 'outcomes', 'about', 'changes', 'not-found'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/**
 * Where a thing said that can be checked stands, in the ledger (`src/content/ledger/`): one
 * published scale. Its words are `ledgerStatus` in each `src/content/<code>/ui.json`, and a
 * line on what each means, `ledgerMeaning`. `past-its-date` is never written in a step: it
 * is derived (`src/lib/ledger.ts`) from a pending entry's `byWhen` and the record's as-of
 * date. No report is never "did not happen": there is no status for that.
 */
export const LEDGER_STATUSES = [
  'done',
  'in-part',
  'pending',
  'past-its-date',
  'changed',
  'withdrawn',
  'not-rated',
] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/**
 * When a thing the ledger follows was said (`occasionOf`, `src/lib/ledger.ts`): at the
 * launch, in the article itself; or in another report, before the article's day or after it.
 * The ledger has a page for each that some entry has; their words are `ledger.occasions`.
 */
export const LEDGER_OCCASIONS = ['launch', 'earlier', 'later'] as const;
export type LedgerOccasion = (typeof LEDGER_OCCASIONS)[number];
