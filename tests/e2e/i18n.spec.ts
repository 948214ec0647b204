import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();
const korean = pages.filter((path) => !path.startsWith('en/'));

const EVENTS_EN = [
  ['kakao-partnership', 'February 2025'],
  ['builder-lab', 'February 2025'],
  ['creative-lab-seoul', 'August 28, 2025'],
  ['seoul-light-ddp', 'August 28, 2025 – September 7, 2025'],
  ['launch-press-conference', 'September 10, 2025'],
  ['snu-mou', 'September 11, 2025'],
  ['founder-day', 'September 12, 2025'],
  ['devday-exchange', 'November 2025'],
];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

test.describe('the English edition', () => {
  test('the timeline lists the same events in the same order, with English dates', async ({
    page,
  }) => {
    await page.goto('en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const entries = page.locator('article.entry');
    expect(await entries.evaluateAll((els) => els.map((el) => el.id))).toEqual(
      EVENTS_EN.map(([id]) => id),
    );
    for (const [id, date] of EVENTS_EN) {
      await expect(page.locator(`#${id} .meta > :first-child`)).toHaveText(date ?? '');
    }
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'February 2025',
      'August 2025',
      'September 2025',
      'November 2025',
    ]);
    await expect(page.locator('#founder-day')).toContainText('Planned as of the article');
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
    const partnerNames = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(partnerNames).toEqual([
      'Kakao',
      'GS E&C',
      'Toss',
      'KT',
      'LG Electronics',
      'SK Telecom',
      'Seoul National University',
      'Seoul Design Foundation',
      'Korean government',
    ]);
    for (const name of partnerNames) {
      await page.goto('en/partners/');
      await page
        .getByRole('heading', { level: 2 })
        .getByRole('link', { name, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    }
    await page.goto('en/');
    await nav(page).getByRole('link', { name: 'Quotes' }).click();
    const count = await page.locator('ol.quotes > li').count();
    expect(count).toBe(9);
    for (let index = 0; index < count; index++) {
      await page.goto('en/quotes/');
      await page.locator('ol.quotes > li').nth(index).locator('figcaption a').click();
      await expect(page).toHaveURL(/\/en\/quotes\/[a-z0-9-]+\/$/);
    }
  });

  test('a quote shows the Korean original verbatim and a labelled English translation', async ({
    page,
  }) => {
    await page.goto('quotes/more-news-to-come/');
    const original = await page.locator('main blockquote').first().innerText();
    await page.goto('en/quotes/more-news-to-come/');
    await expect(page.getByText('Original (Korean)')).toBeVisible();
    await expect(page.getByText('English translation')).toBeVisible();
    const quotes = page.locator('main blockquote');
    await expect(quotes).toHaveCount(2);
    await expect(quotes.first()).toHaveAttribute('lang', 'ko');
    expect(await quotes.first().innerText()).toBe(original);
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
    expect(page.url(), `/${path} → English`).toBe(new URL(`en/${path}`, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: '한국어' }).click();
    expect(page.url(), `/en/${path} → 한국어`).toBe(new URL(path, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  }
});

test('every page names both languages and x-default with hreflang', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  for (const path of pages) {
    const ko = path.replace(/^en\//, '');
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
    const site = new URL(baseURL ?? '');
    const absolute = (p: string) => new URL(p, site).pathname;
    expect(
      alternates.map(([lang, href]) => [lang, new URL(href ?? '').pathname]),
      `/${path}`,
    ).toEqual([
      ['ko', absolute(ko)],
      ['en', absolute(`en/${ko}`)],
      ['x-default', absolute(ko)],
    ]);
  }
});
