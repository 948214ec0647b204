/**
 * Corrections in public: the change log (`/changes/`), its feed, the foot of every page a
 * change touched, and the record's "as of" date where the record speaks of time; and the
 * ledger's status changes in the log and its feed. The log's order is the site's
 * (src/lib/changes.ts, through fixture.ts `log`); the words, every language's of the list.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { parseCalendarDate, startOfDayInSeoul, type DayDate } from '../../src/lib/dates';
import { byId, file, href, landmark, open, queryRegion, region, text, within } from './dom';
import {
  asOf,
  changes,
  escape,
  event,
  events,
  formatDate,
  inLang,
  isDay,
  languages,
  log,
  partner,
  paths,
  prefix,
  siteUrl,
  source,
  statusChanges,
  type Change,
} from './fixture';
import { unconfirmedPlan } from './records';
import { fill, words } from './words';

/** A day's midnight in Korea as an RSS `pubDate`: the site's own rule (src/lib/dates.ts). */
const pubDate = (date: string) =>
  startOfDayInSeoul(parseCalendarDate(date) as DayDate).toUTCString();

test('the fixture has a correction and an addition, on an event, a partner and the home page, and status changes', () => {
  expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['correction', 'addition']));
  expect(changes.some((c) => c.events.length && c.pages.includes('home'))).toBe(true);
  expect(changes.some((c) => c.partners.length)).toBe(true);
  expect(statusChanges.length).toBeGreaterThan(0);
});

