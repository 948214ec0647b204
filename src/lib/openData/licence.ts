/**
 * The terms of the record's own text and data: Creative Commons Attribution 4.0. Passages
 * quoted from sources are their publishers', and no licence of the record's covers them.
 * One constant, read by every data file (`license` in the JSON files, `licenses` in
 * `/datapackage.json`, which speaks for the CSV files, as CSV has no place for it) and by the
 * `/data/` page; the words that state it are `openData.licence` in each `ui.json`.
 */
export const DATA_LICENCE = {
  /** The SPDX identifier, as a Data Package's `licenses[].name` wants it. */
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/** The licence as a data file states it: the constant, and its statement in every language. */
export const licenceOf = <L extends string>(statement: Record<L, string>) => ({
  ...DATA_LICENCE,
  statement,
});
