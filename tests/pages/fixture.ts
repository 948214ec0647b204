/**
 * What the tests of the fixture's pages expect: the fixture's own files (tests/fixture),
 * read with `yaml` as data (typed as their schemas' input), with its events in timeline
 * order, partners, quotes and sources, each with its words in every language of
 * src/i18n/locales.ts. Every rule that derives something from that data (a date kind's
 * default, the timeline's order, a source's timing, a follow-up, a ledger entry's status as
 * of the record's date, how a date reads) is the site's own, imported from `src/lib`, where
 * the unit tests pin it down: this file holds data, not a second copy of the rules. The
 * tests pick what they need by what it is (`pick(events, isMonthOnly, 'a month-only
 * event')`), not by name, so the fixture can change as long as what a test stands on is
 * still in it.
 */
import type { z } from 'astro/zod';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultLang, locales, type Lang } from '../../src/i18n/locales';
import {
  formatCalendarDate,
  formatShortDate,
  parseCalendarDate,
  type DayDate,
} from '../../src/lib/dates';
import { currentStatus, occasionOf as occasionRule } from '../../src/lib/ledger';
import { publishers, sourceTiming } from '../../src/lib/sources';
import { compareTimeline } from '../../src/lib/timeline';
import {
  defaultDateKind,
  type DateKind,
  type EventKind,
  type LedgerStatus,
} from '../../src/lib/vocabulary';
import { changeLog, compareChanges } from '../../src/lib/changes';
import type { changeSchema } from '../../src/schemas/change';
import type { eventSchema } from '../../src/schemas/event';
import type { ledgerSchema } from '../../src/schemas/ledger';
import type { partnerSchema, quoteSchema } from '../../src/schemas/partnerAndQuote';
import type { sourceSchema } from '../../src/schemas/source';
import { FIXTURE, FIXTURE_SITE } from '../support/project.mjs';

/** Every language, the default first. */
export const languages: Lang[] = locales.map((locale) => locale.code);
/** A language's folder below the site's root: none for the default, `<code>/` for the others. */
export const prefix = (lang: Lang) => (lang === defaultLang ? '' : `${lang}/`);
/** Every language but `lang`. */
export const others = (lang: Lang) => languages.filter((other) => other !== lang);
/** `path` (below the root, as in the default language) in `lang`. */
export const inLang = (path: string, lang: Lang) => `${prefix(lang)}${path}`;
/** A page's language, and its path as in the default language: `en/quotes/` → `en`, `quotes/`. */
export function splitLang(path: string): { lang: Lang; path: string } {
  const lang = languages.find((code) => code !== defaultLang && path.startsWith(prefix(code)));
  return lang ? { lang, path: path.slice(prefix(lang).length) } : { lang: defaultLang, path };
}

/** The public address the fixture is built for, and a path of it as a full address. */
export const site = FIXTURE_SITE;
export const siteUrl = (path: string) => new URL(path, FIXTURE_SITE).href;
/** A public address of the fixture as a path on the server the tests run against. */
export const served = (url: string) => new URL(url).pathname.slice(1);

export type Words<T> = Record<Lang, T>;

/** A date of the fixture's files (`2025-09-10`, `2025-02`) as the site reads it. */
const dateOf = parseCalendarDate;
/** The timeline's order (src/lib/timeline.ts) over the fixture's dated entries. */
const inTimelineOrder = (
  a: { id: string; date: string; order: number },
  b: { id: string; date: string; order: number },
) => compareTimeline({ ...a, date: dateOf(a.date) }, { ...b, date: dateOf(b.date) });

/** An entry's front matter and body, in one language (the default's from the entry itself). */
function readEntry(collection: string, id: string, lang: Lang) {
  const folder = lang === defaultLang ? collection : `${lang}/${collection}`;
  const file = readdirSync(join(FIXTURE, folder)).find((name) => name.split('.')[0] === id);
  if (!file) throw new Error(`tests/fixture/${folder}: no file for "${id}"`);
  const text = readFileSync(join(FIXTURE, folder, file), 'utf8');
  if (file.endsWith('.yaml')) return { data: parse(text) as Record<string, any>, body: '' };
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  // The body as a reader sees it: a Markdown link's text, not its address.
  const shown = body.trim().replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  return { data: parse(frontMatter) as Record<string, any>, body: shown };
}

