/**
 * What the behaviour tests expect, read from the fixture's own files (tests/fixture) with
 * `yaml`: its events in timeline order, partners, quotes and sources, each with its words
 * in every language of src/i18n/locales.ts. The tests pick what they need by what it is
 * (`pick(events, isMonthOnly, 'a month-only event')`), not by name, so the fixture can
 * change as long as what a test stands on is still in it.
 */
import { format } from 'date-fns';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultLang, localeOf, locales, type Lang } from '../../src/i18n/locales';
import type { EventKind, LedgerStatus } from '../../src/lib/vocabulary';
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

/** Code-point order, the order of `YYYY-MM-DD` dates (a month-only `YYYY-MM` before its days). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/** Every entry of a collection: its id, its Korean data, and its words in each language. */
function readCollection(collection: string) {
  return readdirSync(join(FIXTURE, collection))
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .map((name) => name.split('.')[0]!)
    .map((id) => {
      const entries = Object.fromEntries(
        languages.map((lang) => [lang, readEntry(collection, id, lang)]),
      ) as Words<ReturnType<typeof readEntry>>;
      return { id, data: entries[defaultLang].data, entries };
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
  primary: data.primary === true,
  confidence: data.confidence,
  passages: data.passages ?? [],
}));
export const source = (id: string) => sources.find((s) => s.id === id)!;
export const primary = pick(sources, (s) => s.primary, 'the primary source');

/** Where a report stands against the article: as the sources page groups it. */
export function timing(s: Source): 'primary' | 'before' | 'after' | 'undated' {
  if (s.primary) return 'primary';
  if (!s.date) return 'undated';
  return s.date > primary.date! ? 'after' : 'before';
}

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
  /** As the schema derives it: a plan's date is planned (the article's) or stated (beyond it). */
  dateKind: 'happened' | 'planned' | 'stated' | 'understood' | 'expected' | 'announced';
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

/** Where a date stands on the timeline: a month-only `YYYY-MM` after the days of its month. */
const onTimeline = (date: string) => (date.length === 7 ? `${date}-32` : date);

/** Every event, oldest first: by date (a month after the days of its month), order, id. */
export const events: Event[] = readCollection('events')
  .map(({ id, data, entries }): Event => ({
    id,
    kind: data.kind,
    record: data.record,
    status: data.status,
    date: data.date,
    endDate: data.endDate,
    dateKind:
      data.dateKind ??
      (data.status !== 'planned' ? 'happened' : data.record === 'article' ? 'planned' : 'stated'),
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
  .sort(
    (a, b) =>
      compare(onTimeline(a.date), onTimeline(b.date)) || a.order - b.order || compare(a.id, b.id),
  );
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

export const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);
/** Whether a calendar can hold the event: its dates are days, and its own (a plan's day is). */
export const hasCalendarDays = (e: Event) =>
  e.dateKind !== 'announced' &&
  e.dateKind !== 'expected' &&
  isDay(e.date) &&
  isDay(e.endDate ?? e.date);
/**
 * The outcome a planned event of the article shows beside its status: the first whose
 * report could speak of the event itself (not one published before its day).
 */
export const followUp = (e: Event) =>
  e.record === 'article' && e.status === 'planned'
    ? e.outcomes.find((o) => !o.source.date || o.source.date >= e.date)
    : undefined;

/** A date as a reader sees it, formatted here with the language's patterns from locales.ts. */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  const { locale, day: dayPattern, month: monthPattern } = localeOf(lang).dates;
  return format(new Date(year, month - 1, day ?? 1), day ? dayPattern : monthPattern, { locale });
}
/** A day without its year, as shown where the year is plain from around it: `9월 12일`. */
export function formatShortDay(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const { locale, shortDay } = localeOf(lang).dates;
  return format(new Date(year, month - 1, day), shortDay, { locale });
}
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
    .map(({ data }) => data.date as string)
    .sort(compare);
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

/** The last day a `YYYY-MM` or `YYYY-MM-DD` date covers. */
const lastDay = (date: string) => {
  if (isDay(date)) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return format(new Date(year, month, 0), 'yyyy-MM-dd');
};

/**
 * The fixture's ledger, in the order things were said: each entry's status is its last
 * step's, except that a pending one whose day or month ended before the record's as-of
 * date is past its date (what the ledger page, its status pages, the event pages and the
 * timeline must all show).
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
    const quote = said?.quote && quotes.find((q) => q.id === said.quote)!;
    const byWhen = String(data.byWhen);
    const last = steps.at(-1)!.status;
    const passed = byWhen !== 'soon' && byWhen !== 'none' && compare(lastDay(byWhen), asOf) < 0;
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
      status: last === 'pending' && passed ? 'past-its-date' : last,
      order: data.order ?? 0,
    };
  })
  .sort((a, b) => compare(a.date, b.date) || a.order - b.order || compare(a.id, b.id));

/**
 * When an entry was said: at the launch (in the article itself), or in another report
 * before the article's day (or on it) or after it.
 */
export const occasionOf = (entry: LedgerEntry) =>
  entry.source === primary.id
    ? 'launch'
    : compare(entry.date, lastDay(String(primary.date))) > 0
      ? 'later'
      : 'earlier';

/** The change log, as the feed reads it: each change's day, kind and the events it names. */
export const changes = readCollection('changes').map(({ data }) => ({
  date: data.date as string,
  kind: data.kind as 'correction' | 'addition',
  events: (data.events ?? []) as string[],
}));

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
  [...new Set(e.sources.map((s) => s.publisher[lang]))].join(', ');

/** A plan of the article that no later report confirms (its calendar entry is tentative). */
export const unconfirmedPlan = (e: Event) =>
  e.record === 'article' && e.status === 'planned' && !followUp(e);
