/**
 * What pages and components render: the model (`model.ts`) seen in one language, with that
 * language's words and addresses, and the one way pages reach it (`getSite`,
 * `inEveryLanguage`). Only these shapes reach templates. Each is the model's shape with its
 * words in the page's language and its references as pages show them; nothing is checked,
 * sorted here again.
 */
import type { Lang } from '@/i18n/locales';
import { fill, routeLanguages, useStrings } from '@/i18n/strings';
import { compareCalendarDates, fillAsOf, formatCalendarDate, type DayDate } from '@/lib/dates';
import { changeLog as logOrder } from '@/lib/changes';
import { decisiveStep } from '@/lib/ledger';
import { dateInWords, pastItsDate, unconfirmedPlan } from '@/lib/eventStatus';
import { CITATIONS_SHOWN } from '@/lib/sources';
import { PARTNER_EVENTS_SHOWN, neighbours } from '@/lib/timeline';
import {
  LEDGER_OCCASIONS,
  LEDGER_STATUSES,
  SITE_PAGES,
  type LedgerOccasion,
  type LedgerStatus,
  type SitePage,
} from '@/lib/vocabulary';
import {
  getModel,
  type Body,
  type ChangeModel,
  type Confidence,
  type EventModel,
  type Model,
  type OutcomeModel,
  type PartnerModel,
  type QuoteModel,
  type SourceModel,
} from './model';
import type { LedgerEntryModel, LedgerStepModel } from './ledger';
import { paths } from './urls';

export type { Body, Confidence };
export type { Localized, Model } from './model';

/** A source as a page shows it, in the page's language. */
export type Source = Omit<SourceModel, 'publisher' | 'authorInLang' | 'confidenceNote'> & {
  publisher: string;
  /** The author's name romanized by the site, in a language whose script differs. */
  authorInLang: string | undefined;
  confidenceNote: string | undefined;
};

/** A correction or an addition, as the change log and the foot of each page it touches show it. */
export type Change = Omit<
  ChangeModel,
  'was' | 'now' | 'why' | 'source' | 'events' | 'partners' | 'quotes' | 'pages'
> & {
  was: string | undefined;
  now: string;
  why: string;
  source: Source | undefined;
  /** The pages it touches, by title. */
  touches: Citation[];
};

/**
 * A ledger entry's status changing: each step of its history whose status differs from the
 * step before it, dated by the step. The change log and its feed list these beside the changes (`Site.log`). "Past its
 * date" is no step (it is derived, and nothing was reported), so it is no status change.
 */
export type StatusChange = Pick<LedgerStep, 'date' | 'status' | 'why' | 'source' | 'confidence'> & {
  kind: 'status';
  /** The entry's id and the step's number (`head-soon-2`): its anchor on the change log. */
  id: string;
  entry: Pick<LedgerEntry, 'id' | 'said' | 'translation' | 'event' | 'href'>;
};

/** What the change log and its feed list: a change, or a ledger entry's status changing. */
export type LogItem = Change | StatusChange;

/** A page that cites a source, for the sources page. */
export interface Citation {
  href: string;
  title: string;
}

export type CitedSource = Source & {
  /** The first `CITATIONS_SHOWN` pages citing it: events, then partners, then quotes. */
  citedBy: Citation[];
  /** How many more pages cite it. */
  moreCitations: number;
};

/** A later report that a planned event happened: the day it gives, and how firmly. */
export type FollowUp = Pick<OutcomeModel, 'date' | 'confidence'> & { source: Source };

export type Outcome = FollowUp & { text: string };

/** An announcement and the event it spoke of, with the source that links the two. */
export interface EventLink {
  event: EventSummary;
  source: Source;
}

/** An event as its page shows it: the model's facts, the page's words, its links resolved. */
export type Event = Omit<
  EventModel,
  | 'title'
  | 'summary'
  | 'dateNote'
  | 'dateSource'
  | 'place'
  | 'outcomes'
  | 'followUp'
  | 'follows'
  | 'partners'
  | 'sources'
  | 'body'
