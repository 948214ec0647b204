/** What a page's list of sources shows, checked against the fixture. */
import { expect } from 'vitest';
import type { Lang } from '../../src/i18n/locales';
import { href, region, startsWith, within } from './dom';
import { inLang, type Source } from './fixture';
import { words } from './words';

/** Each source named by its publisher and leading to its address, and the page of all sources. */
export function expectSourceLinks(document: Document, sources: readonly Source[], lang: Lang) {
  const w = words[lang];
  const cited = within(region(document.body, w.event.sources));
  for (const source of sources) {
    expect(
      cited.getAllByRole('link', { name: startsWith(source.publisher[lang]) }).map(href),
    ).toContain(source.url);
  }
  expect(href(cited.getByRole('link', { name: w.sources.allSources }))).toBe(
    `/${inLang('sources/', lang)}`,
  );
}
