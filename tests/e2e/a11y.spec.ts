import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PAGES, builtPages, sitemapPages } from './pages';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const RULESETS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

test('the sitemap lists every built page, so walking it misses none', () => {
  expect(sitemapPages().toSorted()).toEqual(builtPages());
});

test.describe('axe', () => {
  // Every URL of the sitemap (which sharing.spec.ts checks lists every built page), and the 404s.
  for (const path of [...sitemapPages(), ...NOT_FOUND_PAGES]) {
    test(`/${path} has no accessibility violations in light or dark colours`, async ({ page }) => {
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(RULESETS).analyze();
        const summary = violations.map(
          (violation) =>
            `${colorScheme}: ${violation.id} (${violation.impact}): ${violation.help}\n` +
            violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
        );
        expect.soft(summary, summary.join('\n')).toEqual([]);
      }
    });
  }
});

test.describe('keyboard', () => {
  test('the first Tab reaches a visible skip link that moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('events/snu-mou/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab goes to the first link inside the main content, not back to the header.
    await page.keyboard.press('Tab');
    await expect(page.locator('main:focus-within')).toHaveCount(1);
  });

  test('a focused link shows a visible focus ring', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).not.toHaveCSS('outline-style', 'none');
    await expect
      .poll(() => focused.evaluate((el) => Number.parseFloat(getComputedStyle(el).outlineWidth)))
      .toBeGreaterThanOrEqual(2);
  });

  for (const path of [
    '',
    'events/launch-press-conference/',
    'partners/',
    'quotes/snu-mou-starting-point/',
  ]) {
    test(`Tab reaches every link of /${path} in reading order`, async ({ page }) => {
      await page.goto(path);
      const links = page.locator('a[href]');
      await expect(links.first()).toBeAttached();
      // How many Tabs to press: one per link, in the order the document has them.
      const count = await links.count();
      for (let index = 0; index < count; index++) {
        await page.keyboard.press('Tab');
        await expect(links.nth(index), `Tab ${index + 1} of ${count}`).toBeFocused();
      }
    });
  }
});
