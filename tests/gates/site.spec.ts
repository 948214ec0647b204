/**
 * The gates that hold for the site as a whole: no JavaScript shipped, a first visit within
 * its budget, a Content-Security-Policy the browser enforces, and a keyboard that reaches
 * everything. None names a page of today's content: pages are chosen by kind.
 */
import { EMBED_SCRIPT } from '../../src/lib/embed';
import { expect, test, type Response } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_VISIT_BUDGET, firstScreen } from '../support/budgets';
import { frameAncestors, parseHeaders, rulesFor } from '../support/headers';
import { isEmbed } from '../support/pages';
import { dist, pages, site } from './site';

/** The first page of each kind, as the build lists them (home, event, list, quote). */
const firstOf = (pattern: RegExp) => pages.find((path) => pattern.test(path))!;
const KINDS = {
  home: '',
  event: firstOf(/^events\/[^/]+\/$/),
  'partner list': 'partners/',
  quote: firstOf(/^quotes\/[^/]+\/$/),
};

test('no JavaScript ships but the embeds’ one line: no script file in the build, no script on any other page but data', () => {
  const files = readdirSync(dist, { recursive: true }).map(String);
  expect(
    files.filter((file) => /\.(m?js|cjs)$/.test(file)),
    'JavaScript files in dist/',
  ).toEqual([]);
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    // The one kind of <script> allowed is JSON-LD: data for search engines, never run; and
    // on an embed, its one inline line posting its height to the page around it.
    const scripts = (html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).filter(
      (script) => !script.startsWith('<script type="application/ld+json">'),
    );
    const page = file
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
    expect(scripts, `<script> elements in ${file}`).toEqual(
      isEmbed(page) ? [`<script>${EMBED_SCRIPT}</script>`] : [],
    );
  }
});

test('_headers gives every page one policy, and lets other sites frame only the embeds', () => {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const base = new URL(site).pathname;
  for (const page of [...pages, '404.html']) {
    const policies = rulesFor(rules, `${base}${page}`)
      .map((rule) => rule.headers['Content-Security-Policy'])
      .filter((policy) => policy !== undefined);
    expect(policies, `Content-Security-Policy rules for /${page}`).toHaveLength(1);
    const embed = isEmbed(page);
    expect(frameAncestors(policies[0]), `frame-ancestors of /${page}`).toBe(embed ? '*' : "'none'");
  }
});

test(`a first visit to the home page needs at most ${FIRST_VISIT_BUDGET / 1024} KB gzip for its first screen`, async ({
  page,
}) => {
  const loads: Promise<{ url: string; bytes: number }>[] = [];
  // The page itself counts up to the end of its first event (`firstScreen`): the rest of
  // the timeline follows on the same connection, and grows with the record.
  const onResponse = (response: Response) => {
    loads.push(
      response.body().then((body) => ({
        url: response.url(),
        bytes: gzipSync(
          response.request().resourceType() === 'document' ? firstScreen(String(body)) : body,
        ).length,
      })),
    );
  };
  page.on('response', onResponse);
  await page.goto('', { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const loaded = await Promise.all(loads);
  // Whether a headless browser asks for the icon varies; a visitor's browser always does.
  for (const link of await page.locator('link[rel="icon"]').all()) {
    const url = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    if (!loaded.some((load) => load.url === url)) {
      loaded.push({ url, bytes: gzipSync(await (await page.request.get(url)).body()).length });
    }
  }
  const total = loaded.reduce((sum, { bytes }) => sum + bytes, 0);
  const detail = loaded.map(({ url, bytes }) => `${url}: ${bytes}`).join(', ');
  expect(total, `the first visit is ${total} bytes gzip (${detail})`).toBeLessThanOrEqual(
    FIRST_VISIT_BUDGET,
  );
  // The page, its icon and the print styles (fetched, never waited for): nothing else.
  // The kinds' icons are on the events' pages, not the timeline's entries.
  expect(
    loaded
      .map(({ url }) =>
        new URL(url).pathname
          .split('/')
          .at(-1)!
          .replace(/^print\..+\.css$/, 'print.css'),
      )
      .sort(),
  ).toEqual(['', 'favicon.svg', 'print.css']);
});

test('a style the policy does not list is refused (the policy is in force)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0) }';
    document.head.append(style);
  });
  // The browser reports the refusal on the console, which may come a moment later.
  await expect.poll(() => errors.join('\n')).toContain('Content Security Policy');
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 0, 0)');
  // A refused stylesheet has no rules: what the page gates look for on every page.
  expect(
    await page.evaluate(
      () =>
        document.head.lastElementChild instanceof HTMLStyleElement &&
        (document.head.lastElementChild.sheet?.cssRules.length ?? 0),
    ),
  ).toBe(0);
});

test.describe('keyboard', () => {
  test('the first Tab reaches a visible skip link that moves focus to the main content', async ({
    page,
  }) => {
    await page.goto(KINDS.event);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab goes to the first link inside the main content, not back to the header.
    await page.keyboard.press('Tab');
    await expect(page.locator('main:focus-within')).toHaveCount(1);
  });

  test('a focused link shows a visible focus ring', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).not.toHaveCSS('outline-style', 'none');
    await expect
      .poll(() => focused.evaluate((el) => Number.parseFloat(getComputedStyle(el).outlineWidth)))
      .toBeGreaterThanOrEqual(2);
  });

  for (const [kind, path] of Object.entries(KINDS)) {
    test(`Tab reaches every link of the ${kind} page in reading order`, async ({ page }) => {
      await page.goto(path);
      // The links a keyboard reaches: not those shown for another screen size (display:
      // none here), nor those a page takes out of the tab order (tabindex="-1") because
      // they repeat a link that is in it: which the second assertion holds it to.
      const shown = page.locator('a[href]').filter({ visible: true });
      const links = page.locator('a[href]:not([tabindex^="-"])').filter({ visible: true });
      await expect(links.first()).toBeAttached();
      // (An SVG link's `href` is no string: its attribute, resolved, is its address.)
      const hrefs = (all: Element[]) =>
        all.map((link) => new URL(link.getAttribute('href')!, document.baseURI).href);
      const reachable = new Set(await links.evaluateAll(hrefs));
      const repeated = (await shown.evaluateAll(hrefs)).filter((href) => !reachable.has(href));
      expect(repeated, 'links out of the tab order that no link in it leads to').toEqual([]);
      // One Tab per link, in the order the document has them; a disclosure's summary (the
      // earlier changes at a page's foot) is a stop of its own, its links hidden until opened.
      const stops = page
        .locator('a[href]:not([tabindex^="-"]), summary')
        .filter({ visible: true });
      const count = await stops.count();
      for (let index = 0; index < count; index++) {
        await page.keyboard.press('Tab');
        await expect(stops.nth(index), `Tab ${index + 1} of ${count}`).toBeFocused();
      }
    });
  }
});