> & {
  title: string;
  summary: string;
  /** For a plan of the article no report confirms: that none has been found, as of the record's date. */
  unconfirmed: string | undefined;
  /** The date as an output that shows it alone must say it: what it is, and whether a plan is unconfirmed (`dateInWords`). */
  dateLine: string;
  dateSource: Source;
  dateNote: string | undefined;
  place: { name: string; source: Source } | undefined;
  outcomes: Outcome[];
  /** For a planned event of the article, the later report that says it happened. */
  followUp: FollowUp | undefined;
  /** A plan whose date has gone by as of the record's date with no report (`pastItsDate`). */
  pastItsDate: boolean;
  /** The earlier events whose announcement or talks spoke of this one, where a source links them. */
  follows: EventLink[];
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
  /** What was said about it that the ledger follows, in the order it was said. */
  ledger: LedgerEntry[];
  /** Where the event's entry stands on the timeline: `/#id`. */
  timelineHref: string;
};

/** What lists and neighbours show of an event. */
export type EventSummary = Pick<
  Event,
  | 'id'
  | 'title'
  | 'date'
  | 'endDate'
  | 'dateKind'
  | 'dateLine'
  | 'kind'
  | 'record'
  | 'status'
  | 'followUp'
  | 'pastItsDate'
>;

export interface PartnerLink {
  id: string;
  name: string;
}

/** A partner as its page shows it: the model's facts, the page's words. */
export type Partner = Omit<PartnerModel, keyof PartnerLink | 'summary' | 'sources' | 'body'> &
  PartnerLink & {
    summary: string;
    sources: Source[];
    body: Body;
    /** The partner's most recent events (at most `PARTNER_EVENTS_SHOWN`), in timeline order. */
    events: EventSummary[];
    /** How many events the partner has in all. */
    eventCount: number;
    changes: Change[];
  };

/** A quote as its page shows it: the model's facts, the page's words, its events as lists show them. */
export type Quote = Omit<
  QuoteModel,
  'translation' | 'spoken' | 'speaker' | 'role' | 'topic' | 'sources' | 'body' | 'event' | 'about'
> & {
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
};

/** A dated step of a ledger entry's history, in the page's language. */
export type LedgerStep = Omit<LedgerStepModel, 'why' | 'source'> & { why: string; source: Source };

/** Something said that can be checked, and what became of it, as the ledger shows it. */
export type LedgerEntry = Omit<
  LedgerEntryModel,
  'translation' | 'source' | 'speaker' | 'event' | 'steps' | 'sources'
> & {
  /** The site's translation, on pages in a language other than the source's. */
  translation: string | undefined;
  source: Source;
  /** Who said it, or none where the words are the report's own (`t.ledger.ownVoice`). */
  speaker: { name: string; role: string | undefined; quoteHref: string | undefined } | undefined;
  event: EventSummary;
  steps: LedgerStep[];
  /** The step the current status rests on: the first of the last steps with its status (`decisiveStep`). */
  basis: LedgerStep;
  /** By when, in words: a day or a month, "soon", or that none was given. */
  deadline: string;
  /** For an entry past its date: that its date passed and no report has been found, as of the record's date. */
  unconfirmed: string | undefined;
  sources: Source[];
  /** The entry's own page: `/outcomes/entries/id/`. */
  href: string;
};

/** The ledger's entries with one status, in the scale's order; only statuses some entry has. */
export interface LedgerGroup {
  status: LedgerStatus;
  entries: LedgerEntry[];
}

/** The ledger's entries said on one occasion (at the launch, before, after); only those some entry has. */
export interface LedgerOccasionGroup {
  occasion: LedgerOccasion;
  entries: LedgerEntry[];
}

