import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();
const korean = pages.filter((path) => !path.startsWith('en/'));

const EVENTS_EN = [
  ['kakao-partnership', 'February 2025'],
  ['builder-lab', 'February 2025'],
  ['seoul-office-announcement', 'May 26, 2025'],
  ['creative-lab-seoul', 'August 28, 2025'],
  ['seoul-light-ddp', 'August 28, 2025 – September 7, 2025'],
  ['launch-press-conference', 'September 10, 2025'],
  ['snu-mou', 'September 11, 2025'],
  ['founder-day', 'September 12, 2025'],
  ['head-of-korea-appointment', 'September 29, 2025'],
  ['stargate-korea-agreements', 'October 1, 2025'],
  ['economic-blueprint', 'October 23, 2025'],
  ['devday-exchange', 'November 2025'],
  ['head-of-korea-press-conference', 'December 4, 2025'],
  ['data-center-groundbreaking-plan', 'February 11, 2026'],
];

const PARTNERS_EN = [
  'Kakao',
  'GS E&C',
  'Toss',
  'KT',
  'LG Electronics',
  'SK Telecom',
  'Seoul National University',
  'Seoul Design Foundation',
  'Korean government',
];

/** How many quotes the quote list shows. */
const QUOTE_COUNT = 9;

/** `text` as a pattern that matches exactly it. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

test.describe('the English edition', () => {
  test('the timeline lists the same events in the same order, with English dates', async ({
    page,
  }) => {
    await page.goto('en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const entries = page.locator('article.entry');
    await expect(entries).toHaveCount(EVENTS_EN.length);
    for (const [index, [id]] of EVENTS_EN.entries()) {
      await expect(entries.nth(index)).toHaveId(id ?? '');
    }
    for (const [id, date] of EVENTS_EN) {
      await expect(page.locator(`#${id} .meta > :first-child`)).toHaveText(date ?? '');
    }
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'February 2025',
      'May 2025',
      'August 2025',
      'September 2025',
      'October 2025',
      'November 2025',
      'December 2025',
      'February 2026',
    ]);
    await expect(page.locator('#founder-day')).toContainText('Still planned at the article');
    await expect(page.locator('#founder-day .record')).toHaveText('From the article');
    await expect(page.locator('#data-center-groundbreaking-plan .record')).toHaveText(
      'Beyond the article',
    );
    await expect(page.locator('#data-center-groundbreaking-plan .status')).toHaveText(
      'Stated as a plan',
    );
    await expect(page.locator('#launch-press-conference')).toContainText('GS E&C');
  });

  test('every event, partner and quote page is reached by clicking, in English', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const [id] of EVENTS_EN) {
      await page.goto('en/');
      await page.locator(`#${id} h4 a`).click();
      await expect(page).toHaveURL(new RegExp(`/en/events/${id}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('.body p').first()).not.toBeEmpty();
    }
    await page.goto('en/');
    await nav(page).getByRole('link', { name: 'Partners' }).click();
    await expect(page).toHaveURL(/\/en\/partners\/$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(PARTNERS_EN);
    for (const name of PARTNERS_EN) {
      await page.goto('en/partners/');
      await page
        .getByRole('heading', { level: 2 })
        .getByRole('link', { name, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    }
    await page.goto('en/');
    await nav(page).getByRole('link', { name: 'Quotes' }).click();
    await expect(page).toHaveURL(/\/en\/quotes\/$/);
    await expect(page.locator('ol.quotes > li')).toHaveCount(QUOTE_COUNT);
    for (let index = 0; index < QUOTE_COUNT; index++) {
      await page.goto('en/quotes/');
      await page.locator('ol.quotes > li').nth(index).locator('figcaption a').click();
      await expect(page).toHaveURL(/\/en\/quotes\/[a-z0-9-]+\/$/);
    }
  });

  test('a quote shows the Korean original verbatim and a labelled English translation', async ({
    page,
  }) => {
    await page.goto('quotes/more-news-to-come/');
    const korean = page.locator('main blockquote').first();
    await expect(korean).not.toBeEmpty();
    const original = await korean.innerText();
    await page.goto('en/quotes/more-news-to-come/');
    await expect(page.getByText('Original (Korean)')).toBeVisible();
    await expect(page.getByText('English translation')).toBeVisible();
    const quotes = page.locator('main blockquote');
    await expect(quotes).toHaveCount(2);
    await expect(quotes.first()).toHaveAttribute('lang', 'ko');
    await expect(quotes.first()).toHaveText(original, { useInnerText: true });
    await expect(quotes.nth(1)).toContainText('more news');
  });

  test('a mistyped English address gets a 404 page in English too, leading home in English', async ({
    page,
  }) => {
    // Static hosts serve the one root 404.html for every missing address.
    const response = await page.goto('en/events/no-such-event/');
    expect(response?.status()).toBe(404);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.locator('[lang="en"]')).toHaveText('Page not found');
    const home = page.getByRole('link', { name: 'Back to the timeline' });
    await expect(home.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en');
    await home.click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('every page’s language switch leads to the same page in the other language', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  for (const path of korean) {
    await page.goto(path);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page, `/${path} → English`).toHaveURL(new URL(`en/${path}`, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page, `/en/${path} → 한국어`).toHaveURL(new URL(path, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  }
});

test('every page names both languages and x-default with hreflang', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  for (const path of pages) {
    const ko = path.replace(/^en\//, '');
    await page.goto(path);
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    const absolute = (p: string) => new URL(p, baseURL).pathname;
    const expected = [
      ['ko', absolute(ko)],
      ['en', absolute(`en/${ko}`)],
      ['x-default', absolute(ko)],
    ] as const;
    await expect(alternates, `/${path}`).toHaveCount(expected.length);
    for (const [index, [lang, pathname]] of expected.entries()) {
      const alternate = alternates.nth(index);
      await expect(alternate, `/${path}`).toHaveAttribute('hreflang', lang);
      // The address is absolute (the public SITE_URL); its path is the page's.
      await expect(alternate, `/${path} ${lang}`).toHaveAttribute(
        'href',
        new RegExp(`^[a-z]+://[^/]+${escapeRegExp(pathname)}$`),
      );
    }
  }
});
