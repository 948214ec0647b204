/**
 * The timeline where a rendering engine decides what a reader sees: the overview's wide and
 * narrow views, the printed page, and the month heading that stays in view as its events
 * scroll past. (What its HTML says is tested in tests/pages/timeline.test.ts.)
 */
import { expect, test } from '../support/workerPage';
import { defaultLang } from '../../src/i18n/locales';
import { asOf, events, formatDate, languages, prefix } from '../pages/fixture';
import { entry } from './page';
import { fill, words } from '../pages/words';

/** The events of each month, in order: `2025-09` → its events. */
const months = Map.groupBy(events, (e) => e.date.slice(0, 7));

for (const lang of languages) {
  const w = words[lang];
  /** The overview of every event on a time scale: the embed's page. */
  const overviewPage = `${prefix(lang)}embed/overview/`;

  test.describe(`the timeline in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(prefix(lang));
    });

    test('draws the record’s as-of date on the overview, with its date, wide and narrow', async ({
      page,
    }) => {
      await page.goto(overviewPage);
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

    test('prints the whole timeline without the site’s menus', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: w.nav.label })).toBeHidden();
      const entries = page.getByRole('main').getByRole('article');
      await expect(entries).toHaveCount(events.length);
      for (const index of events.keys()) await expect(entries.nth(index)).toBeVisible();
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
