/**
 * What became of what was said: the ledger (`/outcomes/`), linked from the main menu, with
 * its totals and their base, every entry in the order things were said, a page per status,
 * each event page's entries with their whole history, and the status on the timeline.
 * Statuses are read as of the fixture's record (fixture.ts `ledger`, by the site's rule).
 */
import { describe, expect, test } from 'vitest';
import { decisiveStep } from '../../src/lib/ledger';
import { LEDGER_STATUSES } from '../../src/lib/vocabulary';
import { byId, href, open, region, startsWith, text, texts, within } from './dom';
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
} from './fixture';
import { fill, words } from './words';

describe.each(languages)('the ledger in %s', (lang) => {
  const w = words[lang];
  const groups = LEDGER_STATUSES.map((status) => ({
    status,
    entries: ledger.filter((e) => e.status === status),
  })).filter((group) => group.entries.length > 0);
  const ledgerPage = () => open(inLang('outcomes/', lang));
  const totalsName = `${fill(w.ledger.totals, {
    total: ledger.length,
    done: ledger.filter((e) => e.status === 'done').length,
  })} · ${fill(w.ledger.asOf, { date: formatDate(asOf, lang) })}`;

  test('the main menu leads to it, and it gives its totals with their base and date', () => {
    const menu = within(open(prefix(lang)).screen.getByRole('navigation', { name: w.nav.label }));
    expect(href(menu.getByRole('link', { name: w.nav.outcomes }))).toBe(
      `/${inLang('outcomes/', lang)}`,
    );
    const { document, screen } = ledgerPage();
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(w.ledger.title);
    // Each status some entry has, with its count, in the scale's order.
    expect(texts(within(region(document.body, totalsName)).getAllByRole('listitem'))).toEqual(
      groups.map(({ status, entries }) => `${w.ledgerStatus[status]}${entries.length}`),
    );
  });

  test('lists every entry in the order things were said, each with its status, words, deadline and basis', () => {
    const { document } = ledgerPage();
    const list = region(document.body, w.ledger.allEntries);
    expect(texts(within(list).getAllByRole('heading', { level: 3 }))).toEqual(
      ledger.map((e) => event(e.event).title[lang]),
    );
    for (const e of ledger) {
      const shown = byId(document, e.id);
      const on = within(shown);
      expect(href(on.getByRole('link', { name: event(e.event).title[lang] }))).toBe(
        `/${inLang(paths.event(e.event), lang)}`,
      );
      // Its status, in words.
      expect(on.getAllByText(w.ledgerStatus[e.status]).length).toBeGreaterThan(0);
      expect(text(on.getByRole('blockquote'))).toBe(`“${e.said}”`);
      const byWhen =
        e.byWhen === 'soon' || e.byWhen === 'none'
          ? w.ledger[e.byWhen]
          : formatDate(e.byWhen, lang);
      expect(text(on.getAllByRole('definition')[2])).toBe(byWhen);
      // The step its status rests on (`decisiveStep`).
      const steps = on.getAllByRole('listitem');
      expect(steps).toHaveLength(1);
      expect(text(steps[0])).toContain(decisiveStep(e.steps).why[lang]);
      // Every source it cites, each leading to the report.
      const cited = [...new Set([e.source, ...e.steps.map((step) => step.source)])];
      const sourcesLine = on.getByText(startsWith(w.ledger.sources));
      const links = within(sourcesLine).getAllByRole('link');
      expect(texts(links)).toEqual(cited.map((id) => source(id).publisher[lang]));
      expect(links.map(href)).toEqual(cited.map((id) => source(id).url));
      if (e.status === 'past-its-date') {
        expect(text(shown)).toContain(
          fill(w.ledger.pastNote, { deadline: byWhen, asOf: formatDate(asOf, lang) }),
        );
      }
    }
  });

  test('each status has a page of its own entries, from the totals', () => {
    const totals = within(region(ledgerPage().document.body, totalsName));
    for (const { status, entries } of groups) {
      const path = inLang(`outcomes/${status}/`, lang);
      expect(href(totals.getByRole('link', { name: startsWith(w.ledgerStatus[status]) }))).toBe(
        `/${path}`,
      );
      const { screen } = open(path);
      expect(text(screen.getByRole('heading', { level: 1 }))).toBe(
        fill(w.ledger.statusTitle, { status: w.ledgerStatus[status] }),
      );
      expect(
        within(screen.getByRole('main'))
          .getAllByRole('listitem')
          .flatMap((item) => texts(within(item).queryAllByRole('heading', { level: 2 }))),
      ).toEqual(entries.map((e) => event(e.event).title[lang]));
    }
  });

  test('an event page shows what was said about it, with its whole history', () => {
    for (const e of ledger) {
      const section = within(
        region(open(inLang(paths.event(e.event), lang)).document.body, w.ledger.onEvent),
      );
      expect(text(section.getByRole('blockquote'))).toBe(`“${e.said}”`);
      const steps = section.getAllByRole('listitem');
      expect(steps).toHaveLength(e.steps.length);
      for (const [index, step] of e.steps.entries()) {
        expect(text(steps[index])).toContain(step.why[lang]);
        expect(text(steps[index])).toContain(w.ledgerStatus[step.status]);
      }
      expect(section.getAllByText(w.ledgerStatus[e.status]).length).toBeGreaterThan(0);
    }
  });

  test('a timeline entry shows the current status of what was said about it', () => {
    const { document } = open(prefix(lang));
    for (const e of ledger) {
      expect(
        within(byId(document, e.event)).getAllByText(w.ledgerStatus[e.status]).length,
      ).toBeGreaterThan(0);
    }
  });
});
