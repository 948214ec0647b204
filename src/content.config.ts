import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { defaultLang } from './i18n/locales';
import { compareCalendarDates, parseCalendarDate } from './lib/dates';
import { DATE_KINDS, EVENT_KINDS, EVENT_RECORDS, EVENT_STATUSES } from './lib/vocabulary';

/** `YYYY-MM-DD` or `YYYY-MM`, a day or a month in Asia/Seoul; anything else stops the build. */
const calendarDate = z.string().transform((text, ctx) => {
  try {
    return parseCalendarDate(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Text that must say something. */
const text = () => z.string().trim().min(1, 'must not be empty');

/** A web address. */
const webAddress = () =>
  z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });

/** How firmly a source states what the site takes from it. */
const confidence = z.enum(['high', 'medium', 'low']);

/**
 * Where facts are read: the article the site is written from and every report it cites.
 * Entries name their sources by file name (`byline-launch`), so an address, a title and a
 * date are written once.
 */
const sources = defineCollection({
  loader: glob({ base: './src/content/sources', pattern: '**/*.yaml' }),
  schema: z.object({
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
  }),
});

/** The sources an entry's facts are read in: at least one. */
const cited = z.array(reference('sources')).min(1, 'name at least one source');

/** A fact's own source: one of the entry's `sources`. */
const sourceId = reference('sources');

/** Fields whose `source` must be one of the entry's `sources`. */
function citesOwnSources(
  data: { sources: { id: string }[] },
  cited: { path: (string | number)[]; id: string }[],
  ctx: z.core.$RefinementCtx,
) {
  const known = new Set(data.sources.map((entry) => entry.id));
  for (const { path, id } of cited) {
    if (!known.has(id)) {
      ctx.addIssue({ code: 'custom', path, message: `"${id}" is not among this entry's sources` });
    }
  }
}

const events = defineCollection({
  loader: glob({ base: './src/content/events', pattern: '**/*.mdx' }),
  schema: z
    .object({
      /** What happened, as a heading: `서울대학교와 양해각서 체결`. */
      title: text(),
      /** What kind of event it is; labels live in `src/lib/ui.ts`. */
      kind: z.enum(EVENT_KINDS),
      /**
       * Which record it belongs to: `article`, one of the events the primary source reports;
       * `beyond`, the record before and after it, read in other reports. Pages, feeds,
       * calendars and data say which, and the status reads accordingly.
       */
      record: z.enum(EVENT_RECORDS),
      /** One or two sentences for the timeline entry. */
      summary: text(),
      /** When, at the precision the sources give: a day or only a month. */
      date: calendarDate,
      /** The last day, for an event that ran over several days. */
      endDate: calendarDate.optional(),
      /**
       * What the date is: the day(s) it happened, or only the day it was announced, where no
       * source says when it ran. An announced date is never shown as the event's own day
       * (no calendar entry, no feed date).
       */
      dateKind: z.enum(DATE_KINDS).default('happened'),
      /** Which of the entry's sources gives the date (and end date). */
      dateSource: sourceId,
      /** What the date stands for, where that is not simply "the day it happened". */
      dateNote: text().optional(),
      /**
       * Whether it had happened or was a plan: for the article's events, when the primary
       * source was written; for the record beyond it, as its own source reports it.
       */
      status: z.enum(EVENT_STATUSES),
      /** Tie-breaker between events on the same date: lower comes first. */
      order: z.number().int().default(0),
      /** Where it took place, with the source that says so. */
      place: z.object({ name: text(), source: sourceId }).optional(),
      /**
       * Who held the event, where the source says so (`OpenAI` for a workshop it ran); left
       * out where it does not (an agreement between two parties, a festival someone else runs).
       */
      organizer: text().optional(),
      /**
       * The earlier event whose announcement or quote speaks of this very event (the head of
       * OpenAI Korea "soon" to be named, then named), with the source that states the link.
       * Both pages show it; set it only where a source makes the connection.
       */
      follows: z.object({ event: reference('events'), source: sourceId }).optional(),
      /** Organisations taking part, by partner slug. */
      partners: z.array(reference('partners')).default([]),
      /** What later reports add (a day, a result), each with its own date and source. */
      outcomes: z
        .array(
          z.object({
            /** Names the outcome, so its translations pair with it: `held`, `signed`. */
            key: z.string().regex(/^[a-z0-9-]+$/, 'must be a short slug: a-z, 0-9 and -'),
            date: calendarDate,
            text: text(),
            source: sourceId,
            /** How firmly the source states it. */
            confidence: confidence.default('high'),
          }),
        )
        .default([]),
      sources: cited,
    })
    .superRefine((data, ctx) => {
      const keys = data.outcomes.map((outcome) => outcome.key);
      keys.forEach((key, index) => {
        if (keys.indexOf(key) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: ['outcomes', index, 'key'],
            message: `"${key}" is used twice`,
          });
        }
      });
      if (data.endDate && compareCalendarDates(data.endDate, data.date) < 0) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate is before date' });
      }
      citesOwnSources(
        data,
        [
          { path: ['dateSource'], id: data.dateSource.id },
          ...(data.place ? [{ path: ['place', 'source'], id: data.place.source.id }] : []),
          ...(data.follows ? [{ path: ['follows', 'source'], id: data.follows.source.id }] : []),
          ...data.outcomes.map((outcome, index) => ({
            path: ['outcomes', index, 'source'],
            id: outcome.source.id,
          })),
        ],
        ctx,
      );
    }),
});

