import { expect, test, type Page } from '@playwright/test';
/** One page of each kind. */
const KINDS = [
  '',
  'events/founder-day/',
  'partners/',
  'partners/skt/',
  'quotes/',
  'quotes/more-news-to-come/',
  '404.html',
  'en/',
  'en/events/founder-day/',
  'en/quotes/more-news-to-come/',
];

/** Console errors (CSP violations are reported there) and uncaught page errors. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('Content Security Policy', () => {
  for (const path of KINDS) {
    test(`/${path} has a strict policy and breaks none of it`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(path);
      const policy = page.locator('meta[http-equiv="content-security-policy"]');
      await expect(policy).toHaveAttribute('content', /default-src 'self'/);
      await expect(policy).toHaveAttribute('content', /script-src 'self'/);
      await expect(policy).toHaveAttribute('content', /style-src 'self' 'sha256-/);
      await expect(policy).not.toHaveAttribute('content', /unsafe-inline/);
      // The page's CSS did apply under the policy: the header is laid out as designed.
      await expect(page.locator('.site-header .inner')).toHaveCSS('display', 'flex');
      expect(errors).toEqual([]);
    });
  }

  test('a style the policy does not list is refused (the policy is in force)', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('./');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(255, 0, 0) }';
      document.head.append(style);
    });
    // The browser reports the refusal on the console, which may come a moment later.
    await expect.poll(() => errors.join('\n')).toContain('Content Security Policy');
    await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 0, 0)');
  });
});
