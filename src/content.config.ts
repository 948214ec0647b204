/**
 * The content collections: what each folder of `src/content/` holds and the schema it
 * must meet (the schemas live in `src/schemas/`). A file that does not meet its schema
 * stops the build, naming the file and the field.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { changeSchema, recordSchema, recordTranslationSchema } from './schemas/change';
import { eventSchema } from './schemas/event';
import { text } from './schemas/fields';
import { contentLoaders } from './schemas/files';
import { ledgerSchema } from './schemas/ledger';
import { partnerSchema, quoteSchema } from './schemas/partnerAndQuote';
import { sourceSchema } from './schemas/source';

/**
 * The loaders of `src/content/` (src/schemas/files.ts): Astro's glob loader, refusing a
 * front-matter `slug`; the record's also checks that every file there is read.
 */
const CONTENT = './src/content';
const { entriesIn, everyFileRead } = contentLoaders(CONTENT);

/** The entries of one folder of `src/content/`, in the default language. */
const entries = (folder: string, extension: string) =>
  entriesIn(`${CONTENT}/${folder}`, `**/*.${extension}`);

const sources = defineCollection({ loader: entries('sources', 'yaml'), schema: sourceSchema });
const events = defineCollection({ loader: entries('events', 'mdx'), schema: eventSchema });
const partners = defineCollection({ loader: entries('partners', 'mdx'), schema: partnerSchema });
const quotes = defineCollection({ loader: entries('quotes', 'mdx'), schema: quoteSchema });
/** The record's "as of" date and publisher: `src/content/record.yaml`, one entry, `record`. */
const record = defineCollection({
  loader: everyFileRead(file(`${CONTENT}/record.yaml`)),
  schema: recordSchema,
});
/** The change log: one file per correction or addition (`/changes/`). */
const changes = defineCollection({ loader: entries('changes', 'yaml'), schema: changeSchema });
/** The ledger: each thing said that can be checked, and what became of it. */
const ledger = defineCollection({ loader: entries('ledger', 'yaml'), schema: ledgerSchema });

/*
 * Translations. The facts (dates, status, partners, sources, order) live once, in the
 * entries above, written in the default language; every other language has a folder
 * `src/content/<code>/` (see `src/i18n/locales.ts`) whose files have the same names and
 * hold only the translated words. An entry without a translation in every language stops
 * the build.
 */

/** One collection's translations in every language: `<code>/<folder>/<id>.<extension>`. */
const translations = (folder: string, extension: string) =>
  entriesIn(CONTENT, `*/${folder}/**/*.${extension}`);

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
    /** The author's name in this language's script, where the site romanizes it (said so). */
    author: text().optional(),
    /** Present exactly when the entry has a `confidenceNote`. */
    confidenceNote: text().optional(),
  }),
});

const quoteTranslations = defineCollection({
  loader: translations('quotes', 'mdx'),
  schema: z.object({
    /** The quote in the language; the page shows the original beside it. */
    translation: text(),
    /**
     * The speaker's own words in this language, where a source in it prints them (Kwon spoke
     * English; the Korea Herald prints two of his remarks as he said them): shown as his,
     * with that source, and `translation` labelled as the site's. Found in one of the
     * source's passages.
     */
    spoken: z.object({ text: text(), source: reference('sources') }).optional(),
    topic: text(),
    speaker: text(),
    role: text(),
  }),
});
/** The record's words in each other language: `<code>/record.yaml`. */
const recordTranslations = defineCollection({
  loader: entriesIn(CONTENT, '*/record.yaml'),
  schema: recordTranslationSchema,
});
const changeTranslations = defineCollection({
  loader: translations('changes', 'yaml'),
  schema: z.object({
    /** Present exactly when the entry has a `was`. */
    was: text().optional(),
    now: text(),
    why: text(),
  }),
});
const ledgerTranslations = defineCollection({
  loader: translations('ledger', 'yaml'),
  schema: z.object({
    /**
     * `said` in the language, exactly when the source is in another: the site's
     * translation, labelled so (where the source is in this language, its words are shown).
     */
    translation: text().optional(),
    /** The speaker's name and role in the language, exactly when the entry names one. */
    speaker: z.strictObject({ name: text(), role: text().optional() }).optional(),
    /** Each step's `why`, in the entry's order: one for every step. */
    steps: z.array(z.object({ why: text() })),
  }),
});
export const collections = {
  sources,
  events,
  partners,
  quotes,
  record,
  changes,
  ledger,
  recordTranslations,
  changeTranslations,
  ledgerTranslations,
  sourceTranslations,
  eventTranslations,
  partnerTranslations,
  quoteTranslations,
};
