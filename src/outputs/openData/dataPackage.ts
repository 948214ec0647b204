/**
 * `/datapackage.json`: every data file as a Frictionless Data Package (v2): the JSON files
 * with their JSON Schemas, the CSV files each with a Table Schema made from the codebook
 * (`codebook.ts`): a field per column, in the header's order, its type, its constraints (the
 * values of a coded column, the form of a date) and what it holds. Paths are relative to
 * the package, so it reads the same under any base path. The licence is the package's,
 * since a CSV file has no place to state it. One language's words describe it (the
 * caller's choice: English, the tools' language); the `/data/` page has them all.
 */
import { CODE_LISTS, CSV_FILES, JSON_FILES, headerOf, type Column, type CsvFile } from './codebook';
import { DATA_LICENCE } from './licence';

/** A date cell: a day, or a month with ` (month)` so a spreadsheet keeps it as text. */
export const CSV_DATE_PATTERN = '\\d{4}-\\d{2}(-\\d{2}| \\(month\\))';
/** A deadline cell: a date, or a year with ` (early)`: early in that year. */
const DEADLINE_PATTERN = `${CSV_DATE_PATTERN}|\\d{4} \\(early\\)`;

/** The words the package is described in. */
export interface PackageWords {
  title: string;
  description: string;
  /** What each file's row or file holds, by its codebook key. */
  files: Record<string, string>;
  /** What each column holds, by its codebook key. */
  fields: Record<string, string>;
}

function tableField(col: Column, name: string, words: PackageWords, language?: string) {
  const values = col.codes ? CODE_LISTS[col.codes] : undefined;
  const alternatives = values?.join('|');
  const constraints = {
    ...(col.required ? { required: true } : {}),
    ...(col.type === 'date' ? { pattern: CSV_DATE_PATTERN } : {}),
    ...(col.type === 'deadline' ? { pattern: DEADLINE_PATTERN } : {}),
    ...(values && col.type === 'text' ? { enum: [...values] } : {}),
    ...(alternatives && col.type === 'ids'
      ? { pattern: `(${alternatives})( (${alternatives}))*` }
      : {}),
  };
  return {
    name,
    type: col.type === 'integer' ? 'integer' : 'string',
    ...(col.type === 'url' ? { format: 'uri' } : {}),
    description: `${words.fields[col.meaning]}${language ? ` (${language})` : ''}`,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** A CSV file's Table Schema: a field per column of its header, in order. */
export function tableSchema(file: CsvFile, languages: readonly string[], words: PackageWords) {
  const fields = file.columns.flatMap((col) =>
    col.perLanguage
      ? languages.map((lang) => tableField(col, `${col.name}_${lang}`, words, lang))
      : [tableField(col, col.name, words)],
  );
  if (fields.map((f) => f.name).join() !== headerOf(file, languages).join()) {
    throw new Error(`${file.path}: the Table Schema's fields are not the header's columns`);
  }
  return { fields, missingValues: [''] };
}

/** The package: its licence, the site, the record's date, and every data file. */
export function dataPackage({
  languages,
  site,
  asOf,
  words,
}: {
  languages: readonly string[];
  /** The home page's absolute address. */
  site: string;
  asOf: string;
  words: PackageWords;
}) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'openai-korea-timeline',
    title: words.title,
    description: words.description,
    homepage: site,
    // The day the record speaks as of (a property of this package's own; no build's clock).
    asOf,
    licenses: [DATA_LICENCE],
    resources: [
      ...JSON_FILES.map((file) => ({
        name: file.name,
        path: file.path,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description: words.files[file.meaning],
        jsonSchema: file.schema,
      })),
      ...CSV_FILES.map((file) => ({
        name: file.name,
        type: 'table',
        path: file.path,
        format: 'csv',
        mediatype: 'text/csv',
        // The byte-order mark that lets Excel read Korean as UTF-8.
        encoding: 'utf-8-sig',
        description: words.files[file.meaning],
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
        schema: tableSchema(file, languages, words),
      })),
    ],
  };
}
