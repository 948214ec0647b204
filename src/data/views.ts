/**
 * What pages and components render: the model (`model.ts`) seen in one language, with the
 * addresses of that language. Only these shapes reach templates.
 */
import type { CalendarDate, DayDate } from '@/lib/dates';
import type { SourceTiming } from '@/lib/sources';
import type { ArchivePage, Dated } from '@/lib/timeline';
import type { DateKind, EventKind, EventRecord, EventStatus, SitePage } from '@/lib/vocabulary';
import type { Body, Confidence } from './model';

export type { Body, Confidence };

/** A source as a page shows it, in the page's language. */
export interface Source {
  id: string;
  url: string;
  /** The language it is written in: `ko`. */
  lang: string;
  publisher: string;
  author: string | undefined;
  /** The author's name romanized by the site, in a language whose script differs. */
  authorInLang: string | undefined;
  title: string | undefined;
  date: CalendarDate | undefined;
  confidence: Confidence;
  confidenceNote: string | undefined;
  /** Whether it is the article itself, or a report from before, after or of no known date. */
  timing: SourceTiming;
  /** Where the date is read: on the page, or in the report's own text. */
  dateFrom: 'page' | 'text';
  /** The company's own announcement, not a news report. */
  announcement: boolean;
}

/** A correction or an addition, as the change log and the foot of each page it touches show it. */
export interface Change {
  id: string;
  date: DayDate;
  kind: 'correction' | 'addition';
  was: string | undefined;
  now: string;
  why: string;
  source: Source | undefined;
  /** The pages it touches, by title. */
  touches: Citation[];
}

/** A page that cites a source, for the sources page. */
export interface Citation {
  href: string;
  title: string;
}

export interface CitedSource extends Source {
  /** The first `CITATIONS_SHOWN` pages citing it: events, then partners, then quotes. */
  citedBy: Citation[];
  /** How many more pages cite it. */
  moreCitations: number;
}

/** What lists and neighbours show of an event. */
export interface EventSummary {
  id: string;
  title: string;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  /** Whether the date is when it happened or only when it was announced. */
  dateKind: DateKind;
  kind: EventKind;
  /** The article's events, or the record beyond it: the status reads accordingly. */
  record: EventRecord;
  status: EventStatus;
  /** For a planned event of the article, the later report that says it happened. */
  followUp: FollowUp | undefined;
}

/** A later report that a planned event happened: the day it gives, and how firmly. */
export interface FollowUp {
  date: CalendarDate;
  confidence: Confidence;
  source: Source;
}

export interface Outcome extends FollowUp {
  text: string;
}

/** An announcement and the event it spoke of, with the source that links the two. */
export interface EventLink {
  event: EventSummary;
  source: Source;
}

export interface Event extends EventSummary, Dated {
  summary: string;
  /** For a plan of the article no report confirms: that none has been found, as of the record's date. */
  unconfirmed: string | undefined;
  /** Who held it, where the source says so. */
  organizer: string | undefined;
  dateSource: Source;
  dateNote: string | undefined;
  place: { name: string; source: Source } | undefined;
  outcomes: Outcome[];
  /** The earlier announcement that spoke of this event, where a source links them. */
  follows: EventLink | undefined;
  /** The later events this one's announcement spoke of. */
  followedBy: EventLink[];
  sources: Source[];
  body: Body;
  partners: PartnerLink[];
  /** Quotes said at the event or about it, in the order they were said. */
  quotes: Quote[];
  previous: EventSummary | undefined;
  next: EventSummary | undefined;
  /** The corrections and additions that touched its page, newest first. */
  changes: Change[];
  /** Where the event's entry stands on the timeline: `/#id`, or on its year's page. */
  timelineHref: string;
}

export interface PartnerLink {
  id: string;
  name: string;
}

export interface Partner extends PartnerLink {
  summary: string;
  sources: Source[];
  body: Body;
  /** The partner's most recent events (at most a timeline page's worth), in timeline order. */
  events: EventSummary[];
  /** How many events the partner has in all. */
  eventCount: number;
  changes: Change[];
}

export interface Quote {
  id: string;
  /** The words as the source prints them, whatever the page's language. */
  text: string;
  /** A translation, on pages in a language other than the source's. */
  translation: string | undefined;
  /** The speaker's own words in the page's language, where a source in it prints them. */
  spoken: { text: string; source: Source } | undefined;
  speaker: string;
  role: string;
  topic: string;
  sources: Source[];
  body: Body;
  event: EventSummary;
  about: EventSummary[];
  changes: Change[];
}

export interface Site {
  /** The day the record speaks as of. */
  asOf: DayDate;
  /** Every change, newest first. */
  changes: Change[];
  /** The changes that touched each page that is no entry (the home page, the sources page…). */
  pageChanges: Record<SitePage, Change[]>;
  /** Every event, oldest first. */
  timeline: Event[];
  /** What the home page shows: all events, or the most recent ones of a long timeline. */
  home: Event[];
  /** The per-year pages of a long timeline (none while it fits on the home page). */
  archive: ArchivePage<Event>[];
  partners: Partner[];
  quotes: Quote[];
  /** Every source, the primary one first, then by date (undated last). */
  sources: CitedSource[];
  /** The article the site is written from. */
  primarySource: Source;
}
