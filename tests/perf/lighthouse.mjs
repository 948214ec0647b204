// `npm run lighthouse`: Lighthouse (its default mobile emulation) on one page of each kind
// of a fresh build served by `astro preview`; prints the four category scores and LCP,
// CLS and TBT, and keeps them in .bench/lighthouse-<time>.json. Not a test: its figures
// depend on the machine.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../support/browser.mjs';
import { build, preview, tempDir } from '../support/build.mjs';

const root = resolve(import.meta.dirname, '../..');
const PORT = 4470;
const KINDS = {
  home: '',
  event: 'events/launch-press-conference/',
  partner: 'partners/kakao/',
  'partner list': 'partners/',
  quote: 'quotes/korea-ideal-hub/',
  'quote list': 'quotes/',
};

const chromePath = process.env.CHROME_PATH ?? findChromium()?.path;
if (!chromePath) {
  console.error(
    'No Chromium found: run `node tests/support/ensure-browser.mjs` or set CHROME_PATH.',
  );
  process.exit(1);
}

const outDir = tempDir('lighthouse');
build(outDir);
const server = await preview(outDir, PORT);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--disable-gpu', ...chromiumArgs],
});
const rows = [];
try {
  for (const [kind, path] of Object.entries(KINDS)) {
    const url = `http://localhost:${PORT}/${path}`;
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    rows.push({
      kind,
      page: `/${path}`,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      tbtMs: Math.round(audit('total-blocking-time')),
    });
    console.log(`lighthouse: ${kind} done`);
  }
} finally {
  chrome.kill();
  server.kill();
  rmSync(outDir, { recursive: true, force: true });
}

const columns = Object.keys(rows[0] ?? {});
const widths = columns.map((key) =>
  Math.max(key.length, ...rows.map((row) => String(row[key]).length)),
);
const line = (cells) => cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
console.log(`\n${line(columns)}`);
for (const row of rows) console.log(line(columns.map((key) => row[key])));

const date = new Date().toISOString();
mkdirSync(join(root, '.bench'), { recursive: true });
const file = join(root, '.bench', `lighthouse-${date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ date, chromePath, rows }, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
