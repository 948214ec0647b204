/**
 * Every page of the fixture's build: all of it there, in every language, each with the
 * shell a reader expects (language, title, header, footer, feed) and its content shown
 * without JavaScript.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workerPage';
import { defaultLang, localeOf } from '../../src/i18n/locales';
import { builtPages } from '../support/pages';
import { FIXTURE_DIST } from '../support/project.mjs';
import {
  event,
  events,
  embedPages,
  expectedPages,
  inLang,
  languages,
  others,
  partner,
  paths,
  prefix,
  primary,
  quotes,
  siteUrl,
  escape,
  splitLang,
  type LedgerStatus,
} from '../pages/fixture';
import { menuLink } from './page';
import { fill, words } from '../pages/words';

test('the build has every page of the fixture, in every language, and no other', () => {
  expect(builtPages(FIXTURE_DIST)).toEqual(expectedPages);
});

/**
 * What a page of the fixture is, from its path: its heading, the description and title
 * link previews show, whether it is about one thing (an event, a partner, a quote) and
 * so has a card of its own.
 */
function pageOf(path: string) {
  const { lang, path: own } = splitLang(path);
  const w = words[lang];
  const [kind, id] = own.split('/');
  const one = (heading: string, description: string) => ({ heading, description, own: true });
  if (kind === 'events') {
    const e = event(id!);
    return one(e.title[lang], e.summary[lang]);
  }
  if (kind === 'partners' && id) return one(partner(id).name[lang], partner(id).summary[lang]);
  if (kind === 'quotes' && id) {
    const q = quotes.find((quote) => quote.id === id)!;
    // A translation is said to be the site's, never given as the speaker's words.
    // His own words where a source prints them, said to be his and whose.
    const translated = q.translation[lang];
    const spoken = q.spoken[lang];
    const note = fill(w.sourceNotes.siteTranslation, { speaker: q.speaker[lang] });
    const by = spoken && fill(w.sourceNotes.spoken, { publisher: spoken.source.publisher[lang] });
    return one(
      q.topic[lang],
      spoken
        ? `${q.speaker[lang]} (${by}): “${spoken.text}”`
        : translated
          ? `${q.speaker[lang]}: “${translated}” (${note})`
          : `${q.speaker[lang]}: “${q.text}”`,
    );
  }
  if (kind === 'outcomes' && id) {
    const status = id as LedgerStatus;
    return {
      heading: fill(w.ledger.statusTitle, { status: w.ledgerStatus[status] }),
      description: w.ledgerMeaning[status],
      own: false,
    };
  }
  const list = {
    outcomes: { title: w.ledger.title, intro: w.ledger.intro },
    partners: w.partners,
    quotes: w.quotes,
    sources: w.sources,
    changes: w.changes,
    about: w.about,
  }[kind!];
  if (list) return { heading: list.title, description: list.intro, own: false };
  // The home page: the site's name and description, and a card of its own.
  return { heading: w.timeline.title, description: w.siteDescription, own: true, home: true };
}

/**
 * What a page's head says, read in one go: its language and encoding, its `<meta>` tags'
 * contents by `property` (Open Graph) or `name` (each a list, in the page's order), its
 * canonical address, its feeds, and its versions in other languages (`hreflang`).
 */
