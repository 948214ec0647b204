/**
 * The browser tests' `test`: each test's `page` is one page per worker, taken from test to
 * test, rather than a browser context and page of its own. A fresh context for each of some
 * 280 tests cost more than many of the tests (each a renderer started, and its code and
 * styles compiled, again), and a page that stays on one origin keeps its renderer. Each
 * test gets it as a fresh one would be: blank, its viewport and colour scheme (the
 * project's, or the test's own `test.use`), no media or forced colours emulated, no routes
 * and no listeners of the test before; with JavaScript off where the test asks
 * (`test.use({ javaScriptEnabled: false })`), from a second context made for that. Other
 * context options are the project's: a test that needs its own makes its own context
 * (`browser.newContext`). A failing test ends its worker, so the next starts anew.
 */
import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

/** The options of a test's own context that the project sets (Desktop Chrome, its address). */
const CONTEXT_OPTIONS = [
  'viewport',
  'userAgent',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
  'baseURL',
] as const;

/** The events a test may listen to on its page: none carries over to the next. */
const PAGE_EVENTS = ['request', 'response', 'console', 'pageerror', 'dialog'] as const;

export const test = base.extend<object, { workerPages: (javaScript: boolean) => Promise<Page> }>({
  workerPages: [
    async ({ browser }, use, workerInfo) => {
      // The context a test's own `page` would get: the project's device, at its address.
      const { use: project } = workerInfo.project;
      const options = Object.fromEntries(
        CONTEXT_OPTIONS.filter((key) => project[key] !== undefined).map((key) => [
          key,
          project[key],
        ]),
      ) as BrowserContextOptions;
      const pages = new Map<boolean, Promise<Page>>();
      const open = (javaScriptEnabled: boolean) =>
        browser.newContext({ ...options, javaScriptEnabled }).then((context) => context.newPage());
      await use((javaScript) => {
        if (!pages.has(javaScript)) pages.set(javaScript, open(javaScript));
        return pages.get(javaScript)!;
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ workerPages, javaScriptEnabled, viewport, colorScheme }, use) => {
    const page = await workerPages(javaScriptEnabled !== false);
    // Blank first: a test's first address then loads as a page, never as a move within the
    // last test's page (`/#id` after `/`).
    await page.goto('about:blank');
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({
      media: null,
      colorScheme: colorScheme ?? 'light',
      forcedColors: 'none',
    });
    await use(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const event of PAGE_EVENTS) page.removeAllListeners(event);
  },
});

export { expect } from '@playwright/test';
