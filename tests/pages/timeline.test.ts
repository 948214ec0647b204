/**
 * The timeline as its HTML says it: every event in order, grouped by year and month, each
 * saying what it is; the overview's markers and legend. (What needs a rendering engine, the
 * narrow and wide overview, print and the sticky month heading, is in
 * tests/behaviour/timeline.spec.ts.)
 */
import { describe, expect, test } from 'vitest';
import { byId, escape, href, open, text, texts, within } from './dom';
import {
  asOf,
  event,
  events,
  formatDate,
  formatShortDay,
  inLang,
  isDay,
  languages,
  ledger,
  paths,
  pick,
  prefix,
  publishersOf,
  timing,
  type Event,
} from './fixture';
import { followUp, statusWords, unconfirmedPlan } from './records';
import { fill, words } from './words';

/** The events of each month, in order: `2025-09` → its events. */
const months = Map.groupBy(events, (e) => e.date.slice(0, 7));
const years = [...new Set(events.map((e) => Number(e.date.slice(0, 4))))];

describe.each(languages)('the timeline in %s', (lang) => {
  const w = words[lang];
  const home = () => open(prefix(lang));
  /** The overview of every event on a time scale: the embed's page (the home page is compact). */
  const overviewPage = () => open(`${prefix(lang)}embed/overview/`);
  const overview = () =>
    within(overviewPage().screen.getByRole('navigation', { name: w.overview.label }));
  /** An event's marker on the overview: the first link its title (and date) names. */
  const marker = (title: string, rest = '.*') =>
    overview().getAllByRole('link', { name: new RegExp(`^${escape(title)}${rest}`) })[0]!;

  test('lists every event oldest first, each with its date at its own precision', () => {
    const entries = within(home().screen.getByRole('main')).getAllByRole('article');
    expect(entries.map((entry) => entry.id)).toEqual(events.map((e) => e.id));
    for (const [index, e] of events.entries()) {
      // The event's own date (or first and last day) comes first, before any report's.
      const times = entries[index]!.querySelectorAll('time');
      for (const [nth, date] of [e.date, e.endDate].filter(Boolean).entries()) {
        expect(times[nth]?.getAttribute('datetime')).toBe(date);
        expect(text(times[nth])).toBe(formatDate(date!, lang));
      }
    }
  });

  test('draws every event on the overview, named by its title and date, leading to its entry', () => {
    for (const e of events) {
      expect(href(marker(e.title[lang], `.*${escape(formatDate(e.date, lang))}`))).toBe(`#${e.id}`);
      // The anchor it leads to, on the timeline the embed opens around its frame.
      expect(byId(home().document, e.id)).toBeTruthy();
    }
  });

  test('names the record’s as-of date in the overview’s legend', () => {
    const label = fill(w.overview.asOf, { date: formatDate(asOf, lang) });
    expect(texts(overview().getAllByRole('listitem'))).toContain(label);
  });

  test('draws a month-only date as its month, and says so', () => {
    const monthOnly = events.filter((e) => !isDay(e.date) && !e.endDate);
    expect(monthOnly.length).toBeGreaterThan(0);
    for (const e of monthOnly) {
      const name = `${e.title[lang]}, ${fill(w.overview.month, { date: formatDate(e.date, lang) })}`;
      expect(href(overview().getAllByRole('link', { name })[0]!)).toBe(`#${e.id}`);
    }
    expect(texts(overview().getAllByRole('listitem'))).toContain(w.overview.monthLegend);
  });

  test('names a plan past its date as such, and a plan still ahead of the record’s date not', () => {
    const past = w.ledgerStatus['past-its-date'];
    // In a marker's name it follows a comma, so it begins lower-case (the legend's does not).
    const inName = past.charAt(0).toLocaleLowerCase(lang) + past.slice(1);
    const gone = (e: Event) => (e.endDate ?? e.date) < asOf.slice(0, (e.endDate ?? e.date).length);
    const pastPlans = events.filter((e) => unconfirmedPlan(e) && gone(e));
    expect(pastPlans.length).toBeGreaterThan(0);
    for (const e of pastPlans)
      expect(href(marker(e.title[lang], `.*, ${escape(inName)}$`))).toBe(`#${e.id}`);
    // The fixture's pending plan: its ledger entry's month is after the record's date.
    const pending = event('future-plan');
    expect(marker(pending.title[lang])).toBeTruthy();
    expect(
      overview().queryAllByRole('link', {
        name: new RegExp(`^${escape(pending.title[lang])}.*${escape(inName)}`),
      }),
    ).toEqual([]);
    expect(texts(overview().getAllByRole('listitem'))).toContain(past);
  });

  test('groups events under year and month headings', () => {
    const main = within(home().screen.getByRole('main'));
    expect(texts(main.getAllByRole('heading', { level: 2 }))).toEqual(
      years.map((year) => fill(w.timeline.yearHeading, { year })),
    );
    expect(texts(main.getAllByRole('heading', { level: 3 }))).toEqual(
      [...months.keys()].map((month) => formatDate(month, lang)),
    );
    for (const [month, inMonth] of months) {
      const section = main.getByRole('region', { name: formatDate(month, lang) });
      expect(
        within(section)
          .getAllByRole('article')
          .map((entry) => entry.id),
      ).toEqual(inMonth.map((e) => e.id));
    }
  });

  test('puts a month’s events known only to the month after its days, under a line that says so', () => {
    const [month, inMonth] = pick(
      [...months],
      ([, inMonth]) => inMonth.some((e) => isDay(e.date)) && inMonth.some((e) => !isDay(e.date)),
      'a month with events dated to the day and to the month',
    );
    const main = within(home().screen.getByRole('main'));
    const section = main.getByRole('region', { name: formatDate(month, lang) });
    const days = inMonth.filter((e) => isDay(e.date));
    const monthOnly = inMonth.filter((e) => !isDay(e.date));
    const titles = (list: Event[]) => list.map((e) => escape(e.title[lang]));
    expect(text(section)).toMatch(
      new RegExp(
        [
          ...titles(days),
          escape(fill(w.timeline.monthOnly, { month: formatDate(month, lang) })),
          ...titles(monthOnly),
        ].join('[\\s\\S]*'),
      ),
    );
  });

  test('says of each entry where it stands now, then how it stood at the article, and its summary', () => {
    for (const e of events) {
      const shown = byId(home().document, e.id);
      const said = text(shown);
      expect(text(within(shown).getAllByRole('heading')[0])).toContain(e.title[lang]);
      expect(href(within(shown).getByRole('link', { name: e.title[lang] }))).toBe(
        `/${inLang(paths.event(e.id), lang)}`,
      );
      // Each status with its label, the ledger's (now, a link to its entry's page) first.
      const entries = ledger.filter((l) => l.event === e.id);
      const statuses = within(shown).getAllByRole('listitem');
      expect(texts(statuses)).toEqual([
        ...entries.map((l) => fill(w.standing.now, { status: w.ledgerStatus[l.status] })),
        statusWords(lang, e),
      ]);
      for (const [index, l] of entries.entries()) {
        expect(href(within(statuses[index]!).getByRole('link'))).toBe(
          `/${inLang(`outcomes/entries/${l.id}/`, lang)}`,
        );
      }
      expect(said).toContain(e.summary[lang]);
      // The kind, the sources and what each report added are on the event's page.
      expect(said).not.toContain(fill(w.record.sourceOf, { sources: publishersOf(e, lang) }));
      for (const outcome of e.outcomes) expect(said).not.toContain(outcome.text[lang]);
    }
  });

  test('pairs a plan of the article with the day a later report gives, or says there is none', () => {
    const planned = events.filter((e) => e.record === 'article' && e.status === 'planned');
    const reported = pick(planned, (e) => followUp(e) !== undefined, 'plan with a follow-up');
    const notReported = pick(planned, (e) => !followUp(e), 'plan with no follow-up');
    const { pair } = w.event;
    const none = fill(pair.none, { date: formatDate(asOf, lang) });
    const reports = (e: Event) =>
      within(byId(home().document, e.id)).queryAllByRole('link', {
        name: new RegExp(`^${escape(pair.reported)} `),
      });

    const { date, confidence } = followUp(reported)!;
    const shown = text(byId(home().document, reported.id));
    expect(shown).toContain(`${pair.planned} ${formatShortDay(reported.date, lang)}`);
    const [report] = reports(reported);
    expect(text(report)).toBe(`${pair.reported} ${formatShortDay(date, lang)}`);
    expect(report!.querySelector('time')?.getAttribute('datetime')).toBe(date);
    if (confidence !== 'high') expect(shown).toContain(w.event.confidence[confidence]);
    // A report from before the planned day can only repeat the plan: no follow-up.
    expect(text(byId(home().document, notReported.id))).toContain(none);
    expect(reports(notReported)).toHaveLength(0);
    // What happened, or was beyond the article, needs no such pair.
    for (const e of events.filter((e) => !planned.includes(e))) {
      expect(reports(e)).toHaveLength(0);
      expect(text(byId(home().document, e.id))).not.toContain(none);
    }
    // The report's day leads to the reports on the event's page, under their heading.
    const [target, fragment] = href(report!)!.split('#');
    expect(target).toBe(`/${inLang(paths.event(reported.id), lang)}`);
    const landing = byId(open(target!.slice(1)).document, fragment!);
    expect(text(within(landing).getAllByRole('heading', { level: 2 })[0])).toBe(
      w.event.laterReports,
    );
  });

  test('an event’s page shows what reports add under “later reports” and “other reports”, by report date', () => {
    const both = pick(
      events,
      (e) =>
        e.outcomes.some((o) => timing(o.source) === 'after') &&
        e.outcomes.some((o) => timing(o.source) !== 'after'),
      'event with outcomes from a later and an earlier or undated report',
    );
    const main = open(inLang(paths.event(both.id), lang)).screen.getByRole('main');
    // Later reports first, then the others, each outcome under its own heading.
    const later = both.outcomes.filter((o) => timing(o.source) === 'after');
    const other = both.outcomes.filter((o) => timing(o.source) !== 'after');
    expect(text(main)).toMatch(
      new RegExp(
        [w.event.laterReports, ...later.map((o) => o.text[lang]), w.event.otherReports]
          .concat(other.map((o) => o.text[lang]))
          .map(escape)
          .join('[\\s\\S]*'),
      ),
    );
    for (const outcome of both.outcomes) {
      const item = within(main)
        .getAllByRole('listitem')
        .find((li) => text(li).includes(outcome.text[lang]))!;
      const time = item.querySelector('time');
      expect(time?.getAttribute('datetime')).toBe(outcome.date);
      expect(text(time)).toBe(formatDate(outcome.date, lang));
      expect(href(within(item).getByRole('link', { name: outcome.source.publisher[lang] }))).toBe(
        outcome.source.url,
      );
      if (outcome.confidence !== 'high') {
        expect(text(item)).toContain(w.event.confidence[outcome.confidence]);
      }
    }
    // A month-only event shows the day a report gives apart from its own date.
    const month = pick(events, (e) => e.date.length === 7 && e.outcomes.length > 0, 'month');
    const times = [
      ...open(inLang(paths.event(month.id), lang))
        .screen.getByRole('main')
        .querySelectorAll('time'),
    ];
    expect(times[0]?.getAttribute('datetime')).toBe(month.date);
    expect(
      times
        .find((time) => text(time) === formatDate(month.outcomes[0]!.date, lang))
        ?.getAttribute('datetime'),
    ).toBe(month.outcomes[0]!.date);
  });
});
