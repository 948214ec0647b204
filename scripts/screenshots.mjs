// Screenshots of the built site for the README and for looking at: the home page, an
// event and a quote, at a phone's width and a desktop's, in light and dark, plus the home
// page in forced colours. Serves `dist/` with `astro preview` on a free port.
// Usage: npm run screenshots [-- --out DIR] (after `astro build`; the npm script builds).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
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

/** The first event and quote in the build, whichever they are. */
const firstIn = (folder) =>
  readdirSync(join(root, 'dist', folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];

const pages = [
  { name: 'home', path: '' },
  { name: 'event', path: `events/${process.env.SCREENSHOT_EVENT ?? firstIn('events')}/` },
  { name: 'quote', path: `quotes/${process.env.SCREENSHOT_QUOTE ?? firstIn('quotes')}/` },
];
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
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
    }
  }
  const page = await browser.newPage({ viewport: views[1], forcedColors: 'active' });
  await page.goto(`http://localhost:${port}/`);
  await page.screenshot({ path: join(out, 'home-1280-forced-colors.png'), fullPage: true });
  console.log(join(out, 'home-1280-forced-colors.png'));
} finally {
  await browser.close();
  preview.kill();
}
