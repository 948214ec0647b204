/**
 * What became of what was said: the ledger (`/outcomes/`), linked from the main menu, with
 * its totals and their base, every entry in the order things were said, a page per status
 * and per occasion (said at the launch, before it, later), a page per entry, each event
 * page's entries with their whole history, and the status on the timeline.
 * Statuses are read as of the fixture's record (fixture.ts `ledger`, by the site's rule).
 */
import { describe, expect, test } from 'vitest';
import { decisiveStep } from '../../src/lib/ledger';
import { LEDGER_STATUSES } from '../../src/lib/vocabulary';
import { byId, href, open, region, startsWith, text, texts, within } from './dom';
import {
  asOf,
  escape,
  event,
  formatDate,
  inLang,
  languages,
  ledger,
  occasionOf,
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
  const occasions = (['launch', 'earlier', 'later'] as const)
    .map((occasion) => ({ occasion, entries: ledger.filter((e) => occasionOf(e) === occasion) }))
    .filter((group) => group.entries.length > 0);
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
    const totals = within(region(document.body, totalsName));
    expect(
      texts(within(totals.getByRole('list', { name: w.ledger.byStatus })).getAllByRole('listitem')),
    ).toEqual(groups.map(({ status, entries }) => `${w.ledgerStatus[status]}${entries.length}`));
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

  test('what was said at the launch, and what was said later, each have a page, from the totals', () => {
    expect(occasions.map((group) => group.occasion)).toEqual(
      expect.arrayContaining(['launch', 'later']),
    );
    const bySaid = within(
      within(region(ledgerPage().document.body, totalsName)).getByRole('list', {
        name: w.ledger.bySaid,
      }),
    );
    for (const { occasion, entries } of occasions) {
      const name = w.ledger.occasions[occasion];
      const path = inLang(`outcomes/said/${occasion}/`, lang);
      expect(
        href(
          bySaid.getByRole('link', { name: new RegExp(`^${escape(name)}\\s*${entries.length}$`) }),
        ),
      ).toBe(`/${path}`);
      const { screen } = open(path);
      expect(text(screen.getByRole('heading', { level: 1 }))).toBe(
        fill(w.ledger.occasionTitle, { occasion: name }),
      );
      expect(
        within(screen.getByRole('main'))
          .getAllByRole('listitem')
          .flatMap((item) => texts(within(item).queryAllByRole('heading', { level: 2 }))),
      ).toEqual(entries.map((e) => event(e.event).title[lang]));
    }
  });

  test('every entry has a page: what was said, by whom, when, by when, what sets its status, then its history', () => {
    const { document } = ledgerPage();
    for (const e of ledger) {
      const path = inLang(`outcomes/entries/${e.id}/`, lang);
      expect(
        href(within(byId(document, e.id)).getByRole('link', { name: w.ledger.entryLink })),
      ).toBe(`/${path}`);
      const { screen } = open(path);
      const title = event(e.event).title[lang];
      expect(text(screen.getByRole('heading', { level: 1 }))).toBe(
        fill(w.ledger.entryTitle, { event: title }),
      );
      const main = within(screen.getByRole('main'));
      expect(href(main.getByRole('link', { name: title }))).toBe(
        `/${inLang(paths.event(e.event), lang)}`,
      );
      expect(text(main.getByRole('blockquote'))).toBe(`“${e.said}”`);
      expect(texts(main.getAllByRole('term'))).toEqual([
        w.ledger.saidBy,
        w.ledger.saidOn,
        w.ledger.byWhen,
      ]);
      // The step its status rests on, then every step, oldest first.
      expect(text(screen.getByRole('main'))).toMatch(
        new RegExp(
          [
            w.ledger.basis,
            decisiveStep(e.steps).why[lang],
            w.ledger.history,
            ...e.steps.map((s) => s.why[lang]),
          ]
            .map(escape)
            .join('[\\s\\S]*'),
        ),
      );
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
      // Labelled as where it stands now, leading to the entry's page.
      expect(
        href(
          within(byId(document, e.event)).getByRole('link', {
            name: fill(w.standing.now, { status: w.ledgerStatus[e.status] }),
          }),
        ),
      ).toBe(`/${inLang(`outcomes/entries/${e.id}/`, lang)}`);
    }
  });
});
