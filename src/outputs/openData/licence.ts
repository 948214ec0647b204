/**
 * The terms of the record's own text and data as the data files state them: the record's
 * licence (`RECORD_LICENCE` in `src/lib/terms.ts`, CC BY 4.0) in a Data Package's shape
 * (`name`, `path`, `title`), read by every data file (`license` in the JSON files,
 * `licenses` in `/datapackage.json`, which speaks for the CSV files, as CSV has no place
 * for it) and by the `/data/` page. Passages quoted from sources are their publishers', and
 * no licence of the record's covers them. The words that state it are the site's own terms
 * (`terms.record` and `terms.quoted` in each `ui.json`), filled by `licenceStatement`.
 */
import { RECORD_LICENCE } from '@/lib/terms';

export const DATA_LICENCE = {
  /** The SPDX identifier, as a Data Package's `licenses[].name` wants it. */
  name: RECORD_LICENCE.id,
  path: RECORD_LICENCE.url,
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/** The licence as a data file states it: the constant, and its statement in every language. */
export const licenceOf = <L extends string>(statement: Record<L, string>) => ({
  ...DATA_LICENCE,
  statement,
});

/** The statement of the terms, in one language's words: the record's licence, then the quoted passages'. */
export const licenceStatement = (terms: { record: string; quoted: string }) =>
  `${terms.record.replace('{licence}', RECORD_LICENCE.name)} ${terms.quoted}`;
