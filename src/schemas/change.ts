import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { SITE_PAGES } from '@/lib/vocabulary';
import { calendarDate, sourceId, text } from './fields';

/** The record as a whole: the one date it speaks as of, who publishes it, and where to write to it. */
export const recordSchema = z.object({
  /**
   * The day the record was last brought up to date: every "as of" on the site, every
   * "no report that … has been found", the calendar files' DTSTAMP. Never the build's clock.
   */
  asOf: calendarDate.refine((date) => date.precision === 'day', 'must be a day: YYYY-MM-DD'),
  /**
   * The one address for corrections and tips, shown on the About page; until it is set the
   * page says none is set yet, and points to the change log. Never made up.
   */
  contact: z.email().optional(),
  /**
   * Who publishes the record, in the default language, as citations name it (author and
   * publisher): the project's own editors, never a person or an organisation it does not
   * name. Other languages' names are in `src/content/<code>/record.yaml`.
   */
  publisher: text(),
});

/** The record's words in another language: `src/content/<code>/record.yaml`. */
export const recordTranslationSchema = z.object({
  /** The publisher's name in the language. */
  publisher: text(),
});

/**
 * A change to the record, published on /changes/ and at the foot of every page it touches:
 * a correction (the page said something wrong, overstated or unsourced) or an addition (the
 * record brought up to date). Its words, in the default language; others in
 * `src/content/<code>/changes/`.
 */
export const changeSchema = z
  .object({
    /** The day it was published. */
    date: calendarDate.refine((date) => date.precision === 'day', 'must be a day: YYYY-MM-DD'),
    /** `correction`: the page was wrong or said too much; `addition`: the record grew. */
    kind: z.enum(['correction', 'addition']),
    /** Tie-breaker between changes of one day: lower comes first. */
    order: z.number().int().default(0),
    /** The pages it touches, by entry (and, for pages that are no entry, by name). */
    events: z.array(reference('events')).default([]),
    partners: z.array(reference('partners')).default([]),
    quotes: z.array(reference('quotes')).default([]),
    pages: z.array(z.enum(SITE_PAGES)).default([]),
    /** What the page said, in a few words or verbatim; absent for an addition. */
    was: text().optional(),
    /** What it says now. */
    now: text(),
    /** Why, in one sentence. */
    why: text(),
    /** The source the change rests on, where one does. */
    source: sourceId.optional(),
  })
  .refine(
    (change) =>
      change.events.length + change.partners.length + change.quotes.length + change.pages.length >
      0,
    { path: ['pages'], message: 'name the pages it touches (events, partners, quotes or pages)' },
  );
