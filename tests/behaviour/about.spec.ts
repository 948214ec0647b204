/**
 * The About page, in every language: its sections, the status scale in the vocabulary's
 * words and meanings, the confidence levels, the record's date, the corrections log, what
 * it says while no contact address is set (the fixture sets none), the data files, and the
 * code another site copies to embed each view.
 */
import { expect, test } from '../support/workerPage';
import { LEDGER_STATUSES } from '../../src/lib/vocabulary';
import { asOf, exactly, formatDate, languages, prefix } from './fixture';
import { region } from './page';
import { fill, words } from './words';

for (const lang of languages) {
  const w = words[lang];
  const a = w.about;

  test(`/${prefix(lang)}about/ says what the record covers, how it is kept, and how to reach it (${lang})`, async ({
    page,
  }) => {
    await page.goto(`${prefix(lang)}about/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
    for (const section of [
      a.coversTitle,
      a.leavesOutTitle,
      a.sourcesTitle,
      a.statusTitle,
      a.asOfTitle,
      a.correctionsTitle,
      a.dataTitle,
      a.embedTitle,
    ]) {
      await expect(region(page, section)).toBeVisible();
    }

    // The status scale: every status of the vocabulary, in its order, with its meaning.
    const scale = region(page, a.statusTitle).getByRole('definition');
    await expect(region(page, a.statusTitle).getByRole('term')).toHaveText(
      LEDGER_STATUSES.map((status) => w.ledgerStatus[status]),
    );
    await expect(scale).toHaveText(LEDGER_STATUSES.map((status) => w.ledgerMeaning[status]));
    // Past its date is read against the record's date, and no report is not "did not happen".
    await expect(region(page, a.statusTitle)).toContainText(
      fill(a.statusDerived, {
        status: w.ledgerStatus['past-its-date'],
        date: formatDate(asOf, lang),
      }),
    );
    await expect(region(page, a.statusTitle)).toContainText(
      fill(a.statusNoReport, { status: w.ledgerStatus['past-its-date'] }),
    );
    await expect(
      region(page, a.statusTitle).getByRole('link', { name: a.ledgerLink }),
    ).toHaveAttribute('href', `/${prefix(lang)}outcomes/`);

    // Confidence, in the words the sources page rates sources with.
    await expect(region(page, a.sourcesTitle).getByRole('term')).toHaveText(
      (['high', 'medium', 'low'] as const).map((level) => w.sources.confidenceLevels[level]),
    );
    await expect(
      region(page, a.sourcesTitle).getByRole('link', { name: w.sources.allSources }),
    ).toHaveAttribute('href', `/${prefix(lang)}sources/`);

    // The record's date, as a date.
    const date = region(page, a.asOfTitle).locator(`time[datetime="${asOf}"]`);
    await expect(date).toHaveText(formatDate(asOf, lang));

    // Corrections: the log and its feed; no address set, so the page says so and sends
    // readers to the log, offering no address.
    const corrections = region(page, a.correctionsTitle);
    await expect(corrections.getByRole('link', { name: w.changes.all })).toHaveAttribute(
      'href',
      `/${prefix(lang)}changes/`,
    );
    await expect(corrections).toContainText(fill(a.contactUnset, { changes: w.changes.title }));
    await expect(corrections.getByRole('link', { name: exactly(w.changes.title) })).toHaveAttribute(
      'href',
      `/${prefix(lang)}changes/`,
    );
    await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);

    // The data files, both languages in each.
    const data = region(page, a.dataTitle);
    for (const [name, href] of [
      [a.data.eventsJson, '/events.json'],
      [a.data.eventsCsv, '/events.csv'],
      [a.data.ledgerJson, '/outcomes.json'],
      [a.data.ledgerCsv, '/outcomes.csv'],
      [a.data.ledgerStepsCsv, '/outcome-steps.csv'],
      [a.data.dataPackage, '/datapackage.json'],
      [w.openData.dataPage, `/${prefix(lang)}data/`],
    ] as const) {
      await expect(data.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }

    // Each embed, and the page with their code, previews, sizes and schemes.
    const embeds = region(page, a.embedTitle);
    for (const [name, path] of [
      [a.embedLedger, 'embed/outcomes/'],
      [a.embedOverview, 'embed/overview/'],
    ] as const) {
      await expect(embeds.getByRole('link', { name, exact: true })).toHaveAttribute(
        'href',
        `/${prefix(lang)}${path}`,
      );
    }
    await expect(embeds.getByRole('link', { name: w.embeds.title })).toHaveAttribute(
      'href',
      `/${prefix(lang)}embeds/`,
    );
  });
}