/** Each collection's file as its schema takes it in (before the schema's defaults and references). */
interface Inputs {
  sources: z.input<typeof sourceSchema>;
  events: z.input<typeof eventSchema>;
  partners: z.input<typeof partnerSchema>;
  quotes: z.input<typeof quoteSchema>;
  ledger: z.input<typeof ledgerSchema>;
  changes: z.input<typeof changeSchema>;
}

/**
 * Every entry of a collection: its id, its data in the default language (as its schema
 * takes it in), and its words in each language (a translation's file, whose fields the
 * tests read by name).
 */
function readCollection<C extends keyof Inputs>(collection: C) {
  return readdirSync(join(FIXTURE, collection))
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .map((name) => name.split('.')[0]!)
    .map((id) => {
      const entries = Object.fromEntries(
        languages.map((lang) => [lang, readEntry(collection, id, lang)]),
      ) as Words<ReturnType<typeof readEntry>>;
      return { id, data: entries[defaultLang].data as Inputs[C], entries };
    });
}

/** One word of an entry in every language: the translation's field, or the entry's own. */
function wordsOf<T = string>(
  entries: Words<{ data: Record<string, any> }>,
  field: string,
  own: (data: Record<string, any>) => T = (data) => data[field],
  translated: (value: any) => T = (value) => value,
): Words<T> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      lang === defaultLang ? own(entries[lang].data) : translated(entries[lang].data[field]),
    ]),
  ) as Words<T>;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Source {
  id: string;
  url: string;
  publisher: Words<string>;
  title: string | undefined;
  date: string | undefined;
  /** A day the report's own words put it after, where its date is only a month. */
  after: string | undefined;
  primary: boolean;
  confidence: Confidence;
  passages: string[];
}

export const sources: Source[] = readCollection('sources').map(({ id, data, entries }) => ({
  id,
  url: data.url,
  publisher: wordsOf(entries, 'publisher'),
  title: data.title,
  date: data.date,
  after: data.after,
  primary: data.primary === true,
  confidence: data.confidence,
  passages: data.passages ?? [],
}));
export const source = (id: string) => sources.find((s) => s.id === id)!;
export const primary = pick(sources, (s) => s.primary, 'the primary source');

/** Where a report stands against the article, by the site's rule (src/lib/sources.ts). */
export const timing = (s: Source) =>
  sourceTiming(
    {
      primary: s.primary,
      date: s.date ? dateOf(s.date) : undefined,
      after: s.after ? dateOf(s.after) : undefined,
    },
    dateOf(primary.date!),
  );

export interface Outcome {
  date: string;
  text: Words<string>;
  source: Source;
  confidence: Confidence;
}

/** The record's "as of" date (tests/fixture/record.yaml). */
export const asOf: string = parse(readFileSync(join(FIXTURE, 'record.yaml'), 'utf8')).record.asOf;

/** Words as every output gives them: the record's date where they say `{asOf}`. */
const dated = (words: Words<string>) =>
  Object.fromEntries(
    languages.map((lang) => [lang, words[lang].replaceAll('{asOf}', formatDate(asOf, lang))]),
  ) as Words<string>;

export interface Event {
  id: string;
  kind: EventKind;
  record: 'article' | 'beyond';
  status: 'held' | 'planned';
  /** `2025-09-10`, or `2025-02` where only the month is known. */
  date: string;
  endDate: string | undefined;
  /** Its file's, or the schema's default (src/lib/vocabulary.ts `defaultDateKind`). */
  dateKind: DateKind;
  dateSource: Source;
  order: number;
  title: Words<string>;
  summary: Words<string>;
  dateNote: Words<string> | undefined;
  place: { name: Words<string>; source: Source } | undefined;
  organizer: string | undefined;
  follows: { event: string; source: Source }[];
  partners: string[];
  outcomes: Outcome[];
  sources: Source[];
  body: Words<string>;
}