export interface Site {
  /** Every ledger entry, in the order things were said. */
  ledger: LedgerEntry[];
  /** The ledger by current status, in the scale's order (`LEDGER_STATUSES`). */
  ledgerByStatus: LedgerGroup[];
  /** The ledger by when it was said: at the launch, then before it, then after it. */
  ledgerByOccasion: LedgerOccasionGroup[];
  /** The ledger's totals with their base, in words: `9건 중 6건 이뤄졌다는 보도 있음`. */
  ledgerTotals: string;
  /** The day the record speaks as of. */
  asOf: DayDate;
  /** The address for corrections and tips, where `src/content/record.yaml` sets one. */
  contact: string | undefined;
  /** Who publishes the record, in this language. */
  publisher: string;
  /** Every change, newest first. */
  changes: Change[];
  /** The change log: every change and every status change of the ledger, newest first. */
  log: LogItem[];
  /** The changes that touched each page that is no entry (the home page, the sources page…). */
  pageChanges: Record<SitePage, Change[]>;
  /** Every event, oldest first: the home page shows them all. */
  timeline: Event[];
  partners: Partner[];
  quotes: Quote[];
  /** Every source, the primary one first, then by date (undated last). */
  sources: CitedSource[];
  /** The article the site is written from. */
  primarySource: Source;
}

const sites = new Map<Lang, Promise<Site>>();

/** Everything the pages of one language show. */
export async function getSite(lang: Lang): Promise<Site> {
  if (import.meta.env.DEV) return getModel().then((loaded) => projectSite(loaded, lang));
  let site = sites.get(lang);
  if (!site) {
    site = getModel().then((loaded) => projectSite(loaded, lang));
    sites.set(lang, site);
  }
  return site;
}

/**
 * A route's static paths in every language: `make` lists one language's pages, and each
 * gets the `[...lang]` parameter (none for the default language), from which the page's
 * language is known (`Astro.locals.lang`, `src/middleware.ts`).
 */
export async function inEveryLanguage<
  P extends Record<string, string | undefined>,
  T extends object,
>(make: (site: Site) => { params: P; props: T }[]) {
  const perLanguage = await Promise.all(
    routeLanguages.map(async ({ lang, param }) =>
      make(await getSite(lang)).map(({ params, props }) => ({
        params: { ...params, lang: param },
        props,
      })),
    ),
  );
  return perLanguage.flat();
}

/** The address of each page that is no entry. */
const pageHref: Record<SitePage, (lang: Lang) => string> = {
  home: (lang) => paths.timeline(lang),
  sources: (lang) => paths.sources(lang),
  outcomes: (lang) => paths.ledger(lang),
  about: (lang) => paths.about(lang),
  changes: (lang) => paths.changes(lang),
  'not-found': () => paths.timeline(),
};

/**
 * What every entity's view reads: the model, the page's language and words, and the small
 * views entities show of each other (a source, an event in a list, the changes to a page).
 */
interface Lens {
  model: Model;
  lang: Lang;
  t: ReturnType<typeof useStrings>;
  /** The record's date in words. */
  asOfText: string;
  /** Content words with the record's date where they say `{asOf}`. */
  withAsOf: (text: string) => string;
  source: (model: SourceModel) => Source;
  summary: (id: string) => EventSummary;
  /** The changes that touched an entry's page, newest first, as the model orders them. */
  changesOf: (field: 'events' | 'partners' | 'quotes', id: string) => Change[];
}

