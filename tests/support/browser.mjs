// Which Chromium the browser tests drive: the one named by CHROMIUM_PATH, else Debian's
// (/usr/bin/chromium), else Playwright's own download. Shared by playwright.config.ts and
// tests/support/ensure-browser.mjs so both always agree.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {{ path: string, origin: string } | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, origin: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there`);
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { path: system, origin: 'system' };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { path: bundled, origin: 'playwright' };
  return undefined;
}

/** Flags for a headless Chromium on a closed network, and as root in CI. */
export const chromiumArgs = [
  // Chromium refuses to start as root with its sandbox on.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  // Without these it keeps dialling Google's services, which a closed network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
