/**
 * Reads the content collections and checks what the schemas cannot: one primary source,
 * and a translation of every entry in every other language of the site, whose optional
 * parts match the entry's. Faults stop the build naming the file and the field.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLang, languages, type Lang } from '@/i18n/locales';
import type { DayDate } from '@/lib/dates';

/** Anything read from a file: its id and, where the loader knows it, its path. */
export type Entry = { id: string; filePath?: string | undefined };

/** The file an entry came from, for an error message. */
export const fileOf = (entry: Entry) => entry.filePath ?? entry.id;

/** Looks an id up, or stops the build naming the file and the field. */
export function resolve<T>(
  byId: ReadonlyMap<string, T>,
  id: string,
  from: Entry,
  field: string,
  collection: string,
): T {
  const found = byId.get(id);
  if (found) return found;
  const known = [...byId.keys()].join(', ');
  throw new Error(
    `${fileOf(from)}: ${field}: there is no ${collection} entry "${id}" (known: ${known})`,
  );
}

/** Each entry's translation per language (the default language's words are the entry's own). */
export type Translations<T> = ReadonlyMap<Lang, ReadonlyMap<string, T>>;

/**
 * Pairs entries with their translations, filed as `<code>/<folder>/<id>`: every entry has
 * one in every other language, every translation translates an entry, and `check` finds
 * no mismatch between the two.
 */
function pair<K extends Entry, T extends Entry>(
  entries: readonly K[],
  translations: readonly T[],
  folder: string,
  check: (entry: K, translation: T) => string | undefined = () => undefined,
): Translations<T> {
  const byLang = new Map<Lang, Map<string, T>>(
    languages.filter((lang) => lang !== defaultLang).map((lang) => [lang, new Map()]),
  );
  const ids = new Set(entries.map((entry) => entry.id));
  for (const translation of translations) {
    const [lang = '', , ...rest] = translation.id.split('/');
    const id = rest.join('/');
    const inLang = byLang.get(lang as Lang);
    if (!inLang) {
      throw new Error(
        `${fileOf(translation)}: "${lang}" is not one of the site's other languages (src/i18n/locales.ts)`,
      );
    }
    if (!ids.has(id))
      throw new Error(`${fileOf(translation)}: translates "${id}", which has no entry`);
    inLang.set(id, translation);
  }
  for (const entry of entries) {
    for (const [lang, inLang] of byLang) {
      const translation = inLang.get(entry.id);
      if (!translation) {
        const extension = entry.filePath?.split('.').pop() ?? 'mdx';
        throw new Error(
          `${fileOf(entry)}: has no ${lang} translation (add src/content/${lang}/${folder}/${entry.id}.${extension})`,
        );
      }
      const mismatch = check(entry, translation);
      if (mismatch) throw new Error(`${fileOf(translation)}: ${mismatch}`);
    }
  }
  return byLang;
}

/** "give one exactly when the entry does", for an optional part of a translation. */
const sameParts = (parts: Record<string, [unknown, unknown]>) =>
  Object.entries(parts)
    .filter(([, [fact, words]]) => Boolean(fact) !== Boolean(words))
    .map(([field]) => `${field}: give one exactly when the entry does`)[0];

/**
 * The record's publisher in every language: `src/content/record.yaml`'s, and each other
 * language's from `src/content/<code>/record.yaml`, which every language must have.
 */
function recordPublisher(
  own: string,
  translations: readonly CollectionEntry<'recordTranslations'>[],
): Record<Lang, string> {
  const byLang = new Map(translations.map((entry) => [entry.id.split('/')[0], entry]));
  for (const [lang, entry] of byLang) {
    if (!languages.includes(lang as Lang) || lang === defaultLang) {
      throw new Error(
        `${fileOf(entry)}: "${lang}" is not one of the site's other languages (src/i18n/locales.ts)`,
      );
    }
  }
  return Object.fromEntries(
    languages.map((lang) => {
      if (lang === defaultLang) return [lang, own];
      const entry = byLang.get(lang);
      if (!entry) {
        throw new Error(
          `src/content/record.yaml: publisher: has no ${lang} name (add src/content/${lang}/record.yaml with \`publisher\`)`,
        );
      }
      return [lang, entry.data.publisher];
    }),
  ) as Record<Lang, string>;
}

