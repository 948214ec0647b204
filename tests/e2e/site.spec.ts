import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();

test('the build has every page kind', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['', 'events/snu-mou/', 'partners/', 'partners/kt/', 'quotes/']),
  );
  expect(pages.filter((path) => path.startsWith('events/'))).toHaveLength(8);
  expect(pages.filter((path) => /^partners\/.+/.test(path))).toHaveLength(9);
  expect(pages.filter((path) => /^quotes\/.+/.test(path))).toHaveLength(9);
  // The English edition has every page of the Korean one, at the same path under /en/.
  const korean = pages.filter((path) => !path.startsWith('en/') && path !== 'en/');
  expect(pages.filter((path) => path.startsWith('en/')).toSorted()).toEqual(
    korean.map((path) => `en/${path}`).toSorted(),
  );
});

test('an unknown address gets the 404 page, in Korean and in English', async ({ page }) => {
  const response = await page.goto('events/no-such-event/');
  expect(response?.status()).toBe(404);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading.locator('[lang="ko"]')).toHaveText('페이지를 찾을 수 없습니다');
  await expect(heading.locator('[lang="en"]')).toHaveText('Page not found');
  // Each language's link home is marked with its language, for screen readers.
  const korean = page.getByRole('link', { name: '타임라인으로 돌아가기' });
  await expect(korean.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'ko');
  await korean.click();
  await expect(page.locator('article.entry')).toHaveCount(8);
});

/** `text` as a pattern that matches exactly it. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const SITE_NAMES = { ko: '오픈AI 코리아 타임라인', en: 'OpenAI Korea Timeline' };
const PRIMARY_PUBLISHER = { ko: /바이라인네트워크/, en: /Byline Network/ };

for (const path of pages) {
  const lang = path.startsWith('en/') || path === 'en/' ? 'en' : 'ko';
  test(`/${path} has its head, header, footer and no script`, async ({ page, baseURL }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('meta[charset]')).toHaveAttribute('charset', /utf-8/i);
    // The site's name, or (where the page's own title is long) the page's title alone.
    await expect(page).toHaveTitle(/^.{1,70}$/);
    const title = await page.title();
    if (!title.endsWith(SITE_NAMES[lang])) {
      await expect(
        page.locator('h1'),
        `<title>${title}</title> names neither the site nor the page`,
      ).toHaveText(new RegExp(`^${escapeRegExp(title.replace(/…$/, ''))}`));
    }
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const home = page.getByRole('banner').getByRole('link', { name: SITE_NAMES[lang] });
    await expect(home).toBeVisible();
    // The site's name leads home in the page's own language.
    await expect(home).toHaveAttribute(
      'href',
      new URL(lang === 'en' ? 'en/' : '', baseURL).pathname,
    );
    // The footer credits the article, its publisher named in the page's language.
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: PRIMARY_PUBLISHER[lang] }),
    ).toHaveAttribute('href', 'https://byline.network/2025/09/91014');
    // JSON-LD is data for search engines, not a script that runs.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });

  test(`/${path} fits a 360 px phone without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expect
      .poll(
        () =>
          page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        { message: `/${path} is wider than the screen (px)` },
      )
      .toBe(0);
  });
}

test('light and dark colour schemes each get their own colours', async ({ browser }) => {
  const COLOURS = {
    light: { background: 'rgb(255, 255, 255)', text: 'rgb(26, 28, 32)' },
    dark: { background: 'rgb(18, 20, 23)', text: 'rgb(232, 234, 237)' },
  };
  for (const [colorScheme, colours] of Object.entries(COLOURS)) {
    const context = await browser.newContext({ colorScheme: colorScheme as 'light' | 'dark' });
    const page = await context.newPage();
    await page.goto('events/founder-day/');
    const body = page.locator('body');
    await expect(body, colorScheme).toHaveCSS('background-color', colours.background);
    await expect(body, colorScheme).toHaveCSS('color', colours.text);
    await context.close();
  }
});
