/**
 * Corrections in public: the change log (`/changes/`), its feed, the foot of every page a
 * change touched, and the record's "as of" date where the record speaks of time; and the
 * ledger's status changes in the log and its feed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/workerPage';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { FIXTURE } from '../support/project.mjs';
import {
  asOf,
  event,
  events,
  unconfirmedPlan,
  formatDate,
  inLang,
  isDay,
  languages,
  ledger,
  partner,
  paths,
  prefix,
  siteUrl,
  source,
  type Words,
} from '../pages/fixture';
import { entry, region } from './page';
import { fill, words } from '../pages/words';

/** The fixture's changes, newest first (by date, then `order`), with their words per language. */
const changes = readdirSync(join(FIXTURE, 'changes'))
  .map((file) => {
    const own = parse(readFileSync(join(FIXTURE, 'changes', file), 'utf8'));
    const en = parse(readFileSync(join(FIXTURE, 'en/changes', file), 'utf8'));
    const said = (key: 'now' | 'why') => ({ ko: own[key], en: en[key] }) as Words<string>;
    return {
      id: file.replace(/\.yaml$/, ''),
      date: own.date as string,
      order: (own.order ?? 0) as number,
      kind: own.kind as 'correction' | 'addition',
      events: (own.events ?? []) as string[],
      partners: (own.partners ?? []) as string[],
      pages: (own.pages ?? []) as string[],
      now: said('now'),
      why: said('why'),
    };
  })
  .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order);

/**
 * The ledger's status changes: each step whose status differs from the step before it,
 * dated by the step; in the log, newest first by the step's first day (no earlier than the
 * step before it), after the changes of the same day.
 */
const statusChanges = ledger.flatMap((e) => {
  let since = '';
  return e.steps
    .map((step, index) => {
      const first = isDay(step.date) ? step.date : `${step.date}-01`;
      since = since > first ? since : first;
      return { entry: e, step, number: index + 1, since };
    })
    .filter(({ step }, index) => index > 0 && step.status !== e.steps[index - 1]!.status)
    .toReversed();
});
/** The log as the page and the feed list it: changes and status changes, newest first. */
const log = [
  ...changes.map((c) => ({ since: c.date, change: c, status: undefined })),
  ...statusChanges.map((s) => ({ since: s.since, change: undefined, status: s })),
].sort((a, b) => b.since.localeCompare(a.since));

test('the fixture has a correction and an addition, on an event, a partner and the home page', () => {
  expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['correction', 'addition']));
  expect(changes.some((c) => c.events.length && c.pages.includes('home'))).toBe(true);
  expect(changes.some((c) => c.partners.length)).toBe(true);
});

