/** The timeline: every event in order, grouped by year and month, each saying what it is. */
import { expect, test } from '../support/workerPage';
import { defaultLang } from '../../src/i18n/locales';
import {
  asOf,
  escape,
  event,
  events,
  followUp,
  formatDate,
  formatShortDay,
  inLang,
  isDay,
  languages,
  publishersOf,
  paths,
  pick,
  prefix,
  timing,
  type Event,
  unconfirmedPlan,
} from '../pages/fixture';
import { entry, overviewMarker } from './page';
import { fill, statusWords, words } from '../pages/words';

/** The events of each month, in order: `2025-09` → its events. */
const months = Map.groupBy(events, (e) => e.date.slice(0, 7));
const years = [...new Set(events.map((e) => Number(e.date.slice(0, 4))))];

for (const lang of languages) {
  const w = words[lang];
  const statusOf = (e: Event) => statusWords(lang, e);

  test.describe(`the timeline in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(prefix(lang));
    });

    test('lists every event oldest first, each with its date at its own precision', async ({
      page,
    }) => {
      const entries = page.getByRole('main').getByRole('article');
      await expect(entries).toHaveCount(events.length);
      for (const [index, e] of events.entries()) {
        await expect(entries.nth(index)).toHaveId(e.id);
        // The event's own date (or first and last day) comes first, before any report's.
        const times = entries.nth(index).locator('time');
        for (const [nth, date] of [e.date, e.endDate].filter(Boolean).entries()) {
          await expect(times.nth(nth)).toHaveAttribute('datetime', date!);
          await expect(times.nth(nth)).toHaveText(formatDate(date!, lang));
        }
      }
    });

    test('draws every event on the overview, named by its title and date, leading to its entry', async ({
      page,
    }) => {
      const overview = page.getByRole('navigation', { name: w.overview.label });
      for (const e of events) {
        await expect(
          overviewMarker(overview, e.title[lang], formatDate(e.date, lang)),
        ).toHaveAttribute('href', `#${e.id}`);
      }
      const last = events.at(-1)!;
      await overviewMarker(overview, last.title[lang]).click();
      await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
      await expect(entry(page, last.id)).toBeInViewport();
    });

    test('draws the record’s as-of date on the overview, with its date, wide and narrow', async ({
      page,
    }) => {
      const overview = page.getByRole('navigation', { name: w.overview.label });
      const label = fill(w.overview.asOf, { date: formatDate(asOf, lang) });
      // On the wide view, the line's own label; and the legend names it on every screen.
      await expect(overview.locator('svg.wide text', { hasText: label })).toBeVisible();
      await expect(overview.getByRole('listitem').filter({ hasText: label })).toBeVisible();
      await page.setViewportSize({ width: 390, height: 844 });
      // Unlabelled across the narrow view (a level line has no height to be seen by).
      await expect(overview.locator('svg.narrow')).toBeVisible();
      await expect(overview.locator('svg.narrow .as-of path')).toHaveCount(1);
      await expect(overview.getByRole('listitem').filter({ hasText: label })).toBeVisible();
    });

    test('draws a month-only date as its month, and says so', async ({ page }) => {
      const overview = page.getByRole('navigation', { name: w.overview.label });
      const monthOnly = events.filter((e) => !isDay(e.date) && !e.endDate);
      expect(monthOnly.length).toBeGreaterThan(0);
      for (const e of monthOnly) {
        await expect(
          overview.getByRole('link', {
            name: `${e.title[lang]}, ${fill(w.overview.month, { date: formatDate(e.date, lang) })}`,
            exact: true,
          }),
        ).toHaveAttribute('href', `#${e.id}`);
      }
      await expect(
        overview.getByRole('listitem').filter({ hasText: w.overview.monthLegend }),
      ).toBeVisible();
    });

    test('names a plan past its date as such, and a plan still ahead of the record’s date not', async ({
      page,
    }) => {
      const overview = page.getByRole('navigation', { name: w.overview.label });
      const past = w.ledgerStatus['past-its-date'];
      const gone = (e: Event) =>
        (e.endDate ?? e.date) < asOf.slice(0, (e.endDate ?? e.date).length);
      const pastPlans = events.filter((e) => unconfirmedPlan(e) && gone(e));
      expect(pastPlans.length).toBeGreaterThan(0);
      for (const e of pastPlans) {
        await expect(
          overview.getByRole('link', { name: new RegExp(`^${e.title[lang]}.*, ${past}$`) }),
        ).toHaveAttribute('href', `#${e.id}`);
      }
      // The fixture's pending plan: its ledger entry's month is after the record's date.
      const pending = event('future-plan');
      await expect(
        overview.getByRole('link', { name: new RegExp(`^${pending.title[lang]}`) }),
      ).not.toHaveAccessibleName(new RegExp(past));
      await expect(overview.getByRole('listitem').filter({ hasText: past })).toBeVisible();
    });

    test('prints the whole timeline without the site’s menus', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: w.nav.label })).toBeHidden();
      const entries = page.getByRole('main').getByRole('article');
      await expect(entries).toHaveCount(events.length);
      for (const index of events.keys()) await expect(entries.nth(index)).toBeVisible();
    });

    test('groups events under year and month headings', async ({ page }) => {
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 2 })).toHaveText(
        years.map((year) => fill(w.timeline.yearHeading, { year })),
      );
      await expect(main.getByRole('heading', { level: 3 })).toHaveText(
        [...months.keys()].map((month) => formatDate(month, lang)),
      );
      for (const [month, inMonth] of months) {
        const section = page.getByRole('region', { name: formatDate(month, lang), exact: true });
        const entries = section.getByRole('article');
        await expect(entries).toHaveCount(inMonth.length);
        for (const [index, e] of inMonth.entries()) await expect(entries.nth(index)).toHaveId(e.id);
      }
    });

    test('says of each entry its kind, record and status in words, its summary and its sources', async ({
      page,
    }) => {
      for (const e of events) {
        const shown = entry(page, e.id);
        await expect(shown.getByRole('heading')).toContainText(e.title[lang]);
        await expect(shown.getByRole('link', { name: e.title[lang], exact: true })).toHaveAttribute(
          'href',
          `/${inLang(paths.event(e.id), lang)}`,
        );
        await expect(shown).toContainText(w.kinds[e.kind]);
        await expect(shown).toContainText(w.records[e.record]);
        await expect(shown).toContainText(statusOf(e));
        await expect(shown).toContainText(e.summary[lang]);
        // Who says what the entry says (the partners and each report are on its page).
        await expect(shown).toContainText(
          fill(w.record.sourceOf, { sources: publishersOf(e, lang) }),
        );
        for (const outcome of e.outcomes) await expect(shown).not.toContainText(outcome.text[lang]);
      }
    });

    test('pairs a plan of the article with the day a later report gives, or says there is none', async ({
      page,
    }) => {
      const planned = events.filter((e) => e.record === 'article' && e.status === 'planned');
      const reported = pick(planned, (e) => followUp(e) !== undefined, 'plan with a follow-up');
      const notReported = pick(planned, (e) => !followUp(e), 'plan with no follow-up');
      const { pair } = w.event;
      const report = (e: Event) =>
        entry(page, e.id).getByRole('link', { name: new RegExp(`^${pair.reported} `) });

      const { date, confidence } = followUp(reported)!;
      const shown = entry(page, reported.id);
      await expect(shown).toContainText(`${pair.planned} ${formatShortDay(reported.date, lang)}`);
      await expect(report(reported)).toHaveText(`${pair.reported} ${formatShortDay(date, lang)}`);
      await expect(report(reported).locator('time')).toHaveAttribute('datetime', date);
      if (confidence !== 'high') await expect(shown).toContainText(w.event.confidence[confidence]);
      // A report from before the planned day can only repeat the plan: no follow-up.
      await expect(entry(page, notReported.id)).toContainText(pair.none);
      await expect(report(notReported)).toHaveCount(0);
      // What happened, or was beyond the article, needs no such pair.
      for (const e of events.filter((e) => !planned.includes(e))) {
        await expect(report(e)).toHaveCount(0);
        await expect(entry(page, e.id)).not.toContainText(pair.none);
      }
      // The report's day leads to the reports on the event's page.
      await report(reported).click();
      await expect(page).toHaveURL(
        new RegExp(`/${inLang(paths.event(reported.id), lang)}#[\\w-]+$`),
      );
      await expect(
        page.getByRole('heading', { level: 2, name: w.event.laterReports }),
      ).toBeInViewport();
    });

    test('an event’s page shows what reports add under “later reports” and “other reports”, by report date', async ({
      page,
    }) => {
      const both = pick(
        events,
        (e) =>
          e.outcomes.some((o) => timing(o.source) === 'after') &&
          e.outcomes.some((o) => timing(o.source) !== 'after'),
        'event with outcomes from a later and an earlier or undated report',
      );
      await page.goto(inLang(paths.event(both.id), lang));
      const shown = page.getByRole('main');
      // Later reports first, then the others, each outcome under its own heading.
      const later = both.outcomes.filter((o) => timing(o.source) === 'after');
      const other = both.outcomes.filter((o) => timing(o.source) !== 'after');
      await expect(shown).toHaveText(
        new RegExp(
          [w.event.laterReports, ...later.map((o) => o.text[lang]), w.event.otherReports]
            .concat(other.map((o) => o.text[lang]))
            .map(escape)
            .join('[\\s\\S]*'),
        ),
      );
      for (const outcome of both.outcomes) {
        const item = shown.getByRole('listitem').filter({ hasText: outcome.text[lang] });
        await expect(item.locator('time')).toHaveAttribute('datetime', outcome.date);
        await expect(item.locator('time')).toHaveText(formatDate(outcome.date, lang));
        await expect(
          item.getByRole('link', { name: outcome.source.publisher[lang] }),
        ).toHaveAttribute('href', outcome.source.url);
        if (outcome.confidence !== 'high') {
          await expect(item).toContainText(w.event.confidence[outcome.confidence]);
        }
      }
      // A month-only event shows the day a report gives apart from its own date.
      const month = pick(events, (e) => e.date.length === 7 && e.outcomes.length > 0, 'month');
      await page.goto(inLang(paths.event(month.id), lang));
      const times = page.getByRole('main').locator('time');
      await expect(times.first()).toHaveAttribute('datetime', month.date);
      await expect(
        times.filter({ hasText: formatDate(month.outcomes[0]!.date, lang) }).first(),
      ).toHaveAttribute('datetime', month.outcomes[0]!.date);
    });
  });
}

