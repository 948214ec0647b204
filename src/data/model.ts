/**
 * The site's content as one language-neutral model (built by `buildModel.ts`): references
 * resolved, the timeline sorted and split into pages once. Words are `Localized`, one per
 * language; every output (pages, feeds, calendars, `events.json`, preview images, JSON-LD)
 * reads this same model.
 */
import type { CollectionEntry } from 'astro:content';
import type { Lang } from '@/i18n/locales';
import type { CalendarDate, DayDate } from '@/lib/dates';
import type { SourceTiming } from '@/lib/sources';
import type { PagedTimeline } from '@/lib/timeline';
import type { LedgerEntryModel } from './ledger';
import type { DateKind, EventKind, EventRecord, EventStatus, SitePage } from '@/lib/vocabulary';

/** One value per language of the site. */
export type Localized<T> = Record<Lang, T>;
export type Confidence = CollectionEntry<'sources'>['data']['confidence'];
/** An entry whose MDX body, rendered, is a page's text in its language. */
export type Body = CollectionEntry<
  | 'events'
  | 'partners'
  | 'quotes'
  | 'eventTranslations'
  | 'partnerTranslations'
  | 'quoteTranslations'
>;

export interface SourceModel {
  id: string;
  url: string;
  /** The language it is written in. */
  lang: string;
  publisher: Localized<string>;
  /** As written (`최가람`), and where a translation gives it, in that language's script. */
  author: string | undefined;
  authorInLang: Localized<string | undefined>;
  title: string | undefined;
  date: CalendarDate | undefined;
  confidence: Confidence;
  confidenceNote: Localized<string> | undefined;
  timing: SourceTiming;
  /** Where the date is read: on the page, or in the report's own text. */
  dateFrom: 'page' | 'text';
  /** The company's own announcement, not a news report. */
  announcement: boolean;
}

export interface OutcomeModel {
  key: string;
  date: CalendarDate;
  text: Localized<string>;
  source: SourceModel;
  confidence: Confidence;
}

export interface EventModel {
  id: string;
  order: number;
  date: CalendarDate;
  endDate: CalendarDate | undefined;
  dateKind: DateKind;
  kind: EventKind;
  record: EventRecord;
  status: EventStatus;
  organizer: string | undefined;
  title: Localized<string>;
  summary: Localized<string>;
  dateNote: Localized<string> | undefined;
  dateSource: SourceModel;
  place: { name: Localized<string>; source: SourceModel } | undefined;
  outcomes: OutcomeModel[];
  /** For a planned event of the article, the outcome that reports how it turned out. */
  followUp: OutcomeModel | undefined;
  /** The earlier event whose announcement spoke of this one, with the source linking them. */
  follows: { event: string; source: SourceModel } | undefined;
  /** Partner ids. */
  partners: string[];
  sources: SourceModel[];
  body: Localized<Body>;
}

export interface PartnerModel {
  id: string;
  name: Localized<string>;
  summary: Localized<string>;
  sources: SourceModel[];
  body: Localized<Body>;
}

export interface QuoteModel {
  id: string;
  /** The words as the source prints them, whatever the page's language. */
  text: string;
  /** The words in each language other than the source's (none in the default language). */
  translation: Localized<string | undefined>;
  /** The speaker's own words in a language, where a source in it prints them. */
  spoken: Localized<{ text: string; source: SourceModel } | undefined>;
  speaker: Localized<string>;
  role: Localized<string>;
  topic: Localized<string>;
  sources: SourceModel[];
  body: Localized<Body>;
  event: string;
  about: string[];
}

/** A correction or an addition to the record, and the pages it touches. */
export interface ChangeModel {
  id: string;
  date: DayDate;
  kind: 'correction' | 'addition';
  events: string[];
  partners: string[];
  quotes: string[];
  pages: SitePage[];
  was: Localized<string> | undefined;
  now: Localized<string>;
  why: Localized<string>;
  source: SourceModel | undefined;
}

export interface Model {
  /** The day the record speaks as of (`src/content/record.yaml`). */
  asOf: DayDate;
  /** Every change, newest first. */
  changes: ChangeModel[];
  /** The ledger (`src/data/ledger.ts`): each thing said, with its status as of `asOf`. */
  ledger: LedgerEntryModel[];
  /** Every event, oldest first. */
  timeline: EventModel[];
  /** The home page's events and the per-year pages: split once, for every language. */
  pages: PagedTimeline<EventModel>;
  partners: PartnerModel[];
  quotes: QuoteModel[];
  /** The primary source first, then reports oldest first, undated ones last. */
  sources: SourceModel[];
  primarySource: SourceModel;
}
