/**
 * JSON-LD for search engines (schema.org), built from plain values so it can be tested
 * without Astro. Each kind of page builds its own (`eventJsonLd.ts`, `quoteJsonLd.ts`,
 * `homeJsonLd.ts`) with what is here. Dates keep their precision: a month-only date is
 * `2025-11`, never a made-up day.
 */
export type JsonLd = Record<string, unknown>;

export const CONTEXT = 'https://schema.org';

export interface SourceRef {
  url: string;
  publisher: string;
}

/** The sources a page cites, as schema.org `citation`. */
export const citation = (sources: readonly SourceRef[]) =>
  sources.map(({ url, publisher }) => ({
    '@type': 'CreativeWork',
    url,
    publisher: { '@type': 'Organization', name: publisher },
  }));

/** JSON-LD as the text of a `<script>`: `<` escaped, so no string can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