/** Every event, oldest first: by date (a month after the days of its month), order, id. */
export const events: Event[] = readCollection('events')
  .map(({ id, data, entries }): Event => ({
    id,
    kind: data.kind,
    record: data.record,
    status: data.status,
    date: data.date,
    endDate: data.endDate,
    dateKind: data.dateKind ?? defaultDateKind(data),
    dateSource: source(data.dateSource),
    order: data.order ?? 0,
    title: wordsOf(entries, 'title'),
    summary: dated(wordsOf(entries, 'summary')),
    dateNote: data.dateNote ? dated(wordsOf(entries, 'dateNote')) : undefined,
    place: data.place && {
      name: wordsOf(entries, 'place', (ko) => ko.place.name),
      source: source(data.place.source),
    },
    organizer: data.organizer,
    follows: (data.follows ?? []).map((link: any) => ({
      event: link.event as string,
      source: source(link.source),
    })),
    partners: data.partners ?? [],
    outcomes: (data.outcomes ?? []).map((outcome: any, index: number) => ({
      date: outcome.date,
      // A translation gives each outcome's text under the outcome's key.
      text: wordsOf(
        entries,
        'outcomes',
        (own) => own.outcomes[index].text,
        (texts) => texts[outcome.key],
      ),
      source: source(outcome.source),
      confidence: outcome.confidence ?? 'high',
    })),
    sources: data.sources.map(source),
    body: Object.fromEntries(languages.map((lang) => [lang, entries[lang].body])) as Words<string>,
  }))
  .sort(inTimelineOrder);
export const event = (id: string) => pick(events, (e) => e.id === id, `the event "${id}"`);

export interface Partner {
  id: string;
  name: Words<string>;
  summary: Words<string>;
  order: number;
  sources: Source[];
  /** The partner's events, in timeline order. */
  events: Event[];
}

/** The partners in their list's order. */
export const partners: Partner[] = readCollection('partners')
  .map(({ id, data, entries }) => ({
    id,
    name: wordsOf(entries, 'name'),
    summary: wordsOf(entries, 'summary'),
    order: data.order,
    sources: data.sources.map(source),
    events: events.filter((e) => e.partners.includes(id)),
  }))
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
export const partner = (id: string) => pick(partners, (p) => p.id === id, `the partner "${id}"`);

export interface Quote {
  id: string;
  /** The words as the source prints them, in Korean on every page. */
  text: string;
  /** Its translation, in each language but the default. */
  translation: Words<string | undefined>;
  /** The speaker's own words in a language, where a source in it prints them. */
  spoken: Words<{ text: string; source: Source } | undefined>;
  speaker: Words<string>;
  role: Words<string>;
  topic: Words<string>;
  event: Event;
  about: Event[];
  sources: Source[];
}

/** The quotes in the order they were said. */
export const quotes: Quote[] = readCollection('quotes')
  .map(({ id, data, entries }) => ({
    id,
    order: data.order as number,
    text: data.text,
    translation: wordsOf(entries, 'translation', () => undefined),
    spoken: Object.fromEntries(
      languages.map((lang) => {
        const said = entries[lang].data.spoken;
        return [lang, said && { text: said.text, source: source(said.source) }];
      }),
    ) as Words<{ text: string; source: Source } | undefined>,
    speaker: wordsOf(entries, 'speaker'),
    role: wordsOf(entries, 'role'),
    topic: wordsOf(entries, 'topic'),
    event: event(data.event),
    about: (data.about ?? []).map(event),
    sources: data.sources.map(source),
  }))
  .sort((a, b) => a.order - b.order)
  .map(({ order: _order, ...quote }) => quote);

/** The first of `list` that is what a test needs, or an error saying the fixture lacks it. */
export function pick<T>(list: readonly T[], test: (item: T) => boolean, what: string): T {
  const found = list.find(test);
  if (found === undefined) throw new Error(`tests/fixture has no ${what}`);
  return found;
}

/** Whether a date of the fixture's files is a day (not a month only). */
export const isDay = (date: string) => dateOf(date).precision === 'day';
/** A date as a reader sees it: the site's own formatting (src/lib/dates.ts), in `lang`. */
export function formatDate(date: string, lang: Lang) {
  return formatCalendarDate(dateOf(date), lang);
}
/** A day without its year, as shown where the year is plain from around it: `9월 12일`. */
export const formatShortDay = (date: string, lang: Lang) => formatShortDate(dateOf(date), lang);
/** An event's dates as shown: one, or the first and last of a span. */
export const shownDates = (e: Event, lang: Lang) =>
  [e.date, ...(e.endDate ? [e.endDate] : [])].map((date) => formatDate(date, lang));

/**
 * The embeds, below the root, as in the default language: the ledger compact, the overview,
 * each in the reader's colours and, at an address of its own, always light or always dark.
 */
export const EMBEDS = ['embed/outcomes/', 'embed/overview/'].flatMap((path) => [
  path,
  `${path}light/`,
  `${path}dark/`,
]);

