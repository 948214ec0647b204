// Screenshots of the built site for the README and for looking at: the home page, an
// event, a quote, the ledger and a ledger entry, at a phone's width and a desktop's, in
// light and dark, plus the home page in forced colours, and the top of the home page at
// both widths (the wide one is what the README shows). Serves
// `dist/` with `astro preview` on a free port. PNGs are written with a palette, small
// enough to commit.
// Usage: npm run screenshots [-- --out DIR] (builds first), or `node scripts/screenshots.mjs`
// after `astro build`. SCREENSHOT_EVENT, SCREENSHOT_QUOTE and SCREENSHOT_LEDGER_ENTRY pick
// the pages (an id).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumArgs, findChromium } from '../tests/support/browser.mjs';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > -1 ? process.argv[outArg + 1] : 'docs/screenshots');

/** A port nobody is listening on. */
const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/**
 * The page to show from a folder of the build: the one asked for, else the one that shows
 * the most (a plan beside its report, a strip of the timeline), else the first there is.
 */
const pick = (folder, wanted) => {
  const ids = readdirSync(join(root, 'dist', folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return wanted.find((id) => id && ids.includes(id)) ?? ids[0];
};

const pages = [
  { name: 'home', path: '' },
  {
    name: 'event',
    path: `events/${pick('events', [process.env.SCREENSHOT_EVENT, 'devday-exchange'])}/`,
  },
  {
    name: 'quote',
    path: `quotes/${pick('quotes', [process.env.SCREENSHOT_QUOTE, 'korea-ideal-hub'])}/`,
  },
  { name: 'ledger', path: 'outcomes/' },
  {
    name: 'ledger-entry',
    path: `outcomes/entries/${pick('outcomes/entries', [process.env.SCREENSHOT_LEDGER_ENTRY, 'snu-mou-tomorrow'])}/`,
  },
];

/** Writes a screenshot with a palette: a fraction of the bytes, and no visible change. */
const save = async (file, png) => {
  await sharp(png)
    .png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 })
    .toFile(file);
  console.log(file);
};
const views = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const port = await freePort();
// Astro's command line, run by the same Node as this script (the project's pinned one).
const preview = spawn(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((done, fail) => {
  preview.stdout.on('data', (chunk) => String(chunk).includes(`:${port}`) && done());
  preview.on('exit', (code) => fail(new Error(`astro preview exited with ${code}`)));
});

const found = findChromium();
const browser = await chromium.launch({
  ...(found ? { executablePath: found.path } : {}),
  args: chromiumArgs,
});
mkdirSync(out, { recursive: true });
try {
  for (const { name, path } of pages) {
    for (const viewport of views) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(`http://localhost:${port}/${path}`);
        const file = join(out, `${name}-${viewport.width}-${colorScheme}.png`);
        await save(file, await page.screenshot({ fullPage: true }));
        await page.close();
      }
    }
  }
  const forced = await browser.newPage({ viewport: views[1], forcedColors: 'active' });
  await forced.goto(`http://localhost:${port}/`);
  await save(join(out, 'home-1280-forced-colors.png'), await forced.screenshot({ fullPage: true }));
  await forced.close();
  // The README's picture: the top of the home page, title, calendar of months and first
  // entries; and the first screen a phone shows.
  for (const [viewport, name] of [
    [{ width: 1280, height: 1000 }, 'home-1280-light-top.png'],
    [views[0], 'home-390-light-top.png'],
  ]) {
    const top = await browser.newPage({ viewport });
    await top.goto(`http://localhost:${port}/`);
    await save(join(out, name), await top.screenshot());
    await top.close();
  }
} finally {
  await browser.close();
  preview.kill();
}