/** The model in one language: each entity's view, then what pages group them into. */
function projectSite(model: Model, lang: Lang): Site {
  const base = baseLens(model, lang);
  const changes = new Map(model.changes.map((change) => [change, changeView(base, change)]));
  /** The changes that touched a page, newest first, as the model orders them. */
  const changesWhere = (touched: (change: ChangeModel) => boolean): Change[] =>
    model.changes.filter(touched).map((change) => changes.get(change)!);
  const lens: Lens = {
    ...base,
    changesOf: (field, id) => changesWhere((change) => change[field].includes(id)),
  };
  const { t, source } = lens;

  const quotes = model.quotes.map((quote) => quoteView(lens, quote));
  const ledger = model.ledger.map((entry) => ledgerView(lens, entry));
  const events = eventViews(lens, quotes, ledger);
  const timeline = [...events.values()];
  const partners = model.partners.map((partner) => partnerView(lens, partner, timeline));

  const sources = citedSources(
    model.sources.map(source),
    {
      timeline,
      partners,
      quotes,
      ledger: ledger.map((entry) => ({
        href: entry.href,
        title: fill(t.ledger.citation, { event: entry.event.title }),
        sources: entry.sources,
      })),
    },
    lang,
  );

  return {
    asOf: model.asOf,
    contact: model.contact,
    publisher: model.publisher[lang],
    ledger,
    ledgerByStatus: LEDGER_STATUSES.map((status) => ({
      status,
      entries: ledger.filter((entry) => entry.status === status),
    })).filter((group) => group.entries.length > 0),
    ledgerByOccasion: LEDGER_OCCASIONS.map((occasion) => ({
      occasion,
      entries: ledger.filter((entry) => entry.occasion === occasion),
    })).filter((group) => group.entries.length > 0),
    ledgerTotals: fill(t.ledger.totals, {
      total: ledger.length,
      done: ledger.filter((entry) => entry.status === 'done').length,
    }),
    changes: [...changes.values()],
    log: changeLog([...changes.values()], ledger),
    pageChanges: Object.fromEntries(
      SITE_PAGES.map((page) => [page, changesWhere((change) => change.pages.includes(page))]),
    ) as Record<SitePage, Change[]>,
    timeline,
    partners,
    quotes,
    sources,
    primarySource: source(model.primarySource),
  };
}

/** The views every entity shares: a source, and an event as lists show it. */
function baseLens(model: Model, lang: Lang): Omit<Lens, 'changesOf'> {
  const source = ({ authorInLang, ...model }: SourceModel): Source => ({
    ...model,
    authorInLang: authorInLang[lang],
    publisher: model.publisher[lang],
    confidenceNote: model.confidenceNote?.[lang],
  });
  const byId = new Map(model.timeline.map((event) => [event.id, event]));
  const summary = (id: string): EventSummary => {
    const event = byId.get(id)!;
    const { date, endDate, dateKind, kind, record, status, followUp, title } = event;
    const said = model.ledger.filter((entry) => entry.event === id);
    return {
      pastItsDate: pastItsDate(event, said, model.asOf),
      dateLine: dateInWords(lang, event, model.asOf),
      id,
      title: title[lang],
      date,
      endDate,
      dateKind,
      kind,
      record,
      status,
      followUp: followUp && {
        date: followUp.date,
        confidence: followUp.confidence,
        source: source(followUp.source),
      },
    };
  };
  return {
    model,
    lang,
    t: useStrings(lang),
    asOfText: formatCalendarDate(model.asOf, lang),
    withAsOf: (text) => fillAsOf(text, model.asOf, lang),
    source,
    summary,
  };
}

/** A change as the change log and the foot of each page it touches show it. */
function changeView(
  { model, lang, t, withAsOf, source }: Omit<Lens, 'changesOf'>,
  { events, partners, quotes, pages, ...change }: ChangeModel,
): Change {
  const title = {
    event: (id: string) => model.timeline.find((event) => event.id === id)!.title[lang],
    partner: (id: string) => model.partners.find((partner) => partner.id === id)!.name[lang],
    quote: (id: string) => model.quotes.find((quote) => quote.id === id)!.topic[lang],
  };
  return {
    ...change,
    was: change.was && withAsOf(change.was[lang]),
    now: withAsOf(change.now[lang]),
    why: withAsOf(change.why[lang]),
    source: change.source && source(change.source),
    touches: [
      ...events.map((id) => ({ href: paths.event(id, lang), title: title.event(id) })),
      ...partners.map((id) => ({ href: paths.partner(id, lang), title: title.partner(id) })),
      ...quotes.map((id) => ({ href: paths.quote(id, lang), title: title.quote(id) })),
      ...pages.map((page) => ({ href: pageHref[page](lang), title: t.changes.pages[page] })),
    ],
  };
}

