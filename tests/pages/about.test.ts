/**
 * The About page, in every language: its sections, the status scale in the vocabulary's
 * words and meanings, the confidence levels, the record's date, the corrections log, what
 * it says while no contact address is set (the fixture sets none), the data files, and the
 * code another site copies to embed each view.
 */
import { describe, expect, test } from 'vitest';
import { LEDGER_STATUSES } from '../../src/lib/vocabulary';
import { href, open, region, text, texts, within } from './dom';
import { asOf, exactly, formatDate, languages, prefix } from './fixture';
import { fill, words } from './words';

describe.each(languages)('the About page in %s', (lang) => {
  const w = words[lang];
  const a = w.about;

  test(`/${prefix(lang)}about/ says what the record covers, how it is kept, and how to reach it`, () => {
    const { document, screen } = open(`${prefix(lang)}about/`);
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(a.title);
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
      expect(region(document.body, section)).toBeTruthy();
    }

    // The status scale: every status of the vocabulary, in its order, with its meaning.
    const status = region(document.body, a.statusTitle);
    expect(texts(within(status).getAllByRole('term'))).toEqual(
      LEDGER_STATUSES.map((s) => w.ledgerStatus[s]),
    );
    expect(texts(within(status).getAllByRole('definition'))).toEqual(
      LEDGER_STATUSES.map((s) => w.ledgerMeaning[s]),
    );
    // Past its date is read against the record's date, and no report is not "did not happen".
    expect(text(status)).toContain(
      fill(a.statusDerived, {
        status: w.ledgerStatus['past-its-date'],
        date: formatDate(asOf, lang),
      }),
    );
    expect(text(status)).toContain(
      fill(a.statusNoReport, { status: w.ledgerStatus['past-its-date'] }),
    );
    expect(href(within(status).getByRole('link', { name: a.ledgerLink }))).toBe(
      `/${prefix(lang)}outcomes/`,
    );

    // Confidence, in the words the sources page rates sources with.
    const sources = region(document.body, a.sourcesTitle);
    expect(texts(within(sources).getAllByRole('term'))).toEqual(
      (['high', 'medium', 'low'] as const).map((level) => w.sources.confidenceLevels[level]),
    );
    expect(href(within(sources).getByRole('link', { name: w.sources.allSources }))).toBe(
      `/${prefix(lang)}sources/`,
    );

    // The record's date, as a date.
    const date = region(document.body, a.asOfTitle).querySelector(`time[datetime="${asOf}"]`);
    expect(text(date)).toBe(formatDate(asOf, lang));

    // Corrections: the log and its feed; no address set, so the page says so and sends
    // readers to the log, offering no address.
    const corrections = region(document.body, a.correctionsTitle);
    expect(href(within(corrections).getByRole('link', { name: w.changes.all }))).toBe(
      `/${prefix(lang)}changes/`,
    );
    expect(text(corrections)).toContain(fill(a.contactUnset, { changes: w.changes.title }));
    expect(href(within(corrections).getByRole('link', { name: exactly(w.changes.title) }))).toBe(
      `/${prefix(lang)}changes/`,
    );
    expect(document.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);

    // The data files, both languages in each.
    const data = region(document.body, a.dataTitle);
    for (const [name, path] of [
      [a.data.eventsJson, '/events.json'],
      [a.data.eventsCsv, '/events.csv'],
      [a.data.ledgerJson, '/outcomes.json'],
      [a.data.ledgerCsv, '/outcomes.csv'],
      [a.data.ledgerStepsCsv, '/outcome-steps.csv'],
      [a.data.dataPackage, '/datapackage.json'],
      [w.openData.dataPage, `/${prefix(lang)}data/`],
    ] as const) {
      expect(href(within(data).getByRole('link', { name }))).toBe(path);
    }

    // Each embed, and the page with their code, previews, sizes and schemes.
    const embeds = region(document.body, a.embedTitle);
    for (const [name, path] of [
      [a.embedLedger, 'embed/outcomes/'],
      [a.embedOverview, 'embed/overview/'],
    ] as const) {
      expect(href(within(embeds).getByRole('link', { name: exactly(name) }))).toBe(
        `/${prefix(lang)}${path}`,
      );
    }
    expect(href(within(embeds).getByRole('link', { name: w.embeds.title }))).toBe(
      `/${prefix(lang)}embeds/`,
    );
  });
});
