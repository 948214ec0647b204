/**
 * The embeds in another site's frame: a link clicked inside the frame opens the full site
 * in the window around it; the code pasted from /embeds/ shows all of the frame's page in a
 * column of another site, sized by its line; a fixed colour scheme keeps its colours (what
 * the embeds' HTML says is tested in tests/pages/embeds.test.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workerPage';
import { asOf, escape, event, events, languages, ledger, paths, prefix } from '../pages/fixture';
import { overviewMarker, region } from './page';
import { fill, words } from '../pages/words';
import { FIXTURE_SITE } from '../support/project.mjs';
import { HOST_URL } from '../support/servers.mjs';

/** The columns the embeds page offers code for, in CSS pixels. */
const COLUMNS = { phone: 320, desktop: 700 } as const;
type Column = keyof typeof COLUMNS;

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

/**
 * What a producer pastes from the embeds page for `embed` in a column of the reader's own
 * colours: the frame's code, and the line for the host page. The build's public address is
 * the fixture's made-up one; the test serves the fixture elsewhere.
 */
async function pastedCode(
  page: Page,
  baseURL: string,
  lang: (typeof languages)[number],
  embed: string,
  column: Column,
) {
  const w = words[lang];
  await page.goto(`${prefix(lang)}embeds/`);
  const codes = region(page, embed).locator('details[open]');
  const frame = await codes
    .getByRole('figure', {
      name: fill(w.embeds.code, {
        column: fill(w.embeds.columns[column], { width: COLUMNS[column] }),
      }),
    })
    .locator('code')
    .textContent();
  const line = await page
    .getByRole('figure', { name: w.embeds.resizeCode })
    .locator('code')
    .textContent();
  const here = (code: string | null) =>
    (code ?? '').replaceAll(new URL(FIXTURE_SITE).origin, new URL(baseURL).origin);
  return { frame: here(frame), line: here(line) };
}

for (const lang of languages) {
  const w = words[lang];
  for (const [embed, path] of [
    [w.embed.overviewTitle, 'embed/overview/'],
    [w.ledger.title, 'embed/outcomes/'],
  ] as const) {
    for (const column of Object.keys(COLUMNS) as Column[]) {
      test(`/${prefix(lang)}${path} in a ${COLUMNS[column]} px column of another site shows all of it and its credit, without scrolling inside, at its code’s height and sized by the host page’s line`, async ({
        page,
        baseURL,
      }) => {
        const code = await pastedCode(page, baseURL!, lang, embed, column);
        expect(code.frame).toContain('style="border: 0; width: 100%;"');
        // The frame's code alone, then with the line pasted after it.
        for (const withLine of [false, true]) {
          await test.step(
            withLine ? 'sized by the host page’s line' : 'at its code’s height',
            async () => {
              const host = new URL('article', process.env[HOST_URL]);
              host.searchParams.set('width', String(COLUMNS[column]));
              host.searchParams.set('code', withLine ? code.frame + code.line : code.frame);
              await page.goto(host.href);
              const frameElement = page.locator('iframe');
              await expect(frameElement).toHaveAttribute('title', embed);
              const frame = page.frameLocator('iframe');
              // The credit first, above the heading: the site, leading home, and the record's date.
              const credit = frame.getByRole('main').locator(':scope > :first-child');
              await expect(
                credit.getByRole('link', { name: w.siteName, exact: true }),
              ).toBeVisible();
              await expect(credit.locator(`time[datetime="${asOf}"]`)).toBeVisible();
              await expect(frame.getByRole('heading', { level: 1 })).toHaveText(embed);
              const framed = () =>
                page.frame({ url: (url) => url.pathname.endsWith(`/${prefix(lang)}${path}`) })!;
              // The frame's page ends within the frame, across and down: nothing scrolls inside it.
              await expect
                .poll(() =>
                  framed().evaluate(() => {
                    const root = document.documentElement;
                    return {
                      down: root.scrollHeight - innerHeight,
                      across: root.scrollWidth - innerWidth,
                    };
                  }),
                )
                .toEqual({ down: 0, across: 0 });
              if (withLine) {
                // The host's line sets the frame exactly to its page's height.
                await expect
                  .poll(async () => {
                    const inner = await framed().evaluate(() =>
                      Math.ceil(document.documentElement.getBoundingClientRect().height),
                    );
                    const outer = await frameElement.evaluate(
                      (element) => element.getBoundingClientRect().height,
                    );
                    return outer - inner;
                  })
                  .toBe(0);
              }
            },
          );
        }
      });
    }
  }

  for (const [scheme, other] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    test(`/${prefix(lang)}embed/outcomes/${scheme}/ keeps ${scheme} colours for a reader set to ${other}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: other });
      await page.goto(`${prefix(lang)}embed/outcomes/${scheme}/`);
      const background = await page
        .locator('body')
        .evaluate((body) => getComputedStyle(body).backgroundColor);
      await page.goto(`${prefix(lang)}embed/outcomes/`);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('body')).toHaveCSS('background-color', background);
      await page.emulateMedia({ colorScheme: other });
      await expect(page.locator('body')).not.toHaveCSS('background-color', background);
    });
  }
}
