/** The sources page: every source, grouped by when it was published, with who cites it. */
import { expect, test } from '../support/workerPage';
import {
  event,
  events,
  inLang,
  languages,
  ledger,
  partners,
  paths,
  quotes,
  sources,
  timing,
  type Source,
  type Words,
} from '../pages/fixture';
import { region } from './page';
import { fill, words } from '../pages/words';

/** The pages that cite a source, as (path below the root, the link's words) per language. */
function citing(source: Source) {
  const cites = (list: { sources: Source[] }) => list.sources.includes(source);
  return [
    ...events.filter(cites).map((e) => ({ path: paths.event(e.id), name: e.title })),
    ...partners.filter(cites).map((p) => ({ path: paths.partner(p.id), name: p.name })),
    ...quotes.filter(cites).map((q) => ({ path: paths.quote(q.id), name: q.topic })),
    // A ledger entry, by its place on the ledger page, named by the event it is about.
    ...ledger
      .filter((e) => [e.source, ...e.steps.map((step) => step.source)].includes(source.id))
      .map((e) => ({
        path: `outcomes/#${e.id}`,
        name: Object.fromEntries(
          languages.map((lang) => [
            lang,
            fill(words[lang].ledger.citation, { event: event(e.event).title[lang] }),
          ]),
        ) as Words<string>,
      })),
  ];
}

const GROUPS = ['primary', 'before', 'after', 'undated'] as const;

for (const lang of languages) {
  const w = words[lang];

  test(`/${inLang('sources/', lang)} groups every source and links the pages that cite it`, async ({
    page,
  }) => {
    await page.goto(inLang('sources/', lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.sources.title);
    // The fixture has a source of every kind: so every group, in this order.
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
      GROUPS.map((group) => w.sources.groups[group]),
    );
    for (const source of sources) {
      const group = region(page, w.sources.groups[timing(source)]);
      await expect(
        group.getByRole('link', { name: new RegExp(`^${source.publisher[lang]}`) }),
      ).toHaveAttribute('href', source.url);
      // Each source's entry, by its id, lists the pages that cite it.
      const item = page.locator(`[id="${source.id}"]`);
      await expect(item).toContainText(w.sources.citedBy);
      for (const { path, name } of citing(source)) {
        await expect(item.getByRole('link', { name: name[lang], exact: true })).toHaveAttribute(
          'href',
          `/${inLang(path, lang)}`,
        );
      }
    }
  });

  test(`a ${lang} page that cites a source is one click from the sources page`, async ({
    page,
  }) => {
    const source = sources.find((s) => timing(s) === 'undated')!;
    const [first] = citing(source);
    await page.goto(inLang('sources/', lang));
    await page
      .locator(`[id="${source.id}"]`)
      .getByRole('link', { name: first!.name[lang], exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${inLang(first!.path, lang)}$`));
    await region(page, w.event.sources).getByRole('link', { name: w.sources.allSources }).click();
    await expect(page).toHaveURL(new RegExp(`/${inLang('sources/', lang)}$`));
  });
}
