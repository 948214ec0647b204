/** The closed lists the content schema accepts; their labels are in `ui.ts`. */

export const EVENT_KINDS = [
  'partnership',
  'workshop',
  'program',
  'festival',
  'launch',
  'mou',
  'community',
  'conference',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What an event's date is: when it happened, or only when it was announced. */
export const DATE_KINDS = ['happened', 'announced'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** As of the primary source's writing (2025-09-10): had it happened, or was it planned? */
export const EVENT_STATUSES = ['held', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
