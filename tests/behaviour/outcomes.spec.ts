/**
 * What became of what was said: the ledger (`/outcomes/`), reached from the main menu, with
 * its totals and their base, every entry in the order things were said, a page per status,
 * each event page's entries with their whole history, and the status on the timeline.
 * Statuses are read as of the fixture's record (fixture.ts `ledger`).
 */
import { expect, test } from '../support/workerPage';
import { LEDGER_STATUSES } from '../../src/lib/vocabulary';
import {
  asOf,
  event,
  formatDate,
  inLang,
  languages,
  ledger,
  paths,
  prefix,
  source,
} from '../pages/fixture';
import { entry, menuLink, region } from './page';
import { fill, words } from '../pages/words';

for (const lang of languages) {
  const w = words[lang];
  const groups = LEDGER_STATUSES.map((status) => ({
    status,
    entries: ledger.filter((e) => e.status === status),
  })).filter((group) => group.entries.length > 0);

  test.describe(`the ledger in ${lang}`, () => {
    test('the main menu leads to it, and it gives its totals with their base and date', async ({
      page,
    }) => {
      await page.goto(prefix(lang));
      await menuLink(page, w.nav.label, w.nav.outcomes).click();
      await expect(page).toHaveURL(new RegExp(`/${inLang('outcomes/', lang)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.ledger.title);
      const totals = region(
        page,
        `${fill(w.ledger.totals, {
          total: ledger.length,
          done: ledger.filter((e) => e.status === 'done').length,
        })} · ${fill(w.ledger.asOf, { date: formatDate(asOf, lang) })}`,
      );
      await expect(totals).toBeVisible();
      // Each status some entry has, with its count, in the scale's order.
      await expect(totals.getByRole('listitem')).toHaveText(
        groups.map(({ status, entries }) => `${w.ledgerStatus[status]}${entries.length}`),
      );
    });

    test('lists every entry in the order things were said, each with its status, words, deadline and basis', async ({
      page,
    }) => {
      await page.goto(inLang('outcomes/', lang));
      const list = region(page, w.ledger.allEntries);
      await expect(list.getByRole('heading', { level: 3 })).toHaveText(
        ledger.map((e) => event(e.event).title[lang]),
      );
      for (const e of ledger) {
        const shown = entry(page, e.id);
        await expect(shown.getByRole('link', { name: event(e.event).title[lang] })).toHaveAttribute(
          'href',
          new RegExp(`/${inLang(paths.event(e.event), lang)}$`),
        );
        // Its status first, before the status of the step it rests on.
        await expect(
          shown.getByText(w.ledgerStatus[e.status], { exact: true }).first(),
        ).toBeVisible();
        await expect(shown.getByRole('blockquote')).toHaveText(`“${e.said}”`);
        const byWhen =
          e.byWhen === 'soon' || e.byWhen === 'none'
            ? w.ledger[e.byWhen]
            : formatDate(e.byWhen, lang);
        await expect(shown.getByRole('definition').nth(2)).toHaveText(byWhen);
        // The step its status rests on: the last one.
        await expect(shown.getByRole('listitem')).toHaveCount(1);
        await expect(shown.getByRole('listitem')).toContainText(e.steps.at(-1)!.why[lang]);
        // Every source it cites, each leading to the report.
        const cited = [...new Set([e.source, ...e.steps.map((step) => step.source)])];
        const sourcesLine = shown.getByText(w.ledger.sources);
        await expect(sourcesLine.getByRole('link')).toHaveText(
          cited.map((id) => source(id).publisher[lang]),
        );
        for (const [index, id] of cited.entries()) {
          await expect(sourcesLine.getByRole('link').nth(index)).toHaveAttribute(
            'href',
            source(id).url,
          );
        }
        if (e.status === 'past-its-date') {
          await expect(shown).toContainText(
            fill(w.ledger.pastNote, { deadline: byWhen, asOf: formatDate(asOf, lang) }),
          );
        }
      }
    });

    test('each status has a page of its own entries, from the totals', async ({ page }) => {
      for (const { status, entries } of groups) {
        await page.goto(inLang('outcomes/', lang));
        await page.getByRole('link', { name: new RegExp(`^${w.ledgerStatus[status]}`) }).click();
        await expect(page).toHaveURL(new RegExp(`/${inLang(`outcomes/${status}/`, lang)}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          fill(w.ledger.statusTitle, { status: w.ledgerStatus[status] }),
        );
        await expect(
          page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }),
        ).toHaveText(entries.map((e) => event(e.event).title[lang]));
      }
    });

    test('an event page shows what was said about it, with its whole history', async ({ page }) => {
      for (const e of ledger) {
        await page.goto(inLang(paths.event(e.event), lang));
        const section = region(page, w.ledger.onEvent);
        await expect(section.getByRole('blockquote')).toHaveText(`“${e.said}”`);
        const steps = section.getByRole('listitem');
        await expect(steps).toHaveCount(e.steps.length);
        for (const [index, step] of e.steps.entries()) {
          await expect(steps.nth(index)).toContainText(step.why[lang]);
          await expect(steps.nth(index)).toContainText(w.ledgerStatus[step.status]);
        }
        await expect(
          section.getByText(w.ledgerStatus[e.status], { exact: true }).first(),
        ).toBeVisible();
      }
    });

    test('a timeline entry shows the current status of what was said about it', async ({
      page,
    }) => {
      await page.goto(prefix(lang));
      for (const e of ledger) {
        await expect(
          entry(page, e.event).getByText(w.ledgerStatus[e.status], { exact: true }),
        ).toBeVisible();
      }
    });
  });
}
