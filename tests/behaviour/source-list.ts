/** What a page's list of sources shows, checked against the fixture. */
import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../src/i18n/locales';
import { inLang, type Source } from '../pages/fixture';
import { region } from './page';
import { words } from '../pages/words';

/** Each source named by its publisher and leading to its address, and the page of all sources. */
export async function expectSourceLinks(page: Page, sources: readonly Source[], lang: Lang) {
  const w = words[lang];
  const cited = region(page, w.event.sources);
  for (const source of sources) {
    await expect(
      cited.getByRole('link', { name: new RegExp(`^${source.publisher[lang]}`) }),
    ).toHaveAttribute('href', source.url);
  }
  await expect(cited.getByRole('link', { name: w.sources.allSources })).toHaveAttribute(
    'href',
    `/${inLang('sources/', lang)}`,
  );
}
