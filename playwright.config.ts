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
