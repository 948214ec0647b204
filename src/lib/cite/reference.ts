/**
 * What a page's citation says, as plain values: the page's last-changed date (from the
 * change log), its CSL-JSON item (what the citations are formatted from and what a
 * reference manager imports) and its `citation_*` meta tags (what Zotero and Google Scholar
 * read). The formatting itself is `styles.ts`.
 */
import { compareCalendarDates, toDatetime, type DayDate } from '../dates';

/**
 * The day a page last changed: the latest change in the log that names it. A page no
 * change names has been as it is since before the log began; it is dated by the record's
 * as-of date, the day the record as a whole was last brought up to date (`logged: false`
 * says so, and the page says so too). Never the build's clock.
 */
export function lastChanged(
  changes: readonly { date: DayDate }[],
  asOf: DayDate,
): { date: DayDate; logged: boolean } {
  const latest = changes.reduce<DayDate | undefined>(
    (found, { date }) => (found && compareCalendarDates(found, date) >= 0 ? found : date),
    undefined,
  );
  return latest ? { date: latest, logged: true } : { date: asOf, logged: false };
}

/** A page as it is cited. */
export interface CitedPage {
  /** The page's own title (the record's name, for the record as a whole). */
  title: string;
  /** The record's name, the work the page is part of; absent for the record as a whole. */
  container: string | undefined;
  /** Who publishes the record (`src/content/record.yaml`), author and publisher at once. */
  publisher: string;
  /** The day the page last changed (`lastChanged`). */
  date: DayDate;
  /** The page's permanent address. */
  url: string;
  /** The page's language (BCP 47). */
  lang: string;
}

/** A CSL-JSON item: the fields this site gives (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
}

/**
 * The page as CSL-JSON. The publisher is its author (the editors wrote it), and is not
 * repeated as `publisher`: APA and Chicago would print it twice. The date is the day it
 * last changed, the version being cited.
 */
export function cslItem(page: CitedPage): CslItem {
  return {
    id: page.url,
    type: 'webpage',
    title: page.title,
    ...(page.container ? { 'container-title': page.container } : {}),
    author: [{ literal: page.publisher }],
    issued: { 'date-parts': [[page.date.year, page.date.month, page.date.day]] },
    URL: page.url,
    language: page.lang,
  };
}

/**
 * The `citation_*` meta tags, as name and content: the title, the publisher, the day it
 * last changed (as the publication date of the version cited, and as `citation_date`), the
 * permanent address and the language. Dates as Google Scholar asks: `2026/11/28`.
 */
export function citationMeta(page: CitedPage): [name: string, content: string][] {
  const date = toDatetime(page.date).replaceAll('-', '/');
  return [
    ['citation_title', page.title],
    ['citation_publisher', page.publisher],
    ['citation_publication_date', date],
    ['citation_date', date],
    ['citation_public_url', page.url],
    ['citation_language', page.lang],
  ];
}

/** What a citation needs of the record: its name, publisher and as-of date, in the page's language. */
export interface CitedRecord {
  name: string;
  publisher: string;
  asOf: DayDate;
  lang: string;
}

/**
 * A page as it is cited, and whether its date is a logged change: the page by its title,
 * or the record as a whole (no title: the record's name, at its home page's address).
 */
export function pageCitation(
  of: { title: string | undefined; url: string; changes: readonly { date: DayDate }[] },
  record: CitedRecord,
): { page: CitedPage; logged: boolean } {
  const { date, logged } = lastChanged(of.changes, record.asOf);
  return {
    page: {
      title: of.title ?? record.name,
      container: of.title === undefined ? undefined : record.name,
      publisher: record.publisher,
      date,
      url: of.url,
      lang: record.lang,
    },
    logged,
  };
}
