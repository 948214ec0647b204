/**
 * Page-weight budgets. Bytes are deterministic, so they are tests; times are not, and
 * live in `npm run bench` and `npm run lighthouse` instead.
 */
import { expect, test, type Response } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, dist } from './pages';

/** What fits in the first round trip of a new connection (10 TCP segments). */
const HTML_BUDGET = 14 * 1024;
/** Everything a first visit to the home page downloads, gzip-compressed. */
const FIRST_VISIT_BUDGET = 20 * 1024;
/** One page of each kind, in each language. */
const KINDS = {
  home: '',
  event: 'events/launch-press-conference/',
  partner: 'partners/kakao/',
  quote: 'quotes/korea-ideal-hub/',
  'English home': 'en/',
  'English event': 'en/events/launch-press-conference/',
  'English partner': 'en/partners/kakao/',
  'English quote': 'en/quotes/korea-ideal-hub/',
};

const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;

test('no JavaScript ships: no script file in the build and no script on any page but data', () => {
  const scripts = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => /\.(m?js|cjs)$/.test(file));
  expect(scripts, 'JavaScript files in dist/').toEqual([]);
  for (const path of builtPages()) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    // The one kind of <script> allowed is JSON-LD: data for search engines, never run.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(
      scripts.filter((tag) => tag !== '<script type="application/ld+json">'),
      `<script> elements on /${path}`,
    ).toEqual([]);
  }
});

for (const [kind, path] of Object.entries(KINDS)) {
  test(`the ${kind} page renders from its HTML alone, within ${HTML_BUDGET / 1024} KB gzip`, async ({
    page,
  }) => {
    const loads: { url: string; type: string }[] = [];
    page.on('request', (request) =>
      loads.push({ url: request.url(), type: request.resourceType() }),
    );
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const html = gzipSize(await response!.body());
    expect(html, `/${path} (${kind}) is ${html} bytes gzip-compressed`).toBeLessThanOrEqual(
      HTML_BUDGET,
    );
    // Nothing the page waits on to render: no stylesheet, script, font or image request.
    const rendering = loads.filter(
      (load) => load.type !== 'document' && !load.url.endsWith('/favicon.svg'),
    );
    expect(rendering, `/${path} (${kind}) loads more than its HTML to render`).toEqual([]);
  });
}

test(`a first visit to the home page downloads at most ${FIRST_VISIT_BUDGET / 1024} KB gzip`, async ({
  page,
}) => {
  const loads: Promise<{ url: string; bytes: number }>[] = [];
  const onResponse = (response: Response) => {
    loads.push(response.body().then((body) => ({ url: response.url(), bytes: gzipSize(body) })));
  };
  page.on('response', onResponse);
  await page.goto('', { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const loaded = await Promise.all(loads);
  // Whether a headless browser asks for the icon varies; a visitor's browser always does.
  for (const link of await page.locator('link[rel="icon"]').all()) {
    const url = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    if (!loaded.some((load) => load.url === url)) {
      loaded.push({ url, bytes: gzipSize(await (await page.request.get(url)).body()) });
    }
  }
  const total = loaded.reduce((sum, { bytes }) => sum + bytes, 0);
  const detail = loaded.map(({ url, bytes }) => `${url}: ${bytes}`).join(', ');
  expect(
    total,
    `the home page's first visit is ${total} bytes gzip (${detail})`,
  ).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  expect(loaded.length).toBeGreaterThanOrEqual(2);
});
