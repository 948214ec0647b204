import { z } from 'astro/zod';
import { defaultLang } from '@/i18n/locales';
import { calendarDate, confidence, text, webAddress } from './fields';

/**
 * Where facts are read: the article the site is written from and every report it cites.
 * Entries name their sources by file name (`byline-launch`), so an address, a title and a
 * date are written once.
 */
export const sourceSchema = z.object({
  /** The page's address. */
  url: webAddress(),
  /** Who published it, as readers of the default language name them: `세계일보` (others: `<code>/sources/`). */
  publisher: text(),
  /** The language it is written in, as a BCP 47 tag. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-zA-Z\d]{2,8})*$/, 'must be a language tag (BCP 47): ko, en, en-GB')
    .default(defaultLang),
  /** Who wrote it, where the page says so. */
  author: text().optional(),
  /** The page's own title, where known; never made up. */
  title: text().optional(),
  /** When it was published, where the page, its address or its own text says so; never guessed. */
  date: calendarDate.optional(),
  /**
   * Where the date is read: `page`, printed on the page or in its address; `text`, read
   * from the report's own words ("29일 밝혔다", a caption's date), which the site says.
   */
  dateFrom: z.enum(['page', 'text']).default('page'),
  /**
   * Where `date` is only a month that may hold the article's day: the day the report's own
   * words show it came out after ("지난 10일 공식 출범한": `2025-09-10`), which makes it a
   * later report. Without it such a month stops the build.
   */
  after: calendarDate.optional(),
  /** The company's own announcement (OpenAI's page), not a news report. */
  announcement: z.boolean().default(false),
  /** The one article the site is written from; every other source is a report. */
  primary: z.boolean().default(false),
  /** How firmly it states what the site takes from it. */
  confidence,
  /** What the confidence covers, where it is not everything the site takes from it. */
  confidenceNote: text().optional(),
  /**
   * The sentences the site quotes or relies on, as printed: every quote must be found in
   * one of its source's passages. Only these are kept, never the whole text.
   */
  passages: z.array(text()).default([]),
});
