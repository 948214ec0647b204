/** What the drawn overview is made from. */
import type { Lang } from '@/i18n/locales';
import type { CalendarDate } from '@/lib/dates';
import type { EventRecord, EventStatus } from '@/lib/vocabulary';

/** What the overview needs of an event. */
export interface FigureEvent {
  id: string;
  title: string;
  date: CalendarDate;
  endDate?: CalendarDate | undefined;
  record: EventRecord;
  status: EventStatus;
  /** The day a later report gives for a planned event: a second mark. */
  reported?: CalendarDate | undefined;
}

/** What a view is drawn from: the events, the article's day (if any), the language of its words. */
export interface FigureInput {
  events: readonly FigureEvent[];
  article: CalendarDate | undefined;
  lang: Lang;
}
