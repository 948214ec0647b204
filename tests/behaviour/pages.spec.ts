/**
 * What only rendering shows of every page's shell: a dark colour scheme gets dark colours
 * with light text. (What each page's HTML says is tested in tests/pages/pages.test.ts.)
 */
import { expect, test } from '../support/workerPage';
import { events, paths } from '../pages/fixture';

/** The relative luminance of a CSS `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('a dark colour scheme gets dark colours, with light text', async ({ browser }) => {
  const colours: Record<string, { background: number; text: number }> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(paths.event(events[0]!.id));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const body = page.locator('body');
    const [background, text] = await body.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color];
    });
    colours[colorScheme] = { background: luminance(background), text: luminance(text) };
    await context.close();
  }
  // Each scheme its own: light text on a dark ground, dark text on a light one.
  expect(colours.light!.background).toBeGreaterThan(colours.light!.text);
  expect(colours.dark!.background).toBeLessThan(colours.dark!.text);
  expect(colours.dark!.background).toBeLessThan(colours.light!.background);
});
