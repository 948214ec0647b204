/**
 * Every internal address in one place. Paths are written without the base; `withBase`
 * adds the deploy folder (`BASE_PATH`), so the site works at a domain root or below one.
 * The base and the site's URL default to this build's (Astro's `BASE_URL` and `SITE`);
 * tests pass others.
 */
import { defaultLang } from '@/i18n/locales';

const BASE = import.meta.env.BASE_URL;

export function withBase(path: string, base: string = BASE): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  return folder + path.replace(/^\//, '');
}

/** A path (base included) as a full address on the deployed site, for feeds, previews and search engines. */
export function absolute(
  path: string,
  site: URL | string | undefined = import.meta.env.SITE,
): string {
  if (!site) throw new Error(`no site URL to make ${path} absolute: set \`site\` (SITE_URL)`);
  return new URL(path, site).href;
}

/** A path in a language: `/events/x/` stays as it is in Korean and is `/en/events/x/` in English. */
export function inLang(path: string, lang: string): string {
  return lang === defaultLang ? path : `/${lang}${path}`;
}

/** The file name of every page's link-preview image. */
export const PREVIEW_FILE = 'preview.png';

/** Every page's address under `base`, per language (the default unless said otherwise). */
export const sitePaths = (base: string) => {
  const at = (path: string, lang: string) => withBase(inLang(path, lang), base);
  return {
    timeline: (lang = defaultLang) => at('/', lang),
    /** The entry of an event on the timeline: `/#founder-day`. */
    timelineEntry: (id: string, lang = defaultLang) => at(`/#${id}`, lang),
    event: (id: string, lang = defaultLang) => at(`/events/${id}/`, lang),
    /** An event's iCalendar file, beside its page: `/events/founder-day.ics`. */
    eventCalendar: (id: string, lang = defaultLang) => at(`/events/${id}.ics`, lang),
    /** The whole timeline as one iCalendar file. */
    calendar: (lang = defaultLang) => at('/calendar.ics', lang),
    /** The timeline as an RSS feed. */
    feed: (lang = defaultLang) => at('/rss.xml', lang),
    /** The timeline as JSON, both languages in one file (so no language prefix). */
    data: () => withBase('/events.json', base),
    /** The icons of the kinds of events, one SVG file of symbols. */
    kindIcons: () => withBase('/kinds.svg', base),
    /** The timeline as a spreadsheet (CSV), both languages in one file. */
    eventsCsv: () => withBase('/events.csv', base),
    partners: (lang = defaultLang) => at('/partners/', lang),
    partner: (id: string, lang = defaultLang) => at(`/partners/${id}/`, lang),
    quotes: (lang = defaultLang) => at('/quotes/', lang),
    quote: (id: string, lang = defaultLang) => at(`/quotes/${id}/`, lang),
    /** Every source the site cites, with the pages that cite it. */
    sources: (lang = defaultLang) => at('/sources/', lang),
    /** What was said and what became of it: the ledger, an entry on it, its entries by status. */
    ledger: (lang = defaultLang) => at('/outcomes/', lang),
    ledgerEntry: (id: string, lang = defaultLang) => at(`/outcomes/entries/${id}/`, lang),
    ledgerStatus: (status: string, lang = defaultLang) => at(`/outcomes/${status}/`, lang),
    /** Its entries said at the launch, or in a report before or after it. */
    ledgerOccasion: (occasion: string, lang = defaultLang) =>
      at(`/outcomes/said/${occasion}/`, lang),
    /** The ledger as data, both languages in one file. */
    ledgerJson: () => withBase('/outcomes.json', base),
    ledgerCsv: () => withBase('/outcomes.csv', base),
    /** The ledger's steps, one row per step. */
    ledgerStepsCsv: () => withBase('/outcome-steps.csv', base),
    /** The JSON Schema of a JSON file, beside it: `/events.schema.json`. */
    jsonSchema: (file: 'events' | 'outcomes') => withBase(`/${file}.schema.json`, base),
    /** Every data file described, as a Frictionless Data Package. */
    dataPackage: () => withBase('/datapackage.json', base),
    /** What the data files hold, column by column, value by value. */
    dataPage: (lang = defaultLang) => at('/data/', lang),
    /** What the record covers and how it is kept. */
    about: (lang = defaultLang) => at('/about/', lang),
    /** The terms it is published under, on the About page. */
    terms: (lang = defaultLang) => at('/about/#terms', lang),
    /** Every citable page as CSL-JSON, for reference managers, in a language. */
    citations: (lang = defaultLang) => at('/cite.json', lang),
    /**
     * Pages made to sit in another site's frame: the ledger, compact, and the overview, in
     * the reader's colours (`auto`) or fixed ones: `/embed/outcomes/`, `/embed/outcomes/dark/`.
     */
    embedLedger: (lang = defaultLang, scheme = 'auto') =>
      at(`/embed/outcomes/${scheme === 'auto' ? '' : `${scheme}/`}`, lang),
    embedOverview: (lang = defaultLang, scheme = 'auto') =>
      at(`/embed/overview/${scheme === 'auto' ? '' : `${scheme}/`}`, lang),
    /** The code to embed them, with previews, sizes and schemes: `/embeds/#overview`. */
    embeds: (lang = defaultLang, id?: 'overview' | 'outcomes') =>
      at(`/embeds/${id ? `#${id}` : ''}`, lang),
    /** Every correction and addition to the record, newest first, and their feed. */
    changes: (lang = defaultLang) => at('/changes/', lang),
    changesFeed: (lang = defaultLang) => at('/changes/rss.xml', lang),
    /**
     * A page's link-preview image, beside the page (any path ending in `/`, base or not):
     * `/events/x/` → `/events/x/preview.png`; the home page's is `/preview.png`.
     */
    preview: (page: string) => `${page}${PREVIEW_FILE}`,
  };
};

/**
 * The same page in another language, from a page's URL path (base included):
 * `/base/events/x/` ↔ `/base/en/events/x/`.
 */
export function counterpart(
  pathname: string,
  from: string,
  to: string,
  base: string = BASE,
): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  // The site's root may come without its trailing slash: `/base` is `/base/`.
  const within =
    `${pathname}/`.startsWith(folder) && !pathname.startsWith(folder) ? folder : pathname;
  let path = `/${within.startsWith(folder) ? within.slice(folder.length) : within.replace(/^\//, '')}`;
  if (from !== defaultLang) path = path.replace(new RegExp(`^/${from}(/|$)`), '/');
  return withBase(inLang(path, to), base);
}

/** Every page's address, per language, in this build. */
export const paths = sitePaths(BASE);
