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
  events,
  expectedPages,
  indexedPages,
  inLang,
  languages,
  paths,
  prefix,
  served,
  siteUrl,
  splitLang,
} from '../pages/fixture';
import { jsonLd } from './structured-data';
import { words } from '../pages/words';

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
