/**
 * The model in one language: the view objects pages render, with that language's words
 * and addresses. Pure projection: nothing is checked, sorted or paginated here again.
 */
import type { Lang } from '@/i18n/locales';
import { fill, useStrings } from '@/i18n/strings';
import { compareCalendarDates, formatCalendarDate } from '@/lib/dates';
import { unconfirmedPlan } from '@/lib/records';
import { AS_OF } from './checks';
import { EVENTS_PER_PAGE, neighbours } from '@/lib/timeline';
import { citedSources } from './citedSources';
import { SITE_PAGES, type SitePage } from '@/lib/vocabulary';
import type { ChangeModel, EventModel, Model, OutcomeModel, SourceModel } from './model';
import { paths } from './urls';
import type { Change, Event, EventSummary, Partner, Quote, Site, Source } from './views';

/** The address of each page that is no entry. */
const pageHref: Record<SitePage, (lang: Lang) => string> = {
  home: (lang) => paths.timeline(lang),
  sources: (lang) => paths.sources(lang),
  'not-found': () => paths.timeline(),
};

export function projectSite(model: Model, lang: Lang): Site {
  const source = ({ authorInLang, ...model }: SourceModel): Source => ({
    ...model,
    authorInLang: authorInLang[lang],
    publisher: model.publisher[lang],
    confidenceNote: model.confidenceNote?.[lang],
  });
  const outcome = (model: OutcomeModel) => ({
    date: model.date,
    text: dated(model.text[lang]),
    source: source(model.source),
    confidence: model.confidence,
  });
  const byId = new Map(model.timeline.map((event) => [event.id, event]));
  const summary = (id: string): EventSummary => {
    const { date, endDate, dateKind, kind, record, status, followUp, title } = byId.get(id)!;
    return {
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
  const partnerName = new Map(model.partners.map((partner) => [partner.id, partner.name[lang]]));
  const t = useStrings(lang);
  const asOfText = formatCalendarDate(model.asOf, lang);
  /** Content words with the record's date where they say `{asOf}`. */
  const dated = (text: string) => text.replaceAll(AS_OF, asOfText);
  const quoteTopic = new Map(model.quotes.map((quote) => [quote.id, quote.topic[lang]]));

  const changeView = (change: ChangeModel): Change => ({
    id: change.id,
    date: change.date,
    kind: change.kind,
    was: change.was && dated(change.was[lang]),
    now: dated(change.now[lang]),
    why: dated(change.why[lang]),
    source: change.source && source(change.source),
    touches: [
      ...change.events.map((id) => ({
        href: paths.event(id, lang),
        title: byId.get(id)!.title[lang],
      })),
      ...change.partners.map((id) => ({
        href: paths.partner(id, lang),
        title: partnerName.get(id)!,
      })),
      ...change.quotes.map((id) => ({ href: paths.quote(id, lang), title: quoteTopic.get(id)! })),
      ...change.pages.map((page) => ({ href: pageHref[page](lang), title: t.changes.pages[page] })),
    ],
  });
  const changes = new Map(model.changes.map((change) => [change, changeView(change)]));
  /** The changes that touched a page, newest first, as the model orders them. */
  const changesWhere = (touched: (change: ChangeModel) => boolean): Change[] =>
    model.changes.filter(touched).map((change) => changes.get(change)!);
  const changesOf = (field: 'events' | 'partners' | 'quotes', id: string) =>
    changesWhere((change) => change[field].includes(id));
  const pageChanges = Object.fromEntries(
    SITE_PAGES.map((page) => [page, changesWhere((change) => change.pages.includes(page))]),
  ) as Record<SitePage, Change[]>;

  /** Where each event's entry stands: on the home page, or on its year's page. */
  const entryHref = new Map(
    model.pages.home.map((event) => [event.id, paths.timelineEntry(event.id, lang)]),
  );
  for (const { year, part, items } of model.pages.archive) {
    for (const event of items) {
      if (!entryHref.has(event.id))
        entryHref.set(event.id, `${paths.year(year, part, lang)}#${event.id}`);
    }
  }

  const quotes = model.quotes.map((quote): Quote => ({
    id: quote.id,
    text: quote.text,
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
  }));

  const linksOf = (event: EventModel) =>
    model.timeline
      .filter((later) => later.follows?.event === event.id)
      .map((later) => ({ event: summary(later.id), source: source(later.follows!.source) }))
      .toSorted((a, b) => compareCalendarDates(a.event.date, b.event.date));
  const events = new Map<string, Event>(
    model.timeline.map((event, index): [string, Event] => {
      const { previous, next } = neighbours(model.timeline, index);
      return [
        event.id,
        {
          ...summary(event.id),
          order: event.order,
          summary: dated(event.summary[lang]),
          organizer: event.organizer,
          dateSource: source(event.dateSource),
          dateNote: event.dateNote && dated(event.dateNote[lang]),
          unconfirmed: unconfirmedPlan(event)
            ? fill(t.record.notConfirmed, { date: asOfText })
            : undefined,
          place: event.place && {
            name: event.place.name[lang],
            source: source(event.place.source),
          },
          outcomes: event.outcomes.map(outcome),
          follows: event.follows && {
            event: summary(event.follows.event),
            source: source(event.follows.source),
          },
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
          timelineHref: entryHref.get(event.id)!,
          changes: changesOf('events', event.id),
        },
      ];
    }),
  );
  const timeline = [...events.values()];

  const partners = model.partners.map((partner): Partner => {
    const related = timeline.filter((event) => event.partners.some(({ id }) => id === partner.id));
    return {
      id: partner.id,
      name: partner.name[lang],
      summary: dated(partner.summary[lang]),
      sources: partner.sources.map(source),
      body: partner.body[lang],
      events: related.slice(-EVENTS_PER_PAGE).map((event) => summary(event.id)),
      eventCount: related.length,
      changes: changesOf('partners', partner.id),
    };
  });

  const sources = citedSources(model.sources.map(source), { timeline, partners, quotes }, lang);

  const view = (event: EventModel) => events.get(event.id)!;
  return {
    asOf: model.asOf,
    changes: [...changes.values()],
    pageChanges,
    timeline,
    home: model.pages.home.map(view),
    archive: model.pages.archive.map((page) => ({ ...page, items: page.items.map(view) })),
    partners,
    quotes,
    sources,
    primarySource: source(model.primarySource),
  };
}