const partners = defineCollection({
  loader: glob({ base: './src/content/partners', pattern: '**/*.mdx' }),
  schema: z.object({
    /** The name the primary source uses: `GS건설`. */
    name: text(),
    /** One sentence: what its sources say of it (for the article's partners, the article). */
    summary: text(),
    /** Position in the partners list: the article's, in the order it names them, then the others. */
    order: z.number().int(),
    sources: cited,
  }),
});

const quotes = defineCollection({
  loader: glob({ base: './src/content/quotes', pattern: '**/*.mdx' }),
  schema: z.object({
    /** The words, verbatim from the source, without the surrounding quotation marks. */
    text: text(),
    /** Who said it. */
    speaker: text(),
    /** The speaker's role when they said it. */
    role: text(),
    /** The event at which it was said. */
    event: reference('events'),
    /** Other events the quote speaks of, shown on their pages too. */
    about: z.array(reference('events')).default([]),
    /** A short line on what the quote answers or concerns. */
    topic: text(),
    /** Position in the source article: quotes are listed in the order they were said. */
    order: z.number().int(),
    sources: cited,
  }),
});

/*
 * Translations. The facts (dates, status, partners, sources, order) live once, in the
 * entries above, written in the default language; every other language has a folder
 * `src/content/<code>/` (see `src/i18n/locales.ts`) whose files have the same names and
 * hold only the translated words. An entry without a translation in every language stops
 * the build.
 */

/** One collection's translations in every language: `<code>/<folder>/<id>.<extension>`. */
const translations = (folder: string, extension: string) =>
  glob({ base: './src/content', pattern: `*/${folder}/**/*.${extension}` });

const eventTranslations = defineCollection({
  loader: translations('events', 'mdx'),
  schema: z.object({
    title: text(),
    summary: text(),
    /** Present exactly when the entry has a `dateNote`. */
    dateNote: text().optional(),
    /** The place's name, present exactly when the entry has a `place`. */
    place: text().optional(),
    /** Each outcome's text by its `key`, one for every outcome of the entry. */
    outcomes: z.record(z.string(), text()).default({}),
  }),
});

const partnerTranslations = defineCollection({
  loader: translations('partners', 'mdx'),
  schema: z.object({
    /** The organisation's official name in the language: `GS E&C`. */
    name: text(),
    summary: text(),
  }),
});

const sourceTranslations = defineCollection({
  loader: translations('sources', 'yaml'),
  schema: z.object({
    /** The publisher's name in the language: `Segye Ilbo`. */
    publisher: text(),
    /** Present exactly when the entry has a `confidenceNote`. */
    confidenceNote: text().optional(),
  }),
});

const quoteTranslations = defineCollection({
  loader: translations('quotes', 'mdx'),
  schema: z.object({
    /** The quote in the language; the page shows the original beside it. */
    translation: text(),
    topic: text(),
    speaker: text(),
    role: text(),
  }),
});

export const collections = {
  sources,
  events,
  partners,
  quotes,
  sourceTranslations,
  eventTranslations,
  partnerTranslations,
  quoteTranslations,
};
