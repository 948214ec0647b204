/**
 * The home page on a phone (390 × 844), in every language: the header on one line at 360 px,
 * the first event within the first screen and a half and within ten Tab stops (the skip
 * link past the calendar of months), the calendar's links at least 24 × 24 px (WCAG 2.5.8)
 * with each month's name shown when its link is focused, and entries compact enough that
 * the timeline grows by well under half a screen an event.
 */
import { expect, test } from '../support/workerPage';
import { events, formatDate, languages, prefix } from '../pages/fixture';
import { entry } from './page';
import { words } from '../pages/words';

const PHONE = { width: 390, height: 844 };
/** The least size of a target (WCAG 2.5.8, level AA), in CSS px. */
const TARGET = 24;
/** How much an event may add to the timeline's height on a phone, at most, in CSS px. */
const PER_EVENT = 360;

/** The fixture's months with events, each with its events. */
const monthsWithEvents = Map.groupBy(events, (e) => e.date.slice(0, 7));

for (const lang of languages) {
  const w = words[lang];

  test.describe(`the home page on a phone, in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(prefix(lang));
    });

    test('keeps its header on one line at 360 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      // On one line: one level crosses every link shown (each starts above where any ends).
      const boxes = await page
        .getByRole('banner')
        .getByRole('link')
        .evaluateAll((all) =>
          all
            .map((link) => link.getBoundingClientRect())
            .filter((box) => box.width > 0)
            .map((box) => ({ top: Math.round(box.top), bottom: Math.round(box.bottom) })),
        );
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      const lowestTop = Math.max(...boxes.map((box) => box.top));
      const highestBottom = Math.min(...boxes.map((box) => box.bottom));
      expect(
        lowestTop,
        `the header's links, top to bottom: ${boxes.map((b) => `${b.top}–${b.bottom}`).join(', ')} px`,
      ).toBeLessThan(highestBottom);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('starts its first event within a screen and a half, each further event well under half a screen', async ({
      page,
    }) => {
      const first = entry(page, events[0]!.id);
      const last = entry(page, events.at(-1)!.id);
      const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top, `the first event starts at ${top} px`).toBeLessThanOrEqual(PHONE.height * 1.5);
      const bottom = await last.evaluate(
        (el) => el.getBoundingClientRect().bottom + window.scrollY,
      );
      const perEvent = (bottom - top) / events.length;
      expect(perEvent, `the timeline takes ${perEvent} px an event`).toBeLessThanOrEqual(PER_EVENT);
    });

    test('reaches the first event’s link within ten Tab stops, past the calendar by its skip link', async ({
      page,
    }) => {
      const title = events[0]!.title[lang];
      const skip = page.getByRole('link', { name: w.glance.skip });
      let stops = 0;
      for (; stops < 10; stops++) {
        await page.keyboard.press('Tab');
        if (await skip.evaluate((el) => el === document.activeElement)) break;
      }
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      stops += 2;
      await expect(page.getByRole('link', { name: title, exact: true })).toBeFocused();
      expect(stops, 'Tab stops to the first event').toBeLessThanOrEqual(10);
    });

    test('gives every link of the calendar at least 24 × 24 px, and shows its month’s name on focus', async ({
      page,
    }) => {
      const calendar = page.getByRole('navigation', { name: w.glance.title });
      const named = await calendar.getByRole('link').evaluateAll((links) =>
        links.map((link) => ({
          href: link.getAttribute('href'),
          width: link.getBoundingClientRect().width,
          height: link.getBoundingClientRect().height,
        })),
      );
      // The skip link first, then each month with events, in order.
      const [skip, ...months] = named;
      expect(skip?.href).toBe('#timeline');
      expect(months.map((link) => link.href)).toEqual(
        [...monthsWithEvents.keys()].map((month) => `#month-${month}`),
      );
      for (const { href, width, height } of months) {
        expect(
          Math.min(width, height),
          `${href} is ${width} × ${height} px`,
        ).toBeGreaterThanOrEqual(TARGET);
      }
      for (const [month, inMonth] of monthsWithEvents) {
        const link = calendar.locator(`a[href="#month-${month}"]`);
        await expect(link).toHaveAccessibleName(new RegExp(`^${formatDate(month, lang)}`));
        await expect(link).toContainText(String(inMonth.length));
        await link.focus();
        await expect(link.getByText(formatDate(month, lang))).toBeVisible();
      }
    });
  });
}
