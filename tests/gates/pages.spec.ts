/**
 * The gates every page of the real site passes, one test per page of its sitemap (and the
 * 404 page), so a page added tomorrow is checked without a word changed here:
 * accessibility (axe) in light colours on every page, and in dark and forced colours on the
 * pages that show every component of their template (`colourPages`), a Content-Security-Policy in force, only
 * its own origin, its HTML within a first round trip and nothing else needed to render,
 * a 360 px phone without sideways scrolling, and a link-preview card that exists.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { HTML_BUDGET, firstScreen } from '../support/budgets';
import { lookAt, type PreviewLook } from '../support/previewInk';
import { expect, test } from '../support/workerPage';
import { NOT_FOUND_PAGES, colourPages, embeds, pages, served, sitemap, templateOf } from './site';

/** axe-core itself, a direct dependency of the project. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const RULESETS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];
/**
 * Each card looked at once per worker: pages that share one (the lists) share the look. It
 * is fetched by Node, not the browser: a file, read as a link preview's crawler reads it.
 */
const cards = new Map<
  string,
  Promise<{ status: number; type: string | null; look: PreviewLook | undefined }>
>();
function card(url: string) {
  if (!cards.has(url)) {
    cards.set(
      url,
      fetch(url).then(async (response) => ({
        status: response.status,
        type: response.headers.get('content-type'),
        look: response.ok ? await lookAt(new Uint8Array(await response.arrayBuffer())) : undefined,
      })),
    );
  }
  return cards.get(url)!;
}

/**
 * The worker's page with axe-core put into every document it loads, before the document's
 * own content, as an init script (once per worker page): Chromium then compiles it once
 * rather than once per page, where `page.evaluate` cost about 130 ms of every page's load.
 * It runs beside the page's own content, outside its Content-Security-Policy, as
 * `page.evaluate` did; it defines `window.axe` and changes nothing on the page. Not in the
 * blank page each test starts from (tests/support/workerPage.ts), which axe never reads:
 * running it there too cost about 3 % of the gates' CPU time (52 event pages, docs/testing.md).
 */
const withAxe = new WeakSet<Page>();
async function axeIn(page: Page) {
  if (!withAxe.has(page)) {
    await page.addInitScript({ content: `if (location.protocol !== 'about:') {\n${AXE}\n}` });
    withAxe.add(page);
  }
}

test('the sitemap lists every built page but the embeds, so walking it and them misses none', () => {
  expect(embeds.length).toBeGreaterThan(0);
  expect(sitemap.toSorted()).toEqual(pages.filter((path) => !embeds.includes(path)));
});

const walked = [...sitemap, ...embeds, ...NOT_FOUND_PAGES];
/** Pages in the dark and forced colour schemes too: every component of each template, once. */
const inEveryScheme = new Set(colourPages(walked));

test('the colour gates cover every template', () => {
  console.log(
    `dark and forced colours on: ${[...inEveryScheme].map((path) => `/${path}`).join(', ')}`,
  );
  expect(new Set([...inEveryScheme].map(templateOf))).toEqual(new Set(walked.map(templateOf)));
});

