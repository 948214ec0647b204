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
import { fact, file, href, open, region, text, within } from './dom';
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
import { jsonLd } from './structured-data';
import { fill, words } from './words';

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

describe.each(languages)('%s pages that say how to cite them', (lang) => {
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

  test.each(cited)(
    '/$path says how to cite it, to people and to reference managers',
    ({ path: own, title, date, logged }) => {
      const path = inLang(own, lang);
      const url = siteUrl(path);
      const { document } = open(path);
      const cite = region(document.body, w.cite.title);
      const value = (term: string) => {
        const found = fact(cite, term);
        expect(found, term).toBeDefined();
        return found!;
      };
      expect(text(value(w.cite.pageTitle))).toBe(title);
      expect(text(value(w.cite.publisher))).toBe(publisher[lang]);
      // The day it last changed, from the change log, or the record's as-of date, said so.
      expect(value(w.cite.lastChanged).querySelector('time')?.getAttribute('datetime')).toBe(date);
      expect(text(value(w.cite.lastChanged))).toBe(
        logged ? formatDate(date, lang) : fill(w.cite.notLogged, { date: formatDate(date, lang) }),
      );
      expect(text(value(w.cite.asOf))).toBe(formatDate(asOf, lang));
      expect(href(within(cite).getByRole('link', { name: url }))).toBe(url);
      for (const style of [w.cite.apa, w.cite.chicago]) {
        const words = text(value(style));
        expect(words).toContain(publisher[lang]);
        // Chicago writes an English title in title case.
        expect(words).toMatch(new RegExp(escape(title), 'i'));
        expect(words).toContain(url);
      }
      // What Zotero and Google Scholar read, and search engines.
      const meta = (name: string) =>
        document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
      expect(meta('citation_title')).toBe(title);
      expect(meta('citation_publisher')).toBe(publisher[lang]);
      expect(meta('citation_date')).toBe(date.replaceAll('-', '/'));
      expect(meta('citation_public_url')).toBe(url);
      expect(meta('citation_language')).toBe(lang);
      const data = jsonLd(document);
      const webPage = data.mainEntityOfPage ?? data;
      expect(webPage).toMatchObject({ '@type': 'WebPage', url, dateModified: date });
    },
  );

  test(`/${prefix(lang)}cite.json gives every cited page to reference managers as CSL-JSON`, () => {
    const items = JSON.parse(file(`${prefix(lang)}cite.json`));
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
