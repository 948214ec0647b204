/**
 * What a shared link shows (the preview images) and what search engines read (the home
 * page's JSON-LD, the sitemap, robots.txt), parsed rather than only found. Every page's
 * link-preview tags are checked in pages.test.ts, and event and quote pages check their
 * own JSON-LD (structured-data.ts); whether a card's text stays inside its margins is the
 * unit tests' (tests/unit/preview.test.ts) and, for the real site's cards, the page gates'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { NOT_FOUND_PAGES } from '../support/pages';
import { FIXTURE_DIST } from '../support/project.mjs';
import { file, open } from './dom';
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
} from './fixture';
import { jsonLd } from './structured-data';
import { words } from './words';

/** Pages with a preview image of their own: the home page, events, partners, quotes. */
const ownPreview = (path: string) => /^((events|partners|quotes)\/[^/]+\/)?$/.test(path);

describe.each(languages)('the %s home page', (lang) => {
  const w = words[lang];

  test('describes the site and lists its events for search engines', () => {
    const [site, list] = jsonLd(open(prefix(lang)).document)['@graph'];
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
});

test('the 404 page claims no address of its own, and offers the feed', () => {
  const { document } = open(NOT_FOUND_PAGES[0]!);
  const meta = (key: string) =>
    document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`);
  expect(document.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
  expect(meta('og:url')).toHaveLength(0);
  expect(meta('og:image')[0]?.getAttribute('content')).toBe(siteUrl('preview.png'));
  expect(
    document
      .querySelector('head link[rel="alternate"][type="application/rss+xml"]')
      ?.getAttribute('href'),
  ).toBe('/rss.xml');
});

test('every page with a card of its own has a 1200×630 image, its own', async () => {
  const own = expectedPages.filter((path) => ownPreview(splitLang(path).path));
  /** Each image (by its hash) → the pages it stands for. */
  const drawn = new Map<string, string[]>();
  for (const path of own) {
    const png = readFileSync(join(FIXTURE_DIST, `${path}preview.png`));
    const { width, height, format } = await sharp(png).metadata();
    expect({ width, height, format }, `/${path}preview.png`).toEqual({
      width: 1200,
      height: 630,
      format: 'png',
    });
    const hash = createHash('sha256').update(png).digest('hex');
    drawn.set(hash, [...(drawn.get(hash) ?? []), path]);
  }
  // No two pages share a card (the fixture's titles all differ).
  expect([...drawn.values()].filter((paths) => paths.length > 1)).toEqual([]);
});

test('the sitemap lists every page once, with its version in every language', () => {
  const index = file('robots.txt').match(/^Sitemap: (.+)$/m)?.[1];
  expect(index).toBe(siteUrl('sitemap-index.xml'));
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const toList = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
  const sitemaps = toList(parser.parse(file(served(index!))).sitemapindex.sitemap);
  const urls: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] = [];
  for (const { loc } of sitemaps as { loc: string }[]) {
    urls.push(...toList(parser.parse(file(served(loc))).urlset.url));
  }
  // Every page but the embeds, which ask not to be indexed.
  expect(urls.map((url) => url.loc).toSorted()).toEqual(indexedPages.map(siteUrl).toSorted());
  for (const url of urls) {
    const { path: own } = splitLang(url.loc.slice(siteUrl('').length));
    const alternates = Object.fromEntries(
      toList(url['xhtml:link']).map((link) => [link.hreflang, link.href]),
    );
    expect(alternates, url.loc).toEqual(
      Object.fromEntries(languages.map((lang) => [lang, siteUrl(inLang(own, lang))])),
    );
  }
});
