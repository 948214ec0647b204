/**
 * Every kind of page in every language of src/i18n/locales.ts: the switch leads to the
 * same page in another language, and the one 404 page speaks every language. (That every
 * page names its versions with hreflang is checked with the rest of its head, in
 * pages.spec.ts.)
 */
import { expect, test } from '../support/workerPage';
import { localeOf } from '../../src/i18n/locales';
import { inLang, languages, others, pageKinds, prefix } from '../pages/fixture';
import { words } from '../pages/words';

const at = (path: string) => new RegExp(`/${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);

for (const { kind, path } of pageKinds) {
  for (const lang of languages) {
    const here = inLang(path, lang);

    test(`the language switch on the ${lang} ${kind} page leads to the same page in each other language`, async ({
      page,
    }) => {
      for (const other of others(lang)) {
        await page.goto(here);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await page
          .getByRole('banner')
          .getByRole('link', { name: localeOf(other).label, exact: true })
          .click();
        await expect(page).toHaveURL(at(inLang(path, other)));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
      }
    });
  }
}

for (const lang of languages) {
  const w = words[lang];

  test(`a mistyped ${lang} address gets the 404 page in every language, leading home in ${lang}`, async ({
    page,
  }) => {
    // Static hosts serve the one root 404.html for every missing address.
    const response = await page.goto(`${prefix(lang)}events/no-such-event/`);
    expect(response?.status()).toBe(404);
    for (const other of languages) {
      await expect(page.getByRole('heading', { level: 1 }).locator(`[lang="${other}"]`)).toHaveText(
        words[other].notFound.title,
      );
    }
    const part = page.getByRole('main').locator(`[lang="${lang}"]`);
    await part.getByRole('link', { name: w.event.backToTimeline }).click();
    await expect(page).toHaveURL(at(prefix(lang)));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}