const headOf = (page: Page) =>
  page.locator('html').evaluate((html) => {
    const all = (selector: string) => [...html.querySelectorAll<HTMLElement>(selector)];
    const meta: Record<string, string[]> = {};
    for (const tag of all('head meta[property], head meta[name]')) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name')!;
      (meta[key] ??= []).push(tag.getAttribute('content') ?? '');
    }
    const links = (rel: string) => all(`head link[rel="${rel}"]`) as HTMLLinkElement[];
    return {
      lang: html.getAttribute('lang'),
      charset: html.querySelector('meta[charset]')?.getAttribute('charset'),
      meta,
      canonical: links('canonical').map((link) => link.getAttribute('href')),
      feeds: links('alternate')
        .filter((link) => link.type === 'application/rss+xml')
        .map((link) => ({ href: link.getAttribute('href'), title: link.title })),
      alternates: links('alternate')
        .filter((link) => link.hreflang)
        .map((link) => ({ hreflang: link.hreflang, href: link.getAttribute('href') })),
    };
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The embeds have no header or footer of their own: embeds.spec.ts.
  for (const path of expectedPages.filter((page) => !embedPages.includes(page))) {
    const { lang, path: ownPath } = splitLang(path);
    const w = words[lang];
    const { heading, description, own, home } = { home: false, ...pageOf(path) };

    test(`/${path} shows its language, title, header, footer, alternates and content`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The page's title and the site's name, or (where that is long) the page's title alone.
      const full = `${heading} · ${w.siteName}`;
      await expect(page).toHaveTitle(
        home
          ? w.siteName
          : full.length <= 70
            ? full
            : new RegExp(`^${escape(heading.slice(0, 30))}`),
      );

      // What the head says, read at once: its language and encoding; what a link to it
      // shows (title, description, address, language, card); its address; its feed; its
      // version in every language, and which is the default, for search engines.
      const shared = home ? w.siteName : heading;
      const card = siteUrl(`${own ? path : prefix(lang)}preview.png`);
      await expect
        .poll(() => headOf(page))
        .toMatchObject({
          lang,
          charset: expect.stringMatching(/^utf-8$/i),
          meta: {
            description: [description],
            'og:title': [shared],
            'twitter:title': [shared],
            'og:description': [description],
            'twitter:description': [description],
            'og:url': [siteUrl(path)],
            'og:type': [own && !home ? 'article' : 'website'],
            'og:site_name': [w.siteName],
            'og:locale': [localeOf(lang).ogLocale],
            'og:locale:alternate': others(lang).map((other) => localeOf(other).ogLocale),
            'og:image': [card],
            'twitter:image': [card],
            'og:image:alt': [own ? shared : w.siteName],
            'og:image:width': ['1200'],
            'og:image:height': ['630'],
            'twitter:card': ['summary_large_image'],
          },
          canonical: [siteUrl(path)],
          feeds: [{ href: `/${prefix(lang)}rss.xml`, title: w.siteName }],
          alternates: [
            ...languages.map((version) => ({
              hreflang: version,
              href: siteUrl(inLang(ownPath, version)),
            })),
            { hreflang: 'x-default', href: siteUrl(inLang(ownPath, defaultLang)) },
          ],
        });

      // The site's name leads home in the page's own language; the menu is there.
      await expect(
        page.getByRole('banner').getByRole('link', { name: w.siteName }),
      ).toHaveAttribute('href', `/${prefix(lang)}`);
      await expect(
        page.getByRole('navigation', { name: w.nav.label }).getByRole('link'),
      ).toHaveText([w.nav.timeline, w.nav.outcomes, w.nav.partners, w.nav.quotes]);
      // The footer credits the article, and offers the feed, the calendar and the data.
      const footer = page.getByRole('contentinfo');
      await expect(
        footer.getByRole('link', { name: new RegExp(`^${escape(primary.publisher[lang])}`) }),
      ).toHaveAttribute('href', primary.url);
      await expect(footer.getByRole('link', { name: w.footer.feed })).toHaveAttribute(
        'href',
        `/${prefix(lang)}rss.xml`,
      );
      await expect(footer.getByRole('link', { name: w.footer.calendar })).toHaveAttribute(
        'href',
        `/${prefix(lang)}calendar.ics`,
      );
      await expect(footer.getByRole('link', { name: w.footer.data })).toHaveAttribute(
        'href',
        '/events.json',
      );
      // JSON-LD is data for search engines, not a script that runs.
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);

      // Its content, with JavaScript off: the page's heading and more than a line of text.
      // (With no script on the page, as checked above, JavaScript could change nothing.)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main')).toHaveText(/[\s\S]{51}/, { useInnerText: true });
    });
  }

  test('links lead on: timeline → event → partner → quote list → quote → event', async ({
    page,
  }) => {
    const w = words[defaultLang];
    const quote = quotes[0]!;
    const e = quote.event;
    const said = partner(e.partners[0]!);
    await page.goto('');
    await page.getByRole('link', { name: e.title[defaultLang], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${paths.event(e.id)}$`));
    await page
      .getByRole('main')
      .getByRole('link', { name: said.name[defaultLang], exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${paths.partner(said.id)}$`));
    await menuLink(page, w.nav.label, w.nav.quotes).click();
    await page.getByRole('link', { name: quote.topic[defaultLang], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${paths.quote(quote.id)}$`));
    await page.getByRole('region', { name: w.quotes.saidAt }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${paths.event(e.id)}$`));
  });
});

/** The relative luminance of a CSS `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('a dark colour scheme gets dark colours, with light text', async ({ browser }) => {
  const colours: Record<string, { background: number; text: number }> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(paths.event(events[0]!.id));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const body = page.locator('body');
    const [background, text] = await body.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color];
    });
    colours[colorScheme] = { background: luminance(background), text: luminance(text) };
    await context.close();
  }
  // Each scheme its own: light text on a dark ground, dark text on a light one.
  expect(colours.light!.background).toBeGreaterThan(colours.light!.text);
  expect(colours.dark!.background).toBeLessThan(colours.dark!.text);
  expect(colours.dark!.background).toBeLessThan(colours.light!.background);
});