for (const lang of languages) {
  const w = words[lang];
  const heading = (c: (typeof changes)[number]) =>
    `${w.changes.kinds[c.kind]} ${formatDate(c.date, lang)}`;

  test(`/${inLang('changes/', lang)} lists every change newest first, with the pages it touched`, async ({
    page,
  }) => {
    await page.goto(inLang('changes/', lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.changes.title);
    // A feed reader pointed at the log subscribes to the log's own feed, not the site's.
    await expect(
      page.locator('head link[rel="alternate"][type="application/rss+xml"]'),
    ).toHaveAttribute('href', `/${inLang('changes/rss.xml', lang)}`);
    await expect(page.getByRole('main')).toContainText(
      fill(w.record.asOfLine, { date: formatDate(asOf, lang) }),
    );
    const items = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: w.changes.touches });
    await expect(items).toHaveCount(changes.length);
    for (const [index, c] of changes.entries()) {
      const item = items.nth(index);
      await expect(item).toContainText(`${heading(c)}: ${c.now[lang]}`);
      await expect(item).toContainText(c.why[lang]);
      for (const id of c.events) {
        await expect(item.getByRole('link', { name: event(id).title[lang] })).toHaveAttribute(
          'href',
          `/${inLang(paths.event(id), lang)}`,
        );
      }
      for (const id of c.partners) {
        await expect(item.getByRole('link', { name: partner(id).name[lang] })).toHaveAttribute(
          'href',
          `/${inLang(paths.partner(id), lang)}`,
        );
      }
    }
  });

  test(`/${inLang('changes/', lang)} lists each status change of the ledger among the changes, leading to its entry`, async ({
    page,
  }) => {
    expect(statusChanges.length).toBeGreaterThan(0);
    await page.goto(inLang('changes/', lang));
    const items = page.getByRole('main').getByRole('list').first().locator(':scope > li');
    await expect(items).toHaveCount(log.length);
    for (const [index, { status }] of log.entries()) {
      if (!status) continue;
      const { entry: e, step, number } = status;
      const item = items.nth(index);
      await expect(item).toHaveAttribute('id', `status-${e.id}-${number}`);
      await expect(item).toContainText(
        `${w.ledgerStatus[step.status]} ${formatDate(step.date, lang)}: “${e.said}”`,
      );
      await expect(item).toContainText(`${w.changes.why}: ${step.why[lang]}`);
      if (e.translation[lang]) await expect(item).toContainText(e.translation[lang]!);
      await expect(
        item.getByRole('link', { name: source(step.source).publisher[lang] }),
      ).toHaveAttribute('href', source(step.source).url);
      await expect(
        item.getByRole('link', { name: event(e.event).title[lang], exact: true }),
      ).toHaveAttribute('href', `/${inLang('outcomes/', lang)}#${e.id}`);
    }
    // The link leads to the entry on the ledger.
    const { entry: e, number } = statusChanges[0]!;
    await page
      .locator(`[id="status-${e.id}-${number}"]`)
      .getByRole('link', { name: event(e.event).title[lang], exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${inLang('outcomes/', lang)}#${e.id}$`));
    await expect(page.locator(`[id="${e.id}"]`)).toBeVisible();
  });

  test(`every ${lang} page a change touched shows it at its foot, leading to the log`, async ({
    page,
  }) => {
    const touched = changes.flatMap((c) => [
      ...c.events.map((id) => ({ c, path: paths.event(id) })),
      ...c.partners.map((id) => ({ c, path: paths.partner(id) })),
      ...c.pages.filter((p) => p === 'home').map(() => ({ c, path: '' })),
    ]);
    for (const { c, path } of touched) {
      await page.goto(inLang(path, lang) || '/');
      const foot = region(page, w.changes.onThisPage);
      await expect(foot).toContainText(`${heading(c)}: ${c.now[lang]}`);
      // Each leads to its entry in the log; the footer, to the whole log.
      await expect(foot.getByRole('link', { name: heading(c) })).toHaveAttribute(
        'href',
        `/${inLang('changes/', lang)}#change-${c.id}`,
      );
      await expect(
        page.getByRole('contentinfo').getByRole('link', { name: w.changes.all }),
      ).toHaveAttribute('href', `/${inLang('changes/', lang)}`);
    }
    // A page no change touched has no such section.
    await page.goto(inLang('sources/', lang));
    await expect(page.getByRole('heading', { name: w.sources.title, level: 1 })).toBeVisible();
    await expect(region(page, w.changes.onThisPage)).toHaveCount(0);
  });

  test(`the ${lang} home page, and each plan no report confirms, say as of when the record speaks`, async ({
    page,
  }) => {
    await page.goto(prefix(lang) || '/');
    await expect(page.getByRole('main')).toContainText(
      fill(w.record.asOfLine, { date: formatDate(asOf, lang) }),
    );
    const unconfirmed = events.filter(unconfirmedPlan);
    expect(unconfirmed.length).toBeGreaterThan(0);
    const says = fill(w.record.notConfirmed, { date: formatDate(asOf, lang) });
    for (const e of unconfirmed) await expect(entry(page, e.id)).toContainText(says);
    for (const e of events.filter((other) => !unconfirmedPlan(other))) {
      await expect(entry(page, e.id)).not.toContainText(says);
    }
    await page.goto(inLang(paths.event(unconfirmed[0]!.id), lang));
    await expect(page.getByRole('main')).toContainText(says);
  });

  test(`/${inLang('changes/rss.xml', lang)} is an RSS feed of every change, newest first`, async ({
    page,
    request,
  }) => {
    const response = await request.get(inLang('changes/rss.xml', lang));
    expect(response.status()).toBe(200);
    const text = await response.text();
    const wellFormed = await page.evaluate(
      (source) =>
        !new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror'),
      text,
    );
    expect(wellFormed).toBe(true);
    const { rss } = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => name === 'item',
    }).parse(text);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe(w.changes.feedTitle);
    const logUrl = siteUrl(inLang('changes/', lang));
    expect(rss.channel.link).toBe(logUrl);
    expect(rss.channel.item.map((item: { link: string }) => item.link)).toEqual(
      log.map(({ change, status }) =>
        change
          ? `${logUrl}#change-${change.id}`
          : siteUrl(`${inLang('outcomes/', lang)}#${status!.entry.id}`),
      ),
    );
    for (const [index, { change: c, status }] of log.entries()) {
      const item = rss.channel.item[index];
      if (c) {
        expect(item.title).toMatch(new RegExp(`^${heading(c)}: `));
        expect(item.description).toContain(c.now[lang]);
        expect(item.pubDate).toBe(new Date(`${c.date}T00:00:00+09:00`).toUTCString());
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
      expect(item.pubDate).toBe(
        isDay(step.date) ? new Date(`${step.date}T00:00:00+09:00`).toUTCString() : undefined,
      );
    }
  });
}
