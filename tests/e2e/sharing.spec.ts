/**
 * What a shared link shows (Open Graph and Twitter tags, the preview images) and what
 * search engines read (JSON-LD, the sitemap, robots.txt), parsed rather than only found.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookAt } from '../support/previewInk';
import { builtPages, dist, NOT_FOUND_PAGES, served, siteUrl } from './pages';

const pages = builtPages();
const SITE_NAMES = { ko: '오픈AI 코리아 타임라인', en: 'OpenAI Korea Timeline' };
const LOCALES = { ko: 'ko_KR', en: 'en_US' };
/** Pages with a preview image of their own: the home page, events, partners, quotes. */
const OWN_PREVIEW = /^(en\/)?((events|partners|quotes)\/[^/]+\/)?$/;

/** One page of each kind, in each language, and whether it has an image of its own. */
const KINDS = ['', 'events/snu-mou/', 'partners/kakao/', 'quotes/korea-ideal-hub/', 'partners/'];

/** A `<meta>` tag by its `property` (Open Graph) or `name` (Twitter, description). */
const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`);

async function image(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('image/png');
  return lookAt(await response.body());
}

for (const lang of ['ko', 'en'] as const) {
  for (const kind of KINDS) {
    const path = lang === 'en' ? `en/${kind}` : kind;
    test(`/${path} tells link previews its title, description, address, language and image`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const url = siteUrl(path);
      const has = (key: string, content: string | RegExp) =>
        expect(meta(page, key), key).toHaveAttribute('content', content);

      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await has('og:url', url);
      // The page's title (its heading), or the site's name on the home page.
      const heading = page.getByRole('heading', { level: 1 });
      const title =
        kind === '' ? SITE_NAMES[lang] : await meta(page, 'og:title').getAttribute('content');
      if (kind === '') await has('og:title', title!);
      else await expect(heading).toHaveText(title!);
      await has('og:site_name', SITE_NAMES[lang]);
      // A value to compare the others with, read once the page has its head.
      const description = (await meta(page, 'description').getAttribute('content')) ?? '';
      await has('og:description', description);
      await has('og:type', /^(events|partners|quotes)\/./.test(kind) ? 'article' : 'website');
      await has('og:locale', LOCALES[lang]);
      await has('og:locale:alternate', LOCALES[lang === 'ko' ? 'en' : 'ko']);

      const own = OWN_PREVIEW.test(path);
      const ogImage = siteUrl(
        own ? `${path}preview.png` : lang === 'en' ? 'en/preview.png' : 'preview.png',
      );
      await has('og:image', ogImage);
      // The card shows the page's title, or the site's name where the page shares the home card.
      await has('og:image:alt', own ? title! : SITE_NAMES[lang]);
      const look = await image(request, served(ogImage));
      await has('og:image:width', String(look.width));
      await has('og:image:height', String(look.height));
      expect([look.width, look.height]).toEqual([1200, 630]);

      await has('twitter:card', 'summary_large_image');
      await has('twitter:title', title!);
      await has('twitter:image', ogImage);
      await has('twitter:description', description);
    });
  }
}

test('the 404 page claims no address of its own', async ({ page }) => {
  await page.goto(NOT_FOUND_PAGES[0]!);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(meta(page, 'og:image')).toHaveAttribute('content', siteUrl('preview.png'));
});

test('every page with an image of its own has a 1200×630 preview with its text inside the card', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const own = pages.filter((path) => OWN_PREVIEW.test(path));
  // The home page, and every event, partner and quote, in both languages.
  expect(own.length).toBe(
    2 * (1 + pages.filter((path) => /^(events|partners|quotes)\/./.test(path)).length),
  );
  /** Each image (by its hash) → the titles of the pages it stands for. */
  const drawn = new Map<string, Set<string>>();
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
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const title = html.match(/<meta property="og:title" content="([^"]*)"/)?.[1] ?? '';
    drawn.set(hash, (drawn.get(hash) ?? new Set()).add(title));
  }
  // Each card is its page's own: two pages share an image only when they share a title
  // (two quotes on one topic).
  for (const titles of drawn.values()) expect([...titles]).toHaveLength(1);
  expect(drawn.size).toBeGreaterThan(own.length / 2);
});

test('every page points link previews at an image that exists', async ({ request }) => {
  const images = new Set<string>();
  for (const path of [...pages, ...NOT_FOUND_PAGES]) {
    const file = path.endsWith('.html') ? path : join(path, 'index.html');
    const html = readFileSync(join(dist, file), 'utf8');
    const found = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(found, `og:image on /${path}`).toBeDefined();
    images.add(found!);
  }
  for (const url of images) {
    const response = await request.get(served(url));
    expect(response.status(), url).toBe(200);
  }
});

/** The JSON-LD a page carries, parsed. */
async function jsonLd(page: Page): Promise<Record<string, any>> {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  return JSON.parse((await scripts.textContent()) ?? '');
}

for (const path of pages.filter((path) => /^(en\/)?events\/./.test(path))) {
  test(`/${path} describes its event to search engines`, async ({ page }) => {
    await page.goto(path);
    const data = await jsonLd(page);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data.url).toBe(siteUrl(path));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name);
    // The date at the precision the page shows: the first <time> of the date row, and the
    // last where the row gives a range.
    const dates = page.locator('.facts dd').first().locator('time');
    expect(data.startDate).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    await expect(dates.first()).toHaveAttribute('datetime', data.startDate);
    if (data.endDate === undefined) {
      await expect(dates).toHaveCount(1);
    } else {
      await expect(dates.nth(1)).toBeAttached();
      await expect(dates.last()).toHaveAttribute('datetime', data.endDate);
    }
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    // The organiser only where the event's content file names one.
    const slug = path.split('/').at(-2)!;
    const file = readFileSync(
      join(import.meta.dirname, `../../src/content/events/${slug}.mdx`),
      'utf8',
    );
    const { organizer } = parseYaml(file.split(/^---$/m)[1]!) as { organizer?: string };
    if (organizer) expect(data.organizer).toEqual({ '@type': 'Organization', name: organizer });
    else expect(data.organizer).toBeUndefined();
    // A place only where the page names one.
    const place = page.locator('.facts > div', {
      has: page.locator('dt', { hasText: /^(장소|Place)$/ }),
    });
    if (data.location === undefined) {
      await expect(place).toHaveCount(0);
    } else {
      expect(data.location['@type']).toBe('Place');
      await expect(place.locator('dd')).toContainText(data.location.name);
    }
    await expect(meta(page, 'og:image')).toHaveAttribute('content', data.image);
    // The sources cited are exactly the ones the page lists (retried until the page has them).
    const links = page.locator('main a[rel~="external"]');
    const hrefs = (all: Element[]) => all.map((link) => (link as HTMLAnchorElement).href);
    await expect
      .poll(async () => [...new Set(await links.evaluateAll(hrefs))].sort())
      .toEqual(
        [
          ...new Set(data.citation.map((source: { url: string }) => new URL(source.url).href)),
        ].sort(),
      );
    const description = await meta(page, 'og:description').getAttribute('content');
    expect(data.description).toContain(description);
    expect(data.inLanguage).toBe(path.startsWith('en/') ? 'en' : 'ko');
  });
}

for (const path of pages.filter((path) => /^(en\/)?quotes\/./.test(path))) {
  test(`/${path} gives search engines the quotation verbatim`, async ({ page }) => {
    await page.goto(path);
    const data = await jsonLd(page);
    expect(data['@type']).toBe('Quotation');
    expect(data.url).toBe(siteUrl(path));
    expect(data.inLanguage).toBe('ko');
    // The original comes first; an English page adds its translation below.
    // (toContainText compares with runs of white space made one space, on both sides.)
    await expect(page.locator('blockquote').first()).toContainText(data.text);
    expect(data.spokenByCharacter['@type']).toBe('Person');
    await expect(page.locator('main')).toContainText(data.spokenByCharacter.name);
    const saidAt = page.locator('section[aria-labelledby="said-at"] a').first();
    await expect(saidAt).toHaveAttribute('href', served(data.about.url));
    if (path.startsWith('en/')) expect(data.workTranslation.inLanguage).toBe('en');
    else expect(data.workTranslation).toBeUndefined();
  });
}

for (const path of ['', 'en/']) {
  test(`/${path} describes the site and lists its events for search engines`, async ({ page }) => {
    await page.goto(path);
    const data = await jsonLd(page);
    const [site, list] = data['@graph'];
    expect(site['@type']).toBe('WebSite');
    expect(site.url).toBe(siteUrl(path));
    expect(site.name).toBe(SITE_NAMES[path ? 'en' : 'ko']);
    expect(list['@type']).toBe('ItemList');
    // The events the page shows, in its order: one list item each, linked to its page.
    const items: { url: string; position: number }[] = list.itemListElement;
    expect(items.length).toBeGreaterThan(0);
    const anchors = page.locator('article.entry h4 a');
    await expect(anchors).toHaveCount(items.length);
    for (const [index, item] of items.entries()) {
      await expect(anchors.nth(index)).toHaveAttribute('href', served(item.url));
    }
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
  });
}

test('the sitemap lists every page once, with its other-language version', async ({ request }) => {
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
  expect(urls.map((url) => url.loc).toSorted()).toEqual(pages.map(siteUrl).toSorted());
  for (const url of urls) {
    const path = url.loc.slice(siteUrl('').length);
    const korean = path.replace(/^en\//, '').replace(/^en$/, '');
    const alternates = Object.fromEntries(
      toList(url['xhtml:link']).map((link) => [link.hreflang, link.href]),
    );
    expect(alternates, url.loc).toEqual({ ko: siteUrl(korean), en: siteUrl(`en/${korean}`) });
  }
});
