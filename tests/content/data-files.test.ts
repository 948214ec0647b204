/**
 * The data files of the fixture's build, as a data journalist's tools read them: each JSON
 * file valid against the JSON Schema published beside it (Ajv, draft 2020-12, with its
 * formats), and `/datapackage.json` listing every data file, each CSV's Table Schema naming
 * the file's header column for column and holding every row (required cells filled, coded
 * values from their lists, dates in their form, whole numbers).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBuild } from '../support/project.mjs';
import { parseCsv } from '../support/csv';

let dist = '';
beforeAll(async () => {
  ({ dist } = await fixtureBuild());
});
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));

interface TableField {
  name: string;
  type: 'string' | 'integer';
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  format: 'json' | 'csv';
  jsonSchema?: string;
  schema?: { fields: TableField[] };
}

/** An Ajv that knows the formats (`uri`, `date`) and refuses a schema it does not understand. */
function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

describe('the JSON files, against their published schemas', () => {
  for (const file of ['events', 'outcomes']) {
    it(`/${file}.json is valid against /${file}.schema.json, which it names`, () => {
      const data = json(`${file}.json`);
      const schema = json(`${file}.schema.json`);
      expect(data.$schema).toBe(schema.$id);
      expect(new URL(schema.$id).pathname).toBe(`/${file}.schema.json`);
      const validate = validator().compile(schema);
      expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }

  it('a file that breaks its shape fails its schema, naming the field', () => {
    const validate = validator().compile(json('events.schema.json'));
    const data = json('events.json');
    data.events[0].date = { value: '2025-02', precision: 'day' };
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain('/events/0/date');
  });
});

describe('/datapackage.json', () => {
  const resources = () => json('datapackage.json').resources as Resource[];

  it('lists every data file of the build, each present, under the CC BY 4.0 licence', () => {
    const data = readdirSync(dist).filter(
      (file) =>
        /\.(csv|json)$/.test(file) &&
        !file.endsWith('.schema.json') &&
        // Not data: the package itself, and the pages' citations for reference managers (CSL-JSON).
        !['datapackage.json', 'cite.json'].includes(file),
    );
    expect(
      resources()
        .map((resource) => resource.path)
        .sort(),
    ).toEqual(data.sort());
    expect(json('datapackage.json').licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0' }),
    ]);
    for (const resource of resources()) {
      if (resource.jsonSchema) expect(existsSync(join(dist, resource.jsonSchema))).toBe(true);
    }
  });

  it('gives each CSV file a Table Schema whose fields are its header, in order', () => {
    const tables = resources().filter((resource) => resource.format === 'csv');
    expect(tables.map((table) => table.path)).toEqual([
      'events.csv',
      'outcomes.csv',
      'outcome-steps.csv',
    ]);
    for (const table of tables) {
      const [header] = parseCsv(read(table.path));
      expect(
        table.schema!.fields.map((field) => field.name),
        table.path,
      ).toEqual(header);
    }
  });

  it('holds every row of every CSV file: required cells filled, codes from their lists, dates in their form', () => {
    for (const table of resources().filter((resource) => resource.format === 'csv')) {
      const [header = [], ...rows] = parseCsv(read(table.path));
      expect(rows.length, table.path).toBeGreaterThan(0);
      for (const [index, row] of rows.entries()) {
        for (const [i, field] of table.schema!.fields.entries()) {
          const cell = row[i]!;
          const where = `${table.path} row ${index + 1}, ${header[i]}: "${cell}"`;
          const { required, enum: values, pattern } = field.constraints ?? {};
          if (cell === '') {
            expect(required, where).not.toBe(true);
            continue;
          }
          if (values) expect(values, where).toContain(cell);
          if (pattern) expect(cell, where).toMatch(new RegExp(`^(?:${pattern})$`));
          if (field.type === 'integer') expect(cell, where).toMatch(/^\d+$/);
        }
      }
    }
  });
});

describe('the /data/ page, in every language', () => {
  /** The `<code>` words of a page's section headed by `id`, up to the next section. */
  const codesIn = (html: string, id: string) => {
    const start = html.indexOf(`id="${id}"`);
    expect(start, `a section #${id}`).toBeGreaterThan(0);
    const section = html.slice(start, html.indexOf('</section>', start));
    return [...section.matchAll(/<code[^>]*>([^<]*)<\/code>/g)].map(([, text]) => text);
  };
  const tables = () =>
    (json('datapackage.json').resources as Resource[]).filter((r) => r.format === 'csv');

  for (const page of ['data/index.html', 'en/data/index.html']) {
    it(`/${page.replace('index.html', '')} names every column of every CSV file`, () => {
      const html = read(page);
      for (const table of tables()) {
        const [header = []] = parseCsv(read(table.path));
        const shown = codesIn(html, `file-${table.name}`);
        for (const column of header) {
          const stem = column.replace(/_(ko|en)$/, '_<lang>');
          expect(
            shown.map((text = '') => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>')),
            `${table.path} ${column}`,
          ).toContain(stem);
        }
      }
    });

    it(`/${page.replace('index.html', '')} says what every value of every coded column means`, () => {
      const html = read(page);
      for (const table of tables()) {
        for (const field of table.schema!.fields) {
          const values = field.constraints?.enum ?? [];
          const list = /^\((.*)\)\( /.exec(field.constraints?.pattern ?? '')?.[1]?.split('|') ?? [];
          for (const value of [...values, ...list]) {
            expect(html, `${table.path} ${field.name}: ${value}`).toMatch(
              new RegExp(`<code[^>]*>${value}</code>`),
            );
          }
        }
      }
    });

    it(`/${page.replace('index.html', '')} lists every field of every JSON file`, () => {
      const html = read(page);
      for (const file of ['events', 'outcomes']) {
        const schema = json(`${file}.schema.json`);
        const top = Object.keys(schema.properties);
        const items = Object.entries(schema.properties)
          .filter(([, value]) => (value as { type?: string }).type === 'array')
          .flatMap(([name, value]) =>
            Object.keys((value as { items: { properties: object } }).items.properties).map(
              (key) => `${name}[].${key}`,
            ),
          );
        const shown = codesIn(html, `file-${file}`);
        for (const path of [
          ...top.filter((key) => !items.some((i) => i.startsWith(`${key}[]`))),
          ...items,
        ]) {
          expect(shown, `${file}.json ${path}`).toContain(path);
        }
      }
    });
  }
});
