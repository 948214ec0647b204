// `npm run lighthouse`: Lighthouse (its default mobile emulation) on one page of each kind
// of a fresh build served by `astro preview`; prints the four category scores and LCP,
// CLS and TBT, and keeps them in .bench/lighthouse-<time>.json. Not a test: its figures
// depend on the machine. Lighthouse is no dependency of the project (its hundred-odd
// packages would come with every install): `npm run lighthouse` fetches the version that
// package.json pins with `npm exec`, and this script runs its command line, once a page.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../support/browser.mjs';
import { build, copyProject, preview, remove, root } from '../support/project.mjs';

/** One page of each kind: the first the build has, whatever today's content is. */
const KINDS = {
  home: () => '',
  event: (dist) => firstPage(dist, 'events'),
  partner: (dist) => firstPage(dist, 'partners'),
  'partner list': () => 'partners/',
  quote: (dist) => firstPage(dist, 'quotes'),
  'quote list': () => 'quotes/',
  sources: () => 'sources/',
  ledger: () => 'outcomes/',
  'ledger entry': (dist) => firstPage(dist, 'outcomes/entries'),
};

/** The first page (alphabetically) below a folder of a build: `events/a/`. */
function firstPage(dist, folder) {
  const [first] = readdirSync(join(dist, folder))
    .filter((name) => existsSync(join(dist, folder, name, 'index.html')))
    .sort();
  return `${folder}/${first}/`;
}

const chromePath = process.env.CHROME_PATH ?? findChromium()?.path;
if (!chromePath) {
  console.error(
    'No Chromium found: run `node tests/support/ensure-browser.mjs` or set CHROME_PATH.',
  );
  process.exit(1);
}

if (spawnSync('lighthouse', ['--version']).error) {
  console.error('No `lighthouse` command: run this script with `npm run lighthouse`.');
  process.exit(1);
}

/** Lighthouse's report on one page: its own Chromium (CHROME_PATH), mobile emulation. */
function lighthouse(url) {
  const chromeFlags = ['--headless=new', '--disable-gpu', ...chromiumArgs].join(' ');
  const result = spawnSync(
    'lighthouse',
    [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${chromeFlags}`],
    { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8', maxBuffer: 2 ** 28 },
  );
  if (result.status !== 0) {
    throw new Error(`lighthouse failed on ${url}:\n${result.stderr}${result.error ?? ''}`);
  }
  return JSON.parse(result.stdout);
}

const copy = copyProject({ content: 'real', prefix: 'lighthouse' });
await build(copy);
const dist = join(copy, 'dist');
const server = await preview(dist);
const rows = [];
let version;
try {
  for (const [kind, pick] of Object.entries(KINDS)) {
    const path = pick(dist);
    const url = `${server.url}${path}`;
    const lhr = lighthouse(url);
    version = lhr.lighthouseVersion;
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
  await server.close();
  await remove(copy);
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
writeFileSync(
  file,
  `${JSON.stringify({ date, lighthouse: version, chromePath, rows }, null, 2)}\n`,
);
console.log(`\nwritten to ${file}`);
