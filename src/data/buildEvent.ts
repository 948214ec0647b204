/** One event of the model: its words in every language, every reference resolved. */
import type { CollectionEntry } from 'astro:content';
import { reportedFollowUp } from '@/lib/records';
import { resolve, type Collections, type Entry } from './collections';
import { localize } from './localize';
import type { Body, EventModel, OutcomeModel, SourceModel } from './model';

type EventEntry = Collections['events'][number];

export interface EventContext {
  words: Collections['words']['events'];
  /** A source by id, or the build stops naming the file and the field. */
  source: (id: string, from: Entry, field: string) => SourceModel;
  partners: ReadonlyMap<string, Entry>;
  /** Each later event's `follows`, checked (`checks.ts`). */
  links: ReadonlyMap<string, { event: string; source: string }>;
}

export function buildEvent(
  entry: EventEntry,
  { words, source, partners, links }: EventContext,
): EventModel {
  const { data } = entry;
  const text = (
    get: (w: CollectionEntry<'eventTranslations'>['data']) => string | undefined,
    own: string,
  ) =>
    localize(
      entry,
      words,
      () => own,
      (w) => get(w.data)!,
    );
  const outcomes = data.outcomes.map((outcome, i): OutcomeModel => ({
    ...outcome,
    text: text((w) => w.outcomes[outcome.key], outcome.text),
    source: source(outcome.source.id, entry, `outcomes[${i}].source`),
  }));
  const follows = links.get(entry.id);
  return {
    id: entry.id,
    order: data.order,
    date: data.date,
    endDate: data.endDate,
    dateKind: data.dateKind,
    kind: data.kind,
    record: data.record,
    status: data.status,
    organizer: data.organizer,
    title: text((w) => w.title, data.title),
    summary: text((w) => w.summary, data.summary),
    dateNote: data.dateNote === undefined ? undefined : text((w) => w.dateNote, data.dateNote),
    dateSource: source(data.dateSource.id, entry, 'dateSource'),
    place: data.place && {
      name: text((w) => w.place, data.place.name),
      source: source(data.place.source.id, entry, 'place.source'),
    },
    outcomes,
    followUp: reportedFollowUp(data, outcomes),
    follows: follows && {
      event: follows.event,
      source: source(follows.source, entry, 'follows.source'),
    },
    partners: data.partners.map(
      (ref, i) => resolve(partners, ref.id, entry, `partners[${i}]`, 'partners').id,
    ),
    sources: entry.data.sources.map((ref, i) => source(ref.id, entry, `sources[${i}]`)),
    body: localize(
      entry,
      words,
      (e) => e as Body,
      (w) => w,
    ),
  };
}