function quoteView({ lang, source, summary, changesOf }: Lens, quote: QuoteModel): Quote {
  return {
    ...quote,
    translation: quote.translation[lang],
    speaker: quote.speaker[lang],
    role: quote.role[lang],
    topic: quote.topic[lang],
    sources: quote.sources.map(source),
    body: quote.body[lang],
    event: summary(quote.event),
    about: quote.about.map(summary),
    spoken: quote.spoken[lang] && {
      text: quote.spoken[lang].text,
      source: source(quote.spoken[lang].source),
    },
    changes: changesOf('quotes', quote.id),
  };
}

function ledgerView(
  { lang, t, asOfText, withAsOf, source, summary }: Lens,
  entry: LedgerEntryModel,
): LedgerEntry {
  const step = (model: LedgerStepModel): LedgerStep => ({
    ...model,
    why: withAsOf(model.why[lang]),
    source: source(model.source),
  });
  const steps = entry.steps.map(step);
  const { speaker, byWhen } = entry;
  const deadline =
    byWhen === 'soon' || byWhen === 'none'
      ? t.ledger[byWhen]
      : byWhen.precision === 'early'
        ? fill(t.ledger.early, { year: byWhen.year })
        : formatCalendarDate(byWhen, lang);
  return {
    ...entry,
    translation: entry.translation[lang],
    source: source(entry.source),
    speaker:
      speaker.kind === 'article'
        ? undefined
        : {
            name: speaker.name[lang],
            role: speaker.role[lang],
            quoteHref: speaker.quote && paths.quote(speaker.quote, lang),
          },
    event: summary(entry.event),
    steps,
    basis: decisiveStep(steps),
    deadline,
    unconfirmed:
      entry.status === 'past-its-date'
        ? fill(t.ledger.pastNote, { deadline, asOf: asOfText })
        : undefined,
    sources: entry.sources.map(source),
    href: paths.ledgerEntry(entry.id, lang),
  };
}

/** Every event as its page shows it, by id, in timeline order. */
function eventViews(
  { model, lang, t, asOfText, withAsOf, source, summary, changesOf }: Lens,
  quotes: readonly Quote[],
  ledger: readonly LedgerEntry[],
): Map<string, Event> {
  const outcome = (model: OutcomeModel): Outcome => ({
    date: model.date,
    text: withAsOf(model.text[lang]),
    source: source(model.source),
    confidence: model.confidence,
  });
  const partnerName = new Map(model.partners.map((partner) => [partner.id, partner.name[lang]]));

  const linksOf = (event: EventModel) =>
    model.timeline
      .flatMap((later) =>
        later.follows
          .filter((link) => link.event === event.id)
          .map((link) => ({ event: summary(later.id), source: source(link.source) })),
      )
      .toSorted((a, b) => compareCalendarDates(a.event.date, b.event.date));
  const events = new Map<string, Event>(
    model.timeline.map((event, index): [string, Event] => {
      const { previous, next } = neighbours(model.timeline, index);
      return [
        event.id,
        {
          ...event,
          ...summary(event.id),
          summary: withAsOf(event.summary[lang]),
          dateSource: source(event.dateSource),
          dateNote: event.dateNote && withAsOf(event.dateNote[lang]),
          unconfirmed: unconfirmedPlan(event)
            ? fill(t.record.notConfirmed, { date: asOfText })
            : undefined,
          place: event.place && {
            name: event.place.name[lang],
            source: source(event.place.source),
          },
          outcomes: event.outcomes.map(outcome),
          follows: event.follows.map((link) => ({
            event: summary(link.event),
            source: source(link.source),
          })),
          followedBy: linksOf(event),
          sources: event.sources.map(source),
          body: event.body[lang],
          partners: event.partners.map((id) => ({ id, name: partnerName.get(id)! })),
          quotes: quotes.filter(
            (quote) =>
              quote.event.id === event.id || quote.about.some((about) => about.id === event.id),
          ),
          previous: previous && summary(previous.id),
          next: next && summary(next.id),
          timelineHref: paths.timelineEntry(event.id, lang),
          changes: changesOf('events', event.id),
          ledger: ledger.filter((entry) => entry.event.id === event.id),
        },
      ];
    }),
  );
  return events;
}

