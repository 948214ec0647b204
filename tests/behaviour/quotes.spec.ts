/** The quotes: a list in the order they were said, and a page for each. */
import { expect, test } from '../support/workerPage';
import { defaultLang } from '../../src/i18n/locales';
import { inLang, languages, paths, prefix, quotes } from '../pages/fixture';
import { menuLink, region } from './page';
import { expectQuoteJsonLd } from './structured-data';
import { fill, words } from '../pages/words';

for (const lang of languages) {
  const w = words[lang];

  test(`the ${lang} quote list, from the main menu, shows every quote in order`, async ({
    page,
  }) => {
    await page.goto(prefix(lang));
    await menuLink(page, w.nav.label, w.nav.quotes).click();
    await expect(page).toHaveURL(new RegExp(`/${inLang('quotes/', lang)}$`));
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(quotes.length);
    for (const [index, q] of quotes.entries()) {
      const item = items.nth(index);
      await expect(item).toContainText(`“${q.text}”`);
      await expect(item).toContainText(`${q.speaker[lang]}, ${q.role[lang]}`);
      await expect(item.getByRole('link', { name: q.topic[lang] })).toHaveAttribute(
        'href',
        `/${inLang(paths.quote(q.id), lang)}`,
      );
    }
  });

  for (const q of quotes) {
    const path = inLang(paths.quote(q.id), lang);
    const [source] = q.sources;

    test(`/${path} opens from the list and shows the words, who said them, where and of what`, async ({
      page,
    }) => {
      await page.goto(inLang('quotes/', lang));
      await page.getByRole('link', { name: q.topic[lang], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.topic[lang]);
      const main = page.getByRole('main');
      // The original words, verbatim, citing their source.
      const original = main.getByRole('blockquote').first();
      await expect(original).toHaveText(`“${q.text}”`);
      await expect(original).toHaveAttribute('cite', source!.url);
      const translation = q.translation[lang];
      if (lang === defaultLang) {
        await expect(main.getByRole('blockquote')).toHaveCount(1);
      } else {
        // The original marked as Korean, then a translation, each labelled.
        await expect(original).toHaveAttribute('lang', defaultLang);
        await expect(main.getByText(w.quotes.original, { exact: true })).toBeVisible();
        await expect(main.getByText(w.quotes.translation, { exact: true })).toBeVisible();
        await expect(main.getByRole('blockquote').last()).toHaveText(`“${translation}”`);
        // The translation is said to be the site's, never given as the speaker's words.
        await expect(
          main.getByText(fill(w.sourceNotes.siteTranslation, { speaker: q.speaker[lang] })),
        ).toBeVisible();
        // His own words in the page's language, where a source prints them, as his.
        const spoken = q.spoken[lang];
        const label = main.getByText(
          fill(w.sourceNotes.spoken, { publisher: spoken?.source.publisher[lang] ?? '' }),
        );
        if (spoken) {
          await expect(label).toBeVisible();
          await expect(main.getByRole('blockquote').nth(1)).toHaveText(`“${spoken.text}”`);
          await expect(main.getByRole('blockquote').nth(1)).toHaveAttribute(
            'cite',
            spoken.source.url,
          );
        } else {
          await expect(main.getByRole('blockquote')).toHaveCount(2);
        }
      }
      await expect(main).toContainText(`${q.speaker[lang]}, ${q.role[lang]}`);
      await expect(
        region(page, w.quotes.saidAt).getByRole('link', { name: q.event.title[lang] }),
      ).toHaveAttribute('href', `/${inLang(paths.event(q.event.id), lang)}`);
      const about = region(page, w.quotes.about);
      if (q.about.length === 0) await expect(about).toHaveCount(0);
      else await expect(about.getByRole('link')).toHaveText(q.about.map((e) => e.title[lang]));
      await expect(
        region(page, w.event.sources).getByRole('link', { name: w.sources.allSources }),
      ).toHaveAttribute('href', `/${inLang('sources/', lang)}`);

      await test.step('gives search engines the quotation verbatim', () =>
        expectQuoteJsonLd(page, q, lang));
    });
  }

  test(`a ${lang} quote leads to the event it speaks of, whose page shows it in turn`, async ({
    page,
  }) => {
    const q = quotes.find((quote) => quote.about.length > 0)!;
    const [about] = q.about;
    await page.goto(inLang(paths.quote(q.id), lang));
    await region(page, w.quotes.about).getByRole('link', { name: about!.title[lang] }).click();
    await expect(page).toHaveURL(new RegExp(`/${inLang(paths.event(about!.id), lang)}$`));
    await expect(region(page, w.event.quotes)).toContainText(`“${q.text}”`);
  });
}
