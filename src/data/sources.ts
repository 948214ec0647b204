/**
 * The sources, resolved: each one's facts as its schema gives them, its publisher's name
 * (and any note) in every language, and its timing against the article's date
 * (`src/lib/sources.ts`). The model (`model.ts`) and the ledger (`ledger.ts`) both cite them.
 */
import type { CollectionEntry } from 'astro:content';
import { sourceTiming, type SourceTiming } from '@/lib/sources';
import { fileOf, type Collections } from './load';
import { localize, type Localized } from './localized';

type SourceData = CollectionEntry<'sources'>['data'];
export type Confidence = SourceData['confidence'];

/** A source: its facts, its publisher's name (and any note) in every language. */
export type SourceModel = Omit<
  SourceData,
  'publisher' | 'confidenceNote' | 'passages' | 'primary'
> & {
  id: string;
  publisher: Localized<string>;
  /** The author as written (`최가람`); `authorInLang`, where a translation gives it in its script. */
  authorInLang: Localized<string | undefined>;
  confidenceNote: Localized<string> | undefined;
  /** The article itself, or a report from before, after or of no known date. */
  timing: SourceTiming;
};

/** Every source by id, resolved; a source whose timing cannot be told stops the build naming its file. */
export function buildSources(
  sources: Collections['sources'],
  words: Collections['words']['sources'],
  primary: Collections['primary'],
): Map<string, SourceModel> {
  return new Map(
    sources.map((entry): [string, SourceModel] => {
      const { publisher, confidenceNote, passages, primary: isPrimary, ...facts } = entry.data;
      return [
        entry.id,
        {
          ...facts,
          id: entry.id,
          publisher: localize(
            entry,
            words,
            () => publisher,
            (w) => w.data.publisher,
          ),
          authorInLang: localize(
            entry,
            words,
            () => undefined,
            (w) => w.data.author,
          ),
          confidenceNote:
            confidenceNote === undefined
              ? undefined
              : localize(
                  entry,
                  words,
                  () => confidenceNote,
                  (w) => w.data.confidenceNote!,
                ),
          timing: (() => {
            try {
              return sourceTiming(entry.data, primary.data.date!);
            } catch (error) {
              throw new Error(`${fileOf(entry)}: ${(error as Error).message}`);
            }
          })(),
        },
      ];
    }),
  );
}