/** The record's publisher in each language (record.yaml, and `<code>/record.yaml`). */
export const publisher = Object.fromEntries(
  languages.map((lang) => [
    lang,
    lang === defaultLang
      ? parse(readFileSync(join(FIXTURE, 'record.yaml'), 'utf8')).record.publisher
      : parse(readFileSync(join(FIXTURE, lang, 'record.yaml'), 'utf8')).publisher,
  ]),
) as Words<string>;

/**
 * The day a page last changed, as its citation gives it: the latest change naming it
 * (`field` lists entries of a collection or, for `pages`, pages by name), else the as-of date.
 */
export function lastChanged(field: 'events' | 'partners' | 'quotes' | 'pages', id: string) {
  const dates = readCollection('changes')
    .filter(({ data }) => (data[field] ?? []).includes(id))
    .map(({ data }) => String(data.date))
    .sort(); // YYYY-MM-DD: code-point order is the days' order
  return { date: dates.at(-1) ?? asOf, logged: dates.length > 0 };
}

/** A ledger entry's status, as the scale names it (src/lib/vocabulary.ts). */
export type { LedgerStatus };

export interface LedgerStep {
  date: string;
  status: LedgerStatus;
  /** Its one line of why, with the record's date where it says `{asOf}`. */
  why: Words<string>;
  source: string;
  confidence: Confidence;
}

/** Who said it: the source's own voice, a quote entry's speaker, or a named speaker. */
export type LedgerSpeaker =
  | { kind: 'article' }
  | {
      kind: 'quote' | 'named';
      quote: string | undefined;
      name: Words<string>;
      role: Words<string | undefined>;
    };

export interface LedgerEntry {
  id: string;
  said: string;
  /** The site's translation, in each language the source is not in. */
  translation: Words<string | undefined>;
  speaker: LedgerSpeaker;
  source: string;
  date: string;
  event: string;
  /** A day, a month, `soon` or `none`. */
  byWhen: string;
  steps: LedgerStep[];
  /** As of the fixture's record: the last step's, or past its date (below). */
  status: LedgerStatus;
  /** Tie-breaker between entries said on one day. */
  order: number;
}

/**
 * The fixture's ledger, in the order things were said, each entry's status as of the
 * fixture's record by the site's rule (src/lib/ledger.ts `currentStatus`): what the ledger
 * page, its status pages, the event pages and the timeline must all show.
 */
export const ledger: LedgerEntry[] = readCollection('ledger')
  .map(({ id, data, entries }): LedgerEntry => {
    const steps = (data.steps as any[]).map((step, index) => ({
      date: String(step.date),
      status: step.status as LedgerStatus,
      why: Object.fromEntries(
        languages.map((lang) => [
          lang,
          (lang === defaultLang ? step.why : entries[lang].data.steps[index].why).replaceAll(
            '{asOf}',
            formatDate(asOf, lang),
          ),
        ]),
      ) as Words<string>,
      source: step.source as string,
      confidence: (step.confidence ?? 'high') as Confidence,
    }));
    const said = data.speaker;
    const quote =
      typeof said === 'object' && 'quote' in said
        ? pick(quotes, (q) => q.id === said.quote, `the quote "${said.quote}"`)
        : undefined;
    const byWhen = String(data.byWhen);
    return {
      id,
      said: data.said,
      translation: wordsOf(entries, 'translation'),
      speaker:
        said === 'article'
          ? { kind: 'article' }
          : quote
            ? { kind: 'quote', quote: quote.id, name: quote.speaker, role: quote.role }
            : {
                kind: 'named',
                quote: undefined,
                name: wordsOf(
                  entries,
                  'speaker',
                  (own) => own.speaker.name,
                  (w) => w.name,
                ),
                role: wordsOf(
                  entries,
                  'speaker',
                  (own) => own.speaker.role,
                  (w) => w?.role,
                ),
              },
      source: data.source,
      date: String(data.date),
      event: data.event,
      byWhen,
      steps,
      status: currentStatus(
        { byWhen: byWhen === 'soon' || byWhen === 'none' ? byWhen : dateOf(byWhen), steps },
        dateOf(asOf) as DayDate,
      ),
      order: data.order ?? 0,
    };
  })
  .sort(inTimelineOrder);

/**
 * When an entry was said: at the launch (in the article itself), or in another report
 * before the article's day (or on it) or after it.
 */
