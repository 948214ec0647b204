/**
 * What a shared link shows (Open Graph and Twitter tags, the preview images) and what
 * search engines read (the home page's JSON-LD, the sitemap, robots.txt), parsed rather
 * than only found. Event and quote pages check their own JSON-LD (structured-data.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { localeOf } from '../../src/i18n/locales';
import { NOT_FOUND_PAGES } from '../support/pages';
import { lookAt } from '../support/previewInk';
import {
  events,
  expectedPages,
  inLang,
  languages,
  others,
  pageKinds,
  paths,
  prefix,
  served,
  siteUrl,
  splitLang,
} from './fixture';
import { jsonLd } from './structured-data';
import { words } from './words';

/** Pages with a preview image of their own: the home page, events, partners, quotes. */
const ownPreview = (path: string) => /^((events|partners|quotes)\/[^/]+\/)?$/.test(path);

/** A `<meta>` tag by its `property` (Open Graph) or `name` (Twitter, description). */
const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`);

for (const lang of languages) {
  const w = words[lang];

  for (const { kind, path: own } of pageKinds) {
    const path = inLang(own, lang);

    test(`the ${lang} ${kind} page tells link previews its title, description, address, language and image`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const has = (key: string, content: string | RegExp) =>
        expect(meta(page, key), key).toHaveAttribute('content', content);
      const url = siteUrl(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await has('og:url', url);
      // The page's own title (its heading), or the site's name on the home page.
      const title =
        own === '' ? w.siteName : await page.getByRole('heading', { level: 1 }).innerText();
      await has('og:title', title);
      await has('twitter:title', title);
      await has('og:site_name', w.siteName);
      await has('description', /.{20,}/);
      const description = (await meta(page, 'description').getAttribute('content'))!;
      await has('og:description', description);
      await has('twitter:description', description);
      await has('og:type', /^(events|partners|quotes)\/./.test(own) ? 'article' : 'website');
      await has('og:locale', localeOf(lang).ogLocale);
      for (const other of others(lang)) await has('og:locale:alternate', localeOf(other).ogLocale);

      // Its own card, or the home page's in its language.
      const image = siteUrl(`${ownPreview(own) ? path : prefix(lang)}preview.png`);
      await has('og:image', image);
      await has('twitter:image', image);
      await has('twitter:card', 'summary_large_image');
      await has('og:image:alt', ownPreview(own) ? title : w.siteName);
      // The image is there; its size and ink are checked below, for every card.
      const response = await request.get(served(image));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      await has('og:image:width', '1200');
      await has('og:image:height', '630');
    });
  }

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
        name: e.title[lang],
      })),
    );
  });
}

test('the 404 page claims no address of its own', async ({ page }) => {
  await page.goto(NOT_FOUND_PAGES[0]!);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(meta(page, 'og:url')).toHaveCount(0);
  await expect(meta(page, 'og:image')).toHaveAttribute('content', siteUrl('preview.png'));
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
  expect(urls.map((url) => url.loc).toSorted()).toEqual(expectedPages.map(siteUrl).toSorted());
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
