/**
 * The JSON Schemas (draft 2020-12) of the JSON data files, each published beside its file
 * (`/events.schema.json`, `/outcomes.schema.json`) and named by it in `$schema`. Written
 * from the shapes of `eventsJson.ts` and `ledgerJson.ts` and the codebook's closed lists
 * (`codebook.ts`), for the languages of the site; the content tests validate the built
 * files against them (tests/content/data-files.test.ts), so a change to a file's shape
 * that the schema does not follow fails there. docs/data.md describes every field.
 */
import { EVENTS_JSON_VERSION } from '@/outputs/eventsJson';
import { LEDGER_JSON_VERSION } from '@/outputs/ledgerJson';
import { CODE_LISTS } from './codebook';
import { DATA_LICENCE } from './licence';

type Schema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** An object whose every property is required and no other allowed. */
const object = (properties: Record<string, Schema>, optional: readonly string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  additionalProperties: false,
});
const text: Schema = { type: 'string', minLength: 1 };
const url: Schema = { type: 'string', format: 'uri' };
const id: Schema = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const oneOf = (values: readonly string[]): Schema => ({ enum: [...values] });
/** A day (`2025-09-10`) or a month (`2025-02`). */
const day: Schema = { type: 'string', format: 'date' };
const dayOrMonth: Schema = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?$' };

/** The same words in every language of the list. */
const words = (languages: readonly string[], each: Schema = text): Schema =>
  object(Object.fromEntries(languages.map((lang) => [lang, each])));

/** A date at the precision its source gives: a day, or a month only. */
const date: Schema = {
  oneOf: [
    object({ value: day, precision: { const: 'day' } }),
    object({
      value: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
      precision: { const: 'month' },
    }),
  ],
};

/** A source as the data files give it: its title and date only where known. */
const source: Schema = object({ url, publisher: text, title: text, date: dayOrMonth }, [
  'title',
  'date',
]);

/** What every file opens with: its schema, licence, version, home page and the record's date. */
const head = (languages: readonly string[], version: number, self: string) => ({
  $schema: { const: self },
  license: object({
    name: { const: DATA_LICENCE.name },
    path: { const: DATA_LICENCE.path },
    title: { const: DATA_LICENCE.title },
    statement: words(languages),
  }),
  version: { const: version },
  site: url,
  asOf: day,
});

/** The schema of `/events.json`, published at `self`. */
export function eventsJsonSchema(languages: readonly string[], self: string): Schema {
  return {
    $schema: DRAFT,
    $id: self,
    title: 'OpenAI Korea Timeline: events',
    ...object({
      ...head(languages, EVENTS_JSON_VERSION, self),
      events: {
        type: 'array',
        items: object({
          id,
          title: words(languages),
          summary: words(languages),
          kind: oneOf(CODE_LISTS.kind),
          date,
          endDate: nullable(date),
          dateKind: oneOf(CODE_LISTS.dateKind),
          dateInWords: words(languages),
          unconfirmedPlan: { type: 'boolean' },
          dateNote: nullable(words(languages)),
          record: oneOf(CODE_LISTS.record),
          status: oneOf(CODE_LISTS.eventStatus),
          follows: { type: 'array', items: id },
          partners: { type: 'array', items: object({ id, name: words(languages) }) },
          sources: { type: 'array', minItems: 1, items: source },
          urls: words(languages, url),
          calendar: nullable(url),
        }),
      },
    }),
  };
}

/** The schema of `/outcomes.json`, published at `self`. */
export function ledgerJsonSchema(languages: readonly string[], self: string): Schema {
  return {
    $schema: DRAFT,
    $id: self,
    title: 'OpenAI Korea Timeline: what was said and what became of it',
    ...object({
      ...head(languages, LEDGER_JSON_VERSION, self),
      statuses: {
        type: 'array',
        items: object({
          id: oneOf(CODE_LISTS.ledgerStatus),
          words: words(languages),
          meaning: words(languages),
        }),
      },
      entries: {
        type: 'array',
        items: object({
          id,
          event: id,
          said: text,
          translation: words(languages, nullable(text)),
          source,
          speaker: {
            oneOf: [
              object({
                kind: { const: 'article' },
                quote: { type: 'null' },
                name: { type: 'null' },
                role: { type: 'null' },
              }),
              object({
                kind: oneOf(CODE_LISTS.speakerKind.filter((kind) => kind !== 'article')),
                quote: nullable(id),
                name: words(languages),
                role: nullable(words(languages)),
              }),
            ],
          },
          date,
          byWhen: {
            oneOf: [
              date,
              object({
                value: { type: 'string', pattern: '^\\d{4}$' },
                precision: { const: 'early' },
              }),
              object({
                value: { type: 'null' },
                precision: oneOf([
                  'soon',
                  'none',
                ] satisfies (typeof CODE_LISTS.byWhenPrecision)[number][]),
              }),
            ],
          },
          status: oneOf(CODE_LISTS.ledgerStatus),
          steps: {
            type: 'array',
            minItems: 1,
            items: object({
              date,
              status: oneOf(CODE_LISTS.stepStatus),
              why: words(languages),
              source,
              confidence: oneOf(CODE_LISTS.confidence),
            }),
          },
          urls: words(languages, url),
        }),
      },
    }),
  };
}