test.describe('scrolling the timeline', () => {
  const w = words[defaultLang];
  /** The month with the most events, so its later entries scroll well past its heading. */
  const [month, inMonth] = [...months].reduce((a, b) => (b[1].length > a[1].length ? b : a));

  test('keeps the month heading in view while its events scroll past', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto('');
    const last = inMonth.at(-1)!;
    await entry(page, last.id).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // The month's first entry, just below its heading, is out of view; the heading is not.
    await expect(entry(page, inMonth[0]!.id).getByRole('heading')).not.toBeInViewport();
    const heading = (name: string) => page.getByRole('heading', { name, exact: true });
    await expect(heading(formatDate(month, defaultLang))).toBeInViewport();
    await expect(
      heading(fill(w.timeline.yearHeading, { year: month.slice(0, 4) })),
    ).not.toBeInViewport();
  });

  test('an /#event-id link lands on that entry, its title clear of the sticky heading', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const target = inMonth.at(-1)!;
    await page.goto(`#${target.id}`);
    const title = entry(page, target.id).getByRole('heading');
    await expect(title).toBeInViewport();
    await expect(page.locator(':target')).toHaveId(target.id);
    // What a reader sees at the title's top edge is the title, not the heading stuck above it.
    await expect
      .poll(() =>
        title.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return el.contains(document.elementFromPoint(box.left + 8, box.top + 2));
        }),
      )
      .toBe(true);
  });
});