const all = <C extends CollectionKey>(name: C) =>
  getCollection(name) as Promise<CollectionEntry<C>[]>;

/** Every collection, checked, with the translations of each entry. */
export async function loadCollections() {
  const [sources, events, partners, quotes, records, changes, ...translated] = await Promise.all([
    all('sources'),
    all('events'),
    all('partners'),
    all('quotes'),
    all('record'),
    all('changes'),
    all('sourceTranslations'),
    all('eventTranslations'),
    all('partnerTranslations'),
    all('quoteTranslations'),
    all('changeTranslations'),
    all('recordTranslations'),
  ]);
  const [sourceWords, eventWords, partnerWords, quoteWords, changeWords, recordWords] =
    translated as [
      CollectionEntry<'sourceTranslations'>[],
      CollectionEntry<'eventTranslations'>[],
      CollectionEntry<'partnerTranslations'>[],
      CollectionEntry<'quoteTranslations'>[],
      CollectionEntry<'changeTranslations'>[],
      CollectionEntry<'recordTranslations'>[],
    ];
  const [ledger, ledgerWords] = await Promise.all([all('ledger'), all('ledgerTranslations')]);
  const record = (records as CollectionEntry<'record'>[]).find((entry) => entry.id === 'record');
  if (!record || records.length !== 1) {
    throw new Error(
      'src/content/record.yaml: give exactly one entry, `record`, with its `asOf` date',
    );
  }
  const publisher = recordPublisher(record.data.publisher, recordWords);
  const primary = sources.filter((entry) => entry.data.primary);
  if (primary.length !== 1) {
    const found = primary.map((entry) => entry.id).join(', ') || 'none';
    throw new Error(
      `src/content/sources: exactly one source must be \`primary: true\` (found ${primary.length}: ${found})`,
    );
  }
  const words = {
    sources: pair(sources, sourceWords, 'sources', (entry, words) =>
      sameParts({ confidenceNote: [entry.data.confidenceNote, words.data.confidenceNote] }),
    ),
    events: pair(events, eventWords, 'events', (entry, words) => {
      const keys = entry.data.outcomes
        .map((outcome) => outcome.key)
        .sort()
        .join(', ');
      const translated = Object.keys(words.data.outcomes).sort().join(', ');
      return (
        sameParts({
          dateNote: [entry.data.dateNote, words.data.dateNote],
          place: [entry.data.place, words.data.place],
        }) ??
        (keys === translated
          ? undefined
          : `outcomes: give one text for each outcome key of the entry (${keys || 'none'}), not (${translated || 'none'})`)
      );
    }),
    partners: pair(partners, partnerWords, 'partners'),
    quotes: pair(quotes, quoteWords, 'quotes'),
    changes: pair(changes as CollectionEntry<'changes'>[], changeWords, 'changes', (entry, words) =>
      sameParts({ was: [entry.data.was, words.data.was] }),
    ),
    ledger: pair(ledger, ledgerWords, 'ledger', (entry, words) => {
      const { speaker, steps } = entry.data;
      const named = typeof speaker === 'object' && 'name' in speaker ? speaker : undefined;
      return (
        sameParts({
          speaker: [named, words.data.speaker],
          'speaker.role': [named?.role, words.data.speaker?.role],
        }) ??
        (words.data.steps.length === steps.length
          ? undefined
          : `steps: give one why for each of the entry's ${steps.length} steps, not ${words.data.steps.length}`)
      );
    }),
  };
  return {
    sources,
    events,
    partners,
    quotes,
    changes: changes as CollectionEntry<'changes'>[],
    ledger,
    asOf: record.data.asOf as DayDate,
    contact: record.data.contact,
    publisher,
    words,
    primary: primary[0]!,
  };
}

export type Collections = Awaited<ReturnType<typeof loadCollections>>;
