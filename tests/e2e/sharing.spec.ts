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

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

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
      const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
      const title = kind === '' ? SITE_NAMES[lang] : heading;

      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      expect(await meta(page, 'og:url')).toBe(url);
      expect(await meta(page, 'og:title')).toBe(title);
      expect(await meta(page, 'og:site_name')).toBe(SITE_NAMES[lang]);
      expect(await meta(page, 'og:description')).toBe(
        await page.locator('meta[name="description"]').getAttribute('content'),
      );
      expect(await meta(page, 'og:type')).toBe(
        /^(events|partners|quotes)\/./.test(kind) ? 'article' : 'website',
      );
      expect(await meta(page, 'og:locale')).toBe(LOCALES[lang]);
      expect(await meta(page, 'og:locale:alternate')).toBe(LOCALES[lang === 'ko' ? 'en' : 'ko']);

      const ogImage = await meta(page, 'og:image');
      const own = OWN_PREVIEW.test(path);
      expect(ogImage).toBe(
        siteUrl(own ? `${path}preview.png` : lang === 'en' ? 'en/preview.png' : 'preview.png'),
      );
      // The card shows the page's title, or the site's name where the page shares the home card.
      expect(await meta(page, 'og:image:alt')).toBe(own ? title : SITE_NAMES[lang]);
      const look = await image(request, served(ogImage!));
      expect([look.width, look.height]).toEqual([
        Number(await meta(page, 'og:image:width')),
        Number(await meta(page, 'og:image:height')),
      ]);
      expect([look.width, look.height]).toEqual([1200, 630]);

      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:title')).toBe(title);
      expect(await meta(page, 'twitter:image')).toBe(ogImage);
      expect(await meta(page, 'twitter:description')).toBe(await meta(page, 'og:description'));
    });
  }
}

test('the 404 page claims no address of its own', async ({ page }) => {
  await page.goto(NOT_FOUND_PAGES[0]!);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  expect(await meta(page, 'og:image')).toBe(siteUrl('preview.png'));
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
    expect(data.name).toBe((await page.getByRole('heading', { level: 1 }).textContent())?.trim());
    // The date at the precision the page shows: the first <time> of the date row.
    const dates = page.locator('.facts dd').first().locator('time');
    expect(data.startDate).toBe(await dates.first().getAttribute('datetime'));
    expect(data.startDate).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    if ((await dates.count()) > 1)
      expect(data.endDate).toBe(await dates.last().getAttribute('datetime'));
    else expect(data.endDate).toBeUndefined();
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
    if (await place.count()) {
      expect(data.location['@type']).toBe('Place');
      expect(await place.locator('dd').textContent()).toContain(data.location.name);
    } else {
      expect(data.location).toBeUndefined();
    }
    expect(data.image).toBe(await meta(page, 'og:image'));
    // The sources cited are exactly the ones the page lists.
    const listed = await page
      .locator('main a[rel~="external"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(
      [...new Set(data.citation.map((source: { url: string }) => new URL(source.url).href))].sort(),
    ).toEqual([...new Set(listed)].sort());
    expect(data.description).toContain(await meta(page, 'og:description'));
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
    const original = await page.locator('blockquote').first().textContent();
    expect(original?.replace(/\s+/g, ' ')).toContain(data.text.replace(/\s+/g, ' '));
    expect(data.spokenByCharacter['@type']).toBe('Person');
    await expect(page.locator('main')).toContainText(data.spokenByCharacter.name);
    const saidAt = page.locator('section[aria-labelledby="said-at"] a').first();
    expect(data.about.url).toBe(siteUrl((await saidAt.getAttribute('href'))!));
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
    const hrefs = await page
      .locator('article.entry h4 a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const links = hrefs.map(siteUrl);
    expect(links.length).toBeGreaterThan(0);
    expect(list.itemListElement.map((item: { url: string }) => item.url)).toEqual(links);
    expect(list.itemListElement.map((item: { position: number }) => item.position)).toEqual(
      links.map((_, index) => index + 1),
    );
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
