/** The partners: a list in the article's order, and a page for each. */
import { expect, test } from '../support/workerPage';
import { inLang, languages, partners, paths, prefix } from '../pages/fixture';
import { menuLink, region } from './page';
import { expectSourceLinks } from './source-list';
import { words } from '../pages/words';

for (const lang of languages) {
  const w = words[lang];

  test(`the ${lang} partner list, from the main menu, names every partner in order`, async ({
    page,
  }) => {
    await page.goto(prefix(lang));
    await menuLink(page, w.nav.label, w.nav.partners).click();
    await expect(page).toHaveURL(new RegExp(`/${inLang('partners/', lang)}$`));
    const names = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(names).toHaveText(partners.map((p) => p.name[lang]));
    for (const p of partners) {
      const item = page.getByRole('listitem').filter({ has: page.getByText(p.name[lang]) });
      await expect(item).toContainText(p.summary[lang]);
      if (p.events.length === 0) await expect(item).toContainText(w.partners.noEvents);
    }
  });

  for (const p of partners) {
    const path = inLang(paths.partner(p.id), lang);

    test(`/${path} opens from the list and shows the partner, its events and sources`, async ({
      page,
    }) => {
      await page.goto(inLang('partners/', lang));
      await page
        .getByRole('heading', { level: 2 })
        .getByRole('link', { name: p.name[lang], exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name[lang]);
      await expect(page.getByRole('main')).toContainText(p.summary[lang]);

      const related = region(page, w.partners.events);
      if (p.events.length === 0) {
        await expect(related).toContainText(w.partners.noEvents);
        await expect(related.getByRole('link')).toHaveCount(0);
      } else {
        // Its events in timeline order, each leading to its page.
        await expect(related.getByRole('link')).toHaveText(p.events.map((e) => e.title[lang]));
        await related.getByRole('link').first().click();
        await expect(page).toHaveURL(new RegExp(`/${inLang(paths.event(p.events[0]!.id), lang)}$`));
        await page.goBack();
      }

      await expectSourceLinks(page, p.sources, lang);
    });
  }
}
