/**
 * The content against the sources it keeps: every quote is the article's words to the
 * letter, and every direct quote of the article is on the site, in the article's order.
 * The repository keeps the sentences it quotes or relies on (`passages` of each entry in
 * `src/content/sources/`), never a whole article, so this runs on a clone with nothing
 * beside it. The build checks each quote against its own sources too (see `content.ts`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const content = resolve(import.meta.dirname, '../../src/content');

function entries(collection: string, extension: string) {
  const folder = join(content, collection);
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const yaml = extension === '.mdx' ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
      return {
        id: name.slice(0, -extension.length),
        file: `${collection}/${name}`,
        data: parse(yaml) as Record<string, unknown>,
      };
    });
}

const sources = entries('sources', '.yaml');
const quotes = entries('quotes', '.mdx').toSorted(
  (a, b) => Number(a.data['order']) - Number(b.data['order']),
);
const passagesOf = (id: string) =>
  (sources.find((source) => source.id === id)?.data['passages'] as string[] | undefined) ?? [];
/** The “…” spans of a text, in order. */
const quotations = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1]);

describe('content against the passages it keeps', () => {
  const primary = sources.filter((source) => source.data['primary'] === true);

  it('has exactly one primary source, with the passages the site quotes', () => {
    expect(primary.map((source) => source.file)).toHaveLength(1);
    expect(passagesOf(primary[0]!.id).length).toBeGreaterThan(0);
  });

  it('finds every quote, in quotation marks and to the letter, in its own sources’ passages', () => {
    const missing = quotes.filter((quote) => {
      const cited = quote.data['sources'] as string[];
      return !cited.some((id) =>
        quotations(passagesOf(id).join('\n')).includes(quote.data['text'] as string),
      );
    });
    expect(missing.map((quote) => quote.file)).toEqual([]);
  });

  it('quotes every direct quote of the article, in the article’s order', () => {
    // The passages are kept in the article's order; the headline's words are its title,
    // a compression of what was said, and are not among them.
    const inArticle = quotations(passagesOf(primary[0]!.id).join('\n'));
    expect(quotes.map((quote) => quote.data['text'])).toEqual(inArticle);
  });

  it('keeps no source that no page cites, and no address twice', () => {
    const cited = new Set(
      ['events', 'partners', 'quotes'].flatMap((collection) =>
        entries(collection, '.mdx').flatMap(({ data }) => data['sources'] as string[]),
      ),
    );
    expect(sources.filter((source) => !cited.has(source.id)).map((source) => source.file)).toEqual(
      [],
    );
    const urls = sources.map((source) => source.data['url']);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
