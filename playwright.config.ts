import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.mjs';

/** The tests run against the production build, served by `astro preview` (PORT to move it). */
const port = Number(process.env.PORT) || 4399;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const chromium = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    // Recording a trace of every test doubles the run time; pass --trace on to debug one.
    trace: 'off',
    launchOptions: {
      ...(chromium ? { executablePath: chromium.path } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node_modules/.bin/astro preview --port ${port}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
