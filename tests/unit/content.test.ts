/**
 * The content against what it is written from: quotes must be the article's words to the
 * letter, and every cited address must be the article or a report the fact sheet lists.
 * The article and fact sheet live in the project's `shared/` folder beside the repository
 * (`../shared`, or wherever SHARED_DIR points).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, process.env.SHARED_DIR ?? '../shared');
const ARTICLE = join(shared, 'sources/byline-2025-09-10-openai-korea-launch.txt');
const FACT_SHEET = join(shared, 'FACTS.md');

function frontmatter(collection: string): { file: string; data: Record<string, unknown> }[] {
  const folder = join(root, 'src/content', collection);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { file: `${collection}/${name}`, data: parse(yaml) as Record<string, unknown> };
    });
}

describe('content against its sources', () => {
  it('finds the article and the fact sheet', () => {
    expect(existsSync(ARTICLE), `${ARTICLE} is missing: set SHARED_DIR`).toBe(true);
    expect(existsSync(FACT_SHEET), `${FACT_SHEET} is missing: set SHARED_DIR`).toBe(true);
  });

  it('quotes every direct quote of the article, verbatim and in the article’s order', () => {
    const article = readFileSync(ARTICLE, 'utf8');
    const body = article.slice(article.indexOf('-----'));
    // The article's own quotations: “…” spans of the body, the headline's excepted.
    const inArticle = [...body.matchAll(/“([^”]+)”/g)]
      .map((match) => match[1])
      .filter((text) => text !== '한국은 AI 풀스택 생태계 갖춘 곳');
    const quotes = frontmatter('quotes').toSorted(
      (a, b) => Number(a.data['order']) - Number(b.data['order']),
    );
    expect(quotes.map((quote) => quote.data['text'])).toEqual(inArticle);
  });

  it('cites only the article and the reports the fact sheet lists', () => {
    const facts = readFileSync(FACT_SHEET, 'utf8');
    const cited = ['events', 'partners', 'quotes'].flatMap((collection) =>
      frontmatter(collection).flatMap(({ file, data }) =>
        (data['sources'] as { url: string }[]).map((source) => ({ file, url: source.url })),
      ),
    );
    expect(cited.length).toBeGreaterThan(0);
    // Every address the fact sheet gives, whole: a cited URL must be one of them exactly.
    const known = new Set(
      (facts.match(/https?:\/\/[^\s|)]+/g) ?? []).map((url) => url.replace(/[.,;:]+$/, '')),
    );
    expect(known.size).toBeGreaterThan(5);
    const unknown = cited.filter(({ url }) => !known.has(url));
    expect(unknown).toEqual([]);
  });
});