/** A partner as its page shows it, with its most recent events. */
function partnerView(
  { lang, withAsOf, source, summary, changesOf }: Lens,
  partner: PartnerModel,
  timeline: readonly Event[],
): Partner {
  const related = timeline.filter((event) => event.partners.some(({ id }) => id === partner.id));
  return {
    ...partner,
    name: partner.name[lang],
    summary: withAsOf(partner.summary[lang]),
    sources: partner.sources.map(source),
    body: partner.body[lang],
    events: related.slice(-PARTNER_EVENTS_SHOWN).map((event) => summary(event.id)),
    eventCount: related.length,
    changes: changesOf('partners', partner.id),
  };
}

/**
 * The change log: every change and every status change of the ledger, in the order of
 * src/lib/changes.ts's `changeLog` (newest first; on one day, changes before status changes;
 * a step that keeps its entry's status is none), each status change as the log shows it.
 */
function changeLog(changes: readonly Change[], ledger: readonly LedgerEntry[]): LogItem[] {
  return logOrder(changes, ledger).map((item): LogItem => {
    if ('change' in item) return item.change;
    const { entry, step } = item;
    const { date, status, why, source, confidence } = entry.steps[step]!;
    const change: StatusChange = {
      kind: 'status',
      id: `${entry.id}-${step + 1}`,
      date,
      status,
      why,
      source,
      confidence,
      entry,
    };
    return change;
  });
}

/**
 * What the sources page lists: every source a page cites, with the pages that cite it
 * (events, then partners, then quotes), the first `CITATIONS_SHOWN` of them and a count of
 * the rest, so that a source cited by every event of a long timeline keeps the page small.
 * A source no page cites is left out.
 */
function citedSources(
  sources: readonly Source[],
  {
    timeline,
    partners,
    quotes,
    ledger,
  }: Pick<Site, 'timeline' | 'partners' | 'quotes'> & {
    /** The ledger's entries, each by its place on the ledger page. */
    ledger: readonly (Citation & { sources: readonly Source[] })[];
  },
  lang: Lang,
): CitedSource[] {
  const citations = [
    ...timeline.map((event) => ({
      href: paths.event(event.id, lang),
      title: event.title,
      cites: event.sources,
    })),
    ...partners.map((partner) => ({
      href: paths.partner(partner.id, lang),
      title: partner.name,
      cites: partner.sources,
    })),
    ...quotes.map((quote) => ({
      href: paths.quote(quote.id, lang),
      title: quote.topic,
      cites: quote.sources,
    })),
    ...ledger.map(({ href, title, sources: cites }) => ({ href, title, cites })),
  ];
  return sources
    .map((source): CitedSource => {
      const citing = citations
        .filter(({ cites }) => cites.some((cited) => cited.id === source.id))
        .map(({ href, title }) => ({ href, title }));
      return {
        ...source,
        citedBy: citing.slice(0, CITATIONS_SHOWN),
        moreCitations: Math.max(citing.length - CITATIONS_SHOWN, 0),
      };
    })
    .filter((cited) => cited.citedBy.length > 0);
}
