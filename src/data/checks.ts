/** Checks between entries that the schemas cannot make; each names the file and the field. */
import { compareCalendarDates } from '@/lib/dates';
import { fileOf, resolve, type Collections, type Entry } from './load';

type Events = Collections['events'];

/**
 * A quote's words must stand, in quotation marks and to the letter, in a passage of one of
 * its sources (the sentences kept from them).
 */
export function quotedVerbatim(
  quote: Collections['quotes'][number],
  sources: Collections['sources'],
): void {
  const cited = new Set(quote.data.sources.map((ref) => ref.id));
  const passages = sources
    .filter((source) => cited.has(source.id))
    .flatMap((source) => source.data.passages);
  if (passages.some((passage) => passage.includes(`“${quote.data.text}”`))) return;
  const where = [...cited].map((id) => `src/content/sources/${id}.yaml`).join(', ');
  throw new Error(
    `${fileOf(quote)}: text: not found, in quotation marks, in any passage of its sources (${where}); quote the passage to the letter, or add the sentence as printed to the source's passages`,
  );
}

/** A speaker's own words in a translation: found, as printed, in a passage of their source. */
export function spokenVerbatim(
  translation: Entry,
  text: string,
  source: Collections['sources'][number],
): void {
  if (source.data.passages.some((passage) => passage.includes(text))) return;
  throw new Error(
    `${fileOf(translation)}: spoken.text: not found in any passage of src/content/sources/${source.id}.yaml; give the words to the letter, or add the sentence as printed to the source's passages`,
  );
}

/**
 * Each event's `follows`, resolved: the earlier event must exist and be earlier, and cite
 * the source that links the two (its page shows the link too). Keyed by the later event.
 */
export function eventLinks(
  events: Events,
  byId: ReadonlyMap<string, Events[number]>,
): Map<string, { event: string; source: string }[]> {
  const links = new Map<string, { event: string; source: string }[]>();
  for (const entry of events) {
    links.set(
      entry.id,
      entry.data.follows.map((follows, index) => {
        const field = `follows[${index}]`;
        const earlier = resolve(byId, follows.event.id, entry, `${field}.event`, 'events');
        if (
          earlier.id === entry.id ||
          compareCalendarDates(earlier.data.date, entry.data.date) > 0
        ) {
          throw new Error(
            `${fileOf(entry)}: ${field}.event: "${earlier.id}" is not an earlier event`,
          );
        }
        if (!earlier.data.sources.some((ref) => ref.id === follows.source.id)) {
          throw new Error(
            `${fileOf(entry)}: ${field}.source: "${follows.source.id}" is not among the sources of "${earlier.id}", whose page shows the link too`,
          );
        }
        return { event: earlier.id, source: follows.source.id };
      }),
    );
  }
  return links;
}

/** The `{asOf}` placeholder, defined beside the one helper that fills it (`fillAsOf`). */
export { AS_OF } from '@/lib/dates';

/**
 * The record's date written out by hand in an entry would not move with `record.yaml`:
 * it stops the build, naming the file, with what to write instead.
 */
export function asOfNotWritten(
  entries: readonly (Entry & { data: unknown; body?: string | undefined })[],
  written: readonly string[],
): void {
  for (const entry of entries) {
    const text = `${JSON.stringify(entry.data)}\n${entry.body ?? ''}`;
    const found = written.find((date) => text.includes(date));
    if (found) {
      throw new Error(
        `${fileOf(entry)}: "${found}" is the record's as-of date written by hand: write {asOf} in the frontmatter's words instead (src/content/record.yaml holds the date), and leave it out of the body`,
      );
    }
  }
}