for (const path of walked) {
  const schemes = inEveryScheme.has(path)
    ? (['light', 'dark', 'forced'] as const)
    : (['light'] as const);
  test(`/${path} passes every page gate`, async ({ page, baseURL }) => {
    // A load, and an axe run per scheme: a minute each, room for a machine ten times
    // slower than idle.
    test.setTimeout(60_000 * (2 + schemes.length));
    await axeIn(page);
    const requests: { url: string; type: string }[] = [];
    const errors: string[] = [];
    page.on('request', (request) =>
      requests.push({ url: request.url(), type: request.resourceType() }),
    );
    // Console errors: where the browser reports what the policy refused.
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.ok()).toBe(true);
    // What the loaded page holds, read in one go. The site runs no script that changes a
    // page (an embed's one line only posts its height), so nothing read here changes after
    // the load: each read through its own round trip to the browser cost a fifth of a
    // second a page.
    const held = await page.evaluate(() => ({
      policy:
        document
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '',
      // How many rules each of the page's own stylesheets has: a refused one has none.
      rules: [...document.querySelectorAll('style')].map(
        (style) => style.sheet?.cssRules.length ?? 0,
      ),
      stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
        (link) => ({ href: link.href, media: link.media }),
      ),
      card: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
    }));

    await test.step('a strict Content-Security-Policy, and nothing on the page breaks it', () => {
      const { policy } = held;
      expect(policy).toMatch(/default-src 'self'/);
      // No script, but on an embed its one line, by its hash alone.
      expect(policy).toMatch(
        embeds.includes(path) ? /script-src 'sha256-[^' ]+';/ : /script-src 'none'/,
      );
      expect(policy).not.toMatch(/unsafe-inline/);
      // Styles by hash, one for each of the page's own <style> elements and no more.
      expect(policy).toMatch(
        new RegExp(`style-src 'self'( 'sha256-[^']+'){${held.rules.length}}(;|$)`),
      );
      // Every stylesheet of the page applied under the policy (a refused one has no rules).
      expect(held.rules).not.toContain(0);
      expect(errors).toEqual([]);
    });

    await test.step('loads nothing from another origin', () => {
      const origin = new URL(baseURL!).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter(({ url }) => new URL(url).origin !== origin)).toEqual([]);
    });

    await test.step(`renders its first screen from its first ${HTML_BUDGET / 1024} KB gzip`, async () => {
      const bytes = gzipSync(firstScreen((await response!.body()).toString('utf8'))).length;
      expect(
        bytes,
        `/${path}: what its first screen needs is ${bytes} bytes gzip-compressed`,
      ).toBeLessThanOrEqual(HTML_BUDGET);
      // No stylesheet, script, font or image to wait for. What else it may load holds up
      // nothing: the icon; the kinds' icons (/kinds.svg, decoration beside their words);
      // stylesheets for print only, which a screen never waits for.
      const printOnly = held.stylesheets.filter(({ media }) => media === 'print');
      expect(
        held.stylesheets.filter(({ media }) => media !== 'print'),
        'stylesheets a screen would wait for',
      ).toEqual([]);
      const needed = requests.filter(
        ({ type, url }) =>
          type !== 'document' &&
          !url.endsWith('/favicon.svg') &&
          !url.endsWith('/kinds.svg') &&
          !printOnly.some(({ href }) => href === url),
      );
      expect(needed).toEqual([]);
    });

    // Light; and, on the pages chosen to show every component of their template, dark and
    // forced colours (Windows high contrast) over the light scheme. axe is put into the page
    // in every document (`axeIn`) and run in it for each, collecting only violations.
    for (const colorScheme of schemes) {
      await test.step(`no accessibility violations in ${colorScheme} colours`, async () => {
        await page.emulateMedia(
          colorScheme === 'forced'
            ? { colorScheme: 'light', forcedColors: 'active' }
            : { colorScheme, forcedColors: 'none' },
        );
        const violations = await page.evaluate(async (tags) => {
          const { axe } = window as unknown as { axe: typeof import('axe-core') };
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
            // This document alone: a page's frames (the embeds shown on /embeds/) are pages
            // of their own, each gated on its own; axe is in them too (`axeIn`) and would
            // otherwise read their headings as the page's.
            iframes: false,
          });
          return results.violations.map(({ id, impact, help, nodes }) => ({
            id,
            impact,
            help,
            targets: nodes.map((node) => node.target.join(' ')),
          }));
        }, RULESETS);
        const summary = violations.map(
          ({ id, impact, help, targets }) =>
            `${colorScheme}: ${id} (${impact}): ${help}\n` +
            targets.map((target) => `    ${target}`).join('\n'),
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }

    await test.step('a link-preview card of 1200×630 with its text inside', async () => {
      expect(held.card).toMatch(/^https?:\/\/.+\.png$/);
      const url = new URL(served(held.card), baseURL).href;
      const { status, type, look } = await card(url);
      expect(status, url).toBe(200);
      expect(type).toBe('image/png');
      expect(look, url).toEqual({ width: 1200, height: 630, inkInMargin: undefined, hasInk: true });
    });

    await test.step('fits a 360 px phone without sideways scrolling', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await expect
        .poll(
          () =>
            page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            ),
          { message: `/${path} is wider than the screen (px)` },
        )
        .toBe(0);
    });
  });
}
