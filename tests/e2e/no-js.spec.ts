import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows all its content', async ({ page, browser }) => {
    // One test walks every page, so it gets time for all of them.
    test.setTimeout(180_000);
    const context = await browser.newContext({ javaScriptEnabled: true });
    const scripted = await context.newPage();
    for (const path of pages) {
      await page.goto(path);
      await scripted.goto(path);
      const main = page.locator('main');
      // More than 50 characters of text, and the same text as with JavaScript on.
      await expect
        .soft(main, `/${path} shows almost nothing`)
        .toHaveText(/[\s\S]{51}/, { useInnerText: true });
      const withScript = scripted.locator('main');
      await expect(withScript).not.toBeEmpty();
      await expect
        .soft(main, `/${path} differs without JavaScript`)
        .toHaveText(await withScript.innerText(), { useInnerText: true });
    }
    await context.close();
  });

  test('links work: timeline → event → partner → quote list → quote → event', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: '서울대학교와 양해각서 체결' }).click();
    await expect(page).toHaveURL(/\/events\/snu-mou\/$/);
    await page.locator('p.partners').getByRole('link', { name: '서울대학교' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('서울대학교');
    await page
      .getByRole('navigation', { name: '주 메뉴' })
      .getByRole('link', { name: '발언' })
      .click();
    await page.locator('ol.quotes figcaption a').first().click();
    await expect(page).toHaveURL(/\/quotes\/[a-z0-9-]+\/$/);
    await page.locator('section[aria-labelledby="said-at"] a').click();
    await expect(page).toHaveURL(/\/events\/launch-press-conference\/$/);
  });
});
