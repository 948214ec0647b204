/**
 * The embeds, in every language: pages for another site's frame, with no header or
 * footer, asking not to be indexed, whose links open the full site in the window around
 * the frame; the ledger compact (totals with their base and date, every entry with its
 * status in words) and the overview (every event, leading to its entry on the timeline).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workerPage';
import {
  asOf,
  escape,
  event,
  events,
  formatDate,
  languages,
  ledger,
  paths,
  prefix,
} from '../pages/fixture';
import { overviewMarker } from './page';
import { fill, words } from '../pages/words';

/**
 * A made-up newsroom's article holding `path` in a frame. It is served from the fixture's
 * own origin: a page the test makes up counts as a public address to the browser, which
 * keeps it from framing a local one. Which origins may frame a page is the `_headers`
 * gate's to check (tests/gates/site.spec.ts); this checks what the frame does.
 */
async function hostPage(page: Page, baseURL: string, path: string) {
  const host = new URL('newsroom-article', baseURL).href;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Article</title><iframe src="${new URL(path, baseURL)}" title="embed" width="100%" height="600"></iframe>`,
    }),
  );
  await page.goto(host);
  return page.frameLocator('iframe');
}

for (const lang of languages) {
  const w = words[lang];
  const ledgerPath = `${prefix(lang)}embed/outcomes/`;
  const overviewPath = `${prefix(lang)}embed/overview/`;

  for (const path of [ledgerPath, overviewPath]) {
    test(`/${path} has no header or footer, asks not to be indexed, and credits the site`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: w.nav.label })).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      // Every link opens in the window around the frame.
      await expect(page.locator('head base')).toHaveAttribute('target', '_top');
      await expect(page.locator('a[target]:not([target="_top"])')).toHaveCount(0);
      // A link drawn in SVG does not follow `<base target>`: each says so itself.
      await expect(page.locator('svg a:not([target="_top"])')).toHaveCount(0);
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
      // The credit: the site, leading home, and the record's date.
      await expect(page.getByRole('link', { name: w.siteName, exact: true })).toHaveAttribute(
        'href',
        `/${prefix(lang)}`,
      );
      await expect(page.locator(`time[datetime="${asOf}"]`).last()).toHaveText(
        formatDate(asOf, lang),
      );
    });
  }

  test(`/${ledgerPath} shows the totals and every entry with its status, and opens the full site (${lang})`, async ({
    page,
    baseURL,
  }) => {
    const frame = await hostPage(page, baseURL!, ledgerPath);
    const done = ledger.filter((entry) => entry.status === 'done').length;
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(w.ledger.title);
    await expect(
      frame.getByText(
        `${fill(w.ledger.totals, { total: ledger.length, done })} · ${fill(w.ledger.asOf, { date: formatDate(asOf, lang) })}`,
      ),
    ).toBeVisible();
    const items = frame.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(ledger.length);
    for (const [index, entry] of ledger.entries()) {
      const item = items.nth(index);
      const about = event(entry.event);
      await expect(item).toContainText(w.ledgerStatus[entry.status]);
      await expect(
        item.getByRole('link', { name: entry.translation[lang] ?? entry.said }),
      ).toHaveAttribute('href', `/${prefix(lang)}outcomes/#${entry.id}`);
      await expect(
        item.getByRole('link', { name: about.title[lang], exact: true }),
      ).toHaveAttribute('href', `/${prefix(lang)}${paths.event(about.id)}`);
    }
    // A link in the frame opens the full site in the window around it.
    const first = event(ledger[0]!.event);
    await items.first().getByRole('link', { name: first.title[lang], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${escape(prefix(lang))}${paths.event(first.id)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title[lang]);
  });

  test(`/${overviewPath} draws every event, each opening its entry on the timeline (${lang})`, async ({
    page,
    baseURL,
  }) => {
    const frame = await hostPage(page, baseURL!, overviewPath);
    const overview = frame.getByRole('navigation', { name: w.overview.label });
    for (const e of events) {
      await expect(
        overviewMarker(overview, e.title[lang], formatDate(e.date, lang)),
      ).toHaveAttribute('href', `#${e.id}`);
    }
    const last = events.at(-1)!;
    await overviewMarker(overview, last.title[lang]).click();
    await expect(page).toHaveURL(new RegExp(`/${escape(prefix(lang))}#${last.id}$`));
    await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  });
}