export const occasionOf = (entry: LedgerEntry) =>
  occasionRule(
    { date: dateOf(entry.date), fromArticle: entry.source === primary.id },
    dateOf(String(primary.date)),
  );

/** Every page of the fixture's build, below the root, in every language. */
export const expectedPages = languages
  .flatMap((lang) =>
    [
      '',
      ...events.map((e) => `events/${e.id}/`),
      'partners/',
      ...partners.map((p) => `partners/${p.id}/`),
      'quotes/',
      ...quotes.map((q) => `quotes/${q.id}/`),
      'sources/',
      'changes/',
      'about/',
      'data/',
      'embeds/',
      ...EMBEDS,
      'outcomes/',
      ...[...new Set(ledger.map((e) => e.status))].map((status) => `outcomes/${status}/`),
      ...ledger.map((e) => `outcomes/entries/${e.id}/`),
      ...[...new Set(ledger.map(occasionOf))].map((occasion) => `outcomes/said/${occasion}/`),
    ].map((path) => inLang(path, lang)),
  )
  .sort();

/** The pages made for other sites' frames, in every language: built, walked, not in the sitemap. */
export const embedPages = expectedPages.filter((path) => EMBEDS.includes(splitLang(path).path));
/** The pages search engines are told of (the sitemap): every page but the embeds. */
export const indexedPages = expectedPages.filter((path) => !embedPages.includes(path));

/** Paths of each kind of page, below the root, in the default language. */
export const paths = {
  event: (id: string) => `events/${id}/`,
  partner: (id: string) => `partners/${id}/`,
  quote: (id: string) => `quotes/${id}/`,
};

/** One page of each kind, for tests that look at every kind of page. */
export const pageKinds: { kind: string; path: string }[] = [
  { kind: 'timeline', path: '' },
  { kind: 'event', path: paths.event(events[0]!.id) },
  { kind: 'partner list', path: 'partners/' },
  { kind: 'partner', path: paths.partner(partners[0]!.id) },
  { kind: 'quote list', path: 'quotes/' },
  { kind: 'quote', path: paths.quote(quotes[0]!.id) },
  { kind: 'sources', path: 'sources/' },
];

/** `text` with what a regular expression would read as syntax escaped. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `text` as a pattern that matches exactly it. */
export const exactly = (text: string) => new RegExp(`^${escape(text)}$`);

/** The publishers of an event's sources, each once, as its entry, feed item and calendar name them. */
export const publishersOf = (e: Event, lang: Lang) =>
  publishers(e.sources.map((s) => ({ publisher: s.publisher[lang] })));

export interface Change {
  id: string;
  date: string;
  kind: 'correction' | 'addition';
  events: string[];
  partners: string[];
  pages: string[];
  now: Words<string>;
  why: Words<string>;
}

/** The fixture's corrections and additions, in the site's order (src/lib/changes.ts). */
export const changes: Change[] = readCollection('changes')
  .map(({ id, data, entries }) => ({
    id,
    date: String(data.date),
    order: data.order ?? 0,
    kind: data.kind,
    events: (data.events ?? []) as string[],
    partners: (data.partners ?? []) as string[],
    pages: (data.pages ?? []) as string[],
    now: wordsOf(entries, 'now'),
    why: wordsOf(entries, 'why'),
  }))
  .sort((a, b) => compareChanges({ ...a, date: dateOf(a.date) }, { ...b, date: dateOf(b.date) }))
  .map(({ order: _order, ...change }) => change);

/** A status change of the ledger: an entry's step after its first (`number` counts from 1). */
export interface StatusChange {
  entry: LedgerEntry;
  step: LedgerStep;
  number: number;
}

/** The change log as its page and feed list it, by the site's rule (src/lib/changes.ts). */
export const log: (
  { change: Change; status?: never } | { change?: never; status: StatusChange }
)[] = changeLog(
  changes.map((change) => ({ change, date: dateOf(change.date) })),
  ledger.map((entry) => ({
    entry,
    steps: entry.steps.map((step) => ({ date: dateOf(step.date), status: step.status })),
  })),
).map((item) =>
  'change' in item
    ? { change: item.change.change }
    : {
        status: {
          entry: item.entry.entry,
          step: item.entry.entry.steps[item.step]!,
          number: item.step + 1,
        },
      },
);
/** The ledger's status changes, newest first. */
export const statusChanges = log.flatMap(({ status }) => (status ? [status] : []));
