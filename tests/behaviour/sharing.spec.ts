/**
 * What a shared link shows (the preview images) and what search engines read (the home
 * page's JSON-LD, the sitemap, robots.txt), parsed rather than only found. Every page's
 * link-preview tags are checked in pages.spec.ts, and event and quote pages check their
 * own JSON-LD (structured-data.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workerPage';
import { XMLParser } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { NOT_FOUND_PAGES } from '../support/pages';
import { lookAt } from '../support/previewInk';
import {
  asOf,
  escape,
  event,
  events,
  expectedPages,
  formatDate,
  lastChanged,
  partners,
  publisher,
  quotes,
  indexedPages,
  inLang,
  languages,
  paths,
  prefix,
  served,
  siteUrl,
  splitLang,
} from './fixture';
import { fact, region } from './page';
import { jsonLd } from './structured-data';
import { words } from './words';

/** Pages with a preview image of their own: the home page, events, partners, quotes. */
const ownPreview = (path: string) => /^((events|partners|quotes)\/[^/]+\/)?$/.test(path);

/** A `<meta>` tag by its `property` (Open Graph) or `name` (Twitter, description). */
const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`);

for (const lang of languages) {
  const w = words[lang];

  test(`the ${lang} home page describes the site and lists its events for search engines`, async ({
    page,
  }) => {
    await page.goto(prefix(lang));
    const [site, list] = (await jsonLd(page))['@graph'];
    expect(site['@type']).toBe('WebSite');
    expect(site.url).toBe(siteUrl(prefix(lang)));
    expect(site.name).toBe(w.siteName);
    expect(site.inLanguage).toBe(lang);
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement).toEqual(
      events.map((e, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: siteUrl(inLang(paths.event(e.id), lang)),
      })),
    );
  });
}

for (const lang of languages) {
  const w = words[lang];
  /** An event a change names, a partner none names, a quote, and the ledger page. */
  const quiet = partners.find((p) => !lastChanged('partners', p.id).logged)!;
  const cited = [
    {
      path: paths.event('launch-day'),
      title: event('launch-day').title[lang],
      ...lastChanged('events', 'launch-day'),
    },
    {
      path: paths.partner(quiet.id),
      title: quiet.name[lang],
      ...lastChanged('partners', quiet.id),
    },
    {
      path: paths.quote(quotes[0]!.id),
      title: quotes[0]!.topic[lang],
      ...lastChanged('quotes', quotes[0]!.id),
    },
    { path: 'outcomes/', title: w.ledger.title, ...lastChanged('pages', 'outcomes') },
  ];

  test(`${lang} event, partner, quote and ledger pages say how to cite them, to people and to reference managers`, async ({
    page,
  }) => {
    for (const { path: own, title, date, logged } of cited) {
      const path = inLang(own, lang);
      const url = siteUrl(path);
      await page.goto(path);
      const cite = region(page, w.cite.title);
      await expect(fact(page, w.cite.pageTitle)).toHaveText(title);
      await expect(fact(page, w.cite.publisher)).toHaveText(publisher[lang]);
      // The day it last changed, from the change log, or the record's as-of date, said so.
      await expect(fact(page, w.cite.lastChanged).locator('time')).toHaveAttribute(
        'datetime',
        date,
      );
      await expect(fact(page, w.cite.lastChanged)).toHaveText(
        logged
          ? formatDate(date, lang)
          : w.cite.notLogged.replace('{date}', formatDate(date, lang)),
      );
      await expect(fact(page, w.cite.asOf)).toHaveText(formatDate(asOf, lang));
      await expect(cite.getByRole('link', { name: url, exact: true })).toHaveAttribute('href', url);
      for (const style of [w.cite.apa, w.cite.chicago]) {
        await expect(fact(page, style)).toContainText(publisher[lang]);
        // Chicago writes an English title in title case.
        await expect(fact(page, style)).toContainText(new RegExp(escape(title), 'i'));
        await expect(fact(page, style)).toContainText(url);
      }
      // What Zotero and Google Scholar read, and search engines.
      await expect(meta(page, 'citation_title')).toHaveAttribute('content', title);
      await expect(meta(page, 'citation_publisher')).toHaveAttribute('content', publisher[lang]);
      await expect(meta(page, 'citation_date')).toHaveAttribute(
        'content',
        date.replaceAll('-', '/'),
      );
      await expect(meta(page, 'citation_public_url')).toHaveAttribute('content', url);
      await expect(meta(page, 'citation_language')).toHaveAttribute('content', lang);
      const data = await jsonLd(page);
      const webPage = data.mainEntityOfPage ?? data;
      expect(webPage, path).toMatchObject({ '@type': 'WebPage', url, dateModified: date });
    }
  });

  test(`/${prefix(lang)}cite.json gives every cited page to reference managers as CSL-JSON`, async ({
    request,
  }) => {
    const items = await (await request.get(`${prefix(lang)}cite.json`)).json();
    for (const { path, title, date } of cited) {
      expect(items).toContainEqual(
        expect.objectContaining({
          type: 'webpage',
          title,
          URL: siteUrl(inLang(path, lang)),
          author: [{ literal: publisher[lang] }],
          issued: { 'date-parts': [date.split('-').map(Number)] },
        }),
      );
    }
  });
}

test('the 404 page claims no address of its own, and offers the feed', async ({ page }) => {
  await page.goto(NOT_FOUND_PAGES[0]!);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(meta(page, 'og:url')).toHaveCount(0);
  await expect(meta(page, 'og:image')).toHaveAttribute('content', siteUrl('preview.png'));
  await expect(
    page.locator('head link[rel="alternate"][type="application/rss+xml"]'),
  ).toHaveAttribute('href', '/rss.xml');
});

test('every page with a card of its own has a 1200×630 image, its own, with its text inside', async ({
  request,
}) => {
  const own = expectedPages.filter((path) => ownPreview(splitLang(path).path));
  /** Each image (by its hash) → the pages it stands for. */
  const drawn = new Map<string, string[]>();
  for (const path of own) {
    const response = await request.get(`${path}preview.png`);
    expect(response.status(), `/${path}preview.png`).toBe(200);
    const png = await response.body();
    expect(await lookAt(png), `/${path}preview.png`).toEqual({
      width: 1200,
      height: 630,
      inkInMargin: undefined,
      hasInk: true,
    });
    const hash = createHash('sha256').update(png).digest('hex');
    drawn.set(hash, [...(drawn.get(hash) ?? []), path]);
  }
  // No two pages share a card (the fixture's titles all differ).
  expect([...drawn.values()].filter((paths) => paths.length > 1)).toEqual([]);
});

test('the sitemap lists every page once, with its version in every language', async ({
  request,
}) => {
  const robots = await (await request.get('robots.txt')).text();
  const index = robots.match(/^Sitemap: (.+)$/m)?.[1];
  expect(index).toBe(siteUrl('sitemap-index.xml'));
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const toList = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
  const sitemaps = toList(
    parser.parse(await (await request.get(served(index!))).text()).sitemapindex.sitemap,
  );
  const urls: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] = [];
  for (const { loc } of sitemaps as { loc: string }[]) {
    const response = await request.get(served(loc));
    expect(response.status(), loc).toBe(200);
    urls.push(...toList(parser.parse(await response.text()).urlset.url));
  }
  // Every page but the embeds, which ask not to be indexed.
  expect(urls.map((url) => url.loc).toSorted()).toEqual(indexedPages.map(siteUrl).toSorted());
  for (const url of urls) {
    const path = url.loc.slice(siteUrl('').length);
    const { path: own } = splitLang(path);
    const alternates = Object.fromEntries(
      toList(url['xhtml:link']).map((link) => [link.hreflang, link.href]),
    );
    expect(alternates, url.loc).toEqual(
      Object.fromEntries(languages.map((lang) => [lang, siteUrl(inLang(own, lang))])),
    );
  }
});
