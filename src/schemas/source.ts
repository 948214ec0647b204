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
  lang: z.string().default(defaultLang),
  /** Who wrote it, where the page says so. */
  author: text().optional(),
  /** The page's own title, where known; never made up. */
  title: text().optional(),
  /** When it was published, where the page or its address says so; never guessed. */
  date: calendarDate.optional(),
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