describe.each(languages)('the change log in %s', (lang) => {
  const w = words[lang];
  const heading = (c: Change) => `${w.changes.kinds[c.kind]} ${formatDate(c.date, lang)}`;
  const logPage = () => open(inLang('changes/', lang));

  test('lists every change newest first, with the pages it touched', () => {
    const { screen } = logPage();
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(w.changes.title);
    const main = screen.getByRole('main');
    expect(text(main)).toContain(fill(w.record.asOfLine, { date: formatDate(asOf, lang) }));
    const items = within(main)
      .getAllByRole('listitem')
      .filter((item) => text(item).includes(w.changes.touches));
    expect(items).toHaveLength(changes.length);
    for (const [index, c] of changes.entries()) {
      const item = items[index]!;
      expect(text(item)).toContain(`${heading(c)}: ${c.now[lang]}`);
      expect(text(item)).toContain(c.why[lang]);
      for (const id of c.events) {
        expect(href(within(item).getByRole('link', { name: event(id).title[lang] }))).toBe(
          `/${inLang(paths.event(id), lang)}`,
        );
      }
      for (const id of c.partners) {
        expect(href(within(item).getByRole('link', { name: partner(id).name[lang] }))).toBe(
          `/${inLang(paths.partner(id), lang)}`,
        );
      }
    }
  });

  test('lists each status change of the ledger among the changes, leading to its entry', () => {
    const { screen } = logPage();
    const list = within(screen.getByRole('main')).getAllByRole('list')[0]!;
    const items = [...list.children].filter((child) => child.tagName === 'LI') as HTMLElement[];
    expect(items).toHaveLength(log.length);
    for (const [index, { status }] of log.entries()) {
      if (!status) continue;
      const { entry: e, step, number } = status;
      const item = items[index]!;
      expect(item.id).toBe(`status-${e.id}-${number}`);
      expect(text(item)).toContain(
        `${w.ledgerStatus[step.status]} ${formatDate(step.date, lang)}: “${e.said}”`,
      );
      expect(text(item)).toContain(`${w.changes.why}: ${step.why[lang]}`);
      if (e.translation[lang]) expect(text(item)).toContain(e.translation[lang]);
      expect(
        href(within(item).getByRole('link', { name: source(step.source).publisher[lang] })),
      ).toBe(source(step.source).url);
      expect(href(within(item).getByRole('link', { name: event(e.event).title[lang] }))).toBe(
        `/${inLang(`outcomes/entries/${e.id}/`, lang)}`,
      );
      // The entry has its own page, headed by its event.
      expect(
        text(
          open(inLang(`outcomes/entries/${e.id}/`, lang)).screen.getByRole('heading', { level: 1 }),
        ),
      ).toBe(fill(w.ledger.entryTitle, { event: event(e.event).title[lang] }));
    }
  });

  test('every page a change touched shows it at its foot, leading to the log', () => {
    const touched = changes.flatMap((c) => [
      ...c.events.map((id) => ({ c, path: paths.event(id) })),
      ...c.partners.map((id) => ({ c, path: paths.partner(id) })),
      ...c.pages.filter((p) => p === 'home').map(() => ({ c, path: '' })),
    ]);
    for (const { c, path } of touched) {
      const { document } = open(inLang(path, lang));
      const foot = region(document.body, w.changes.onThisPage);
      expect(text(foot)).toContain(`${heading(c)}: ${c.now[lang]}`);
      // Each leads to its entry in the log; the footer, to the whole log.
      expect(href(within(foot).getByRole('link', { name: heading(c) }))).toBe(
        `/${inLang('changes/', lang)}#change-${c.id}`,
      );
      expect(
        href(within(landmark(document, 'contentinfo')).getByRole('link', { name: w.changes.all })),
      ).toBe(`/${inLang('changes/', lang)}`);
    }
    // A page no change touched has no such section.
    expect(
      queryRegion(open(inLang('sources/', lang)).document.body, w.changes.onThisPage),
    ).toBeNull();
  });

  test('the home page, and each plan no report confirms, say as of when the record speaks', () => {
    const { document, screen } = open(prefix(lang));
    expect(text(screen.getByRole('main'))).toContain(
      fill(w.record.asOfLine, { date: formatDate(asOf, lang) }),
    );
    const unconfirmed = events.filter(unconfirmedPlan);
    expect(unconfirmed.length).toBeGreaterThan(0);
    // The compact home page says where each plan stands now, which is read on the record's
    // date; the sentence that no report confirms it as of that date is on the plan's page.
    for (const e of unconfirmed)
      expect(text(byId(document, e.id))).toContain(formatDate(asOf, lang));
    const says = fill(w.record.notConfirmed, { date: formatDate(asOf, lang) });
    for (const e of events) {
      const main = text(open(inLang(paths.event(e.id), lang)).screen.getByRole('main'));
      if (unconfirmedPlan(e)) expect(main, e.id).toContain(says);
      else expect(main, e.id).not.toContain(says);
    }
  });

  test(`/${inLang('changes/rss.xml', lang)} is an RSS feed of every change, newest first`, () => {
    const { rss } = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => name === 'item',
    }).parse(file(inLang('changes/rss.xml', lang)));
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe(w.changes.feedTitle);
    const logUrl = siteUrl(inLang('changes/', lang));
    expect(rss.channel.link).toBe(logUrl);
    expect(rss.channel.item.map((item: { link: string }) => item.link)).toEqual(
      log.map(({ change, status }) =>
        change
          ? `${logUrl}#change-${change.id}`
          : siteUrl(inLang(`outcomes/entries/${status!.entry.id}/`, lang)),
      ),
    );
    for (const [index, { change: c, status }] of log.entries()) {
      const item = rss.channel.item[index];
      if (c) {
        expect(item.title).toMatch(new RegExp(`^${escape(heading(c))}: `));
        expect(item.description).toContain(c.now[lang]);
        expect(item.pubDate).toBe(pubDate(c.date));
        continue;
      }
      // A status change: the status word, the day and the event; what was said, why and on
      // whose word; no moment where the step is known only to the month.
      const { entry: e, step, number } = status!;
      expect(item.title).toBe(
        `${w.ledgerStatus[step.status]} ${formatDate(step.date, lang)}: ${event(e.event).title[lang]}`,
      );
      expect(item.description).toContain(`“${e.said}”`);
      expect(item.description).toContain(`${w.changes.why}: ${step.why[lang]}`);
      expect(item.description).toContain(source(step.source).url);
      expect(item.category).toBe(w.changes.statusChange);
      expect(item.guid['#text']).toBe(`${logUrl}#status-${e.id}-${number}`);
      expect(item.pubDate).toBe(isDay(step.date) ? pubDate(step.date) : undefined);
    }
  });
});
