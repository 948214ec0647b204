import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.mjs';
import { FIXTURE_URL, SITE_URL_SERVED } from './tests/support/servers.mjs';

/**
 * Two projects against two builds, each served by `astro preview` on a port the system
 * picks (started in the global setup, which passes the addresses to the workers through
 * the environment): `behaviour` against the fixture site made for the tests
 * (tests/fixture), `gates` against the real site's build in `dist/` (`astro build` first).
 */
const chromium = findChromium();

export default defineConfig({
  globalSetup: './tests/support/servers.mjs',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Time limits follow the work, not an idle machine: a test here loads a page or a few and
  // reads them, which takes a second or two alone, and ten times that beside a loaded
  // machine's other work (a page gate ran past a fixed 30 s on a clean clone at load 14).
  // A test that does more says so with `test.setTimeout` in proportion (the page gates, per
  // colour scheme). A web-first assertion waits as long as the page may still be coming.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    // Recording a trace of every test doubles the run time; pass --trace on to debug one.
    trace: 'off',
    launchOptions: {
      ...(chromium ? { executablePath: chromium.path } : {}),
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'behaviour',
      testDir: 'tests/behaviour',
      use: { baseURL: process.env[FIXTURE_URL] },
    },
    {
      name: 'gates',
      testDir: 'tests/gates',
      use: { baseURL: process.env[SITE_URL_SERVED] },
    },
  ],
});
