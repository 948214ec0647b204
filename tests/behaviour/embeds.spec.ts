/**
 * The embeds in another site's frame: a link clicked inside the frame opens the full site
 * in the window around it (what the embeds' HTML says is tested in
 * tests/pages/embeds.test.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workerPage';
import { escape, event, events, languages, ledger, paths, prefix } from '../pages/fixture';
import { overviewMarker } from './page';
import { words } from '../pages/words';

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

  test(`a link in the ledger's embed opens the full site around the frame (${lang})`, async ({
    page,
    baseURL,
  }) => {
    const frame = await hostPage(page, baseURL!, `${prefix(lang)}embed/outcomes/`);
    const first = event(ledger[0]!.event);
    await frame
      .getByRole('main')
      .getByRole('listitem')
      .first()
      .getByRole('link', { name: first.title[lang], exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${escape(prefix(lang))}${paths.event(first.id)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title[lang]);
  });

  test(`a marker in the overview's embed opens its entry on the timeline around the frame (${lang})`, async ({
    page,
    baseURL,
  }) => {
    const frame = await hostPage(page, baseURL!, `${prefix(lang)}embed/overview/`);
    const overview = frame.getByRole('navigation', { name: w.overview.label });
    const last = events.at(-1)!;
    await overviewMarker(overview, last.title[lang]).click();
    await expect(page).toHaveURL(new RegExp(`/${escape(prefix(lang))}#${last.id}$`));
    await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  });
}
