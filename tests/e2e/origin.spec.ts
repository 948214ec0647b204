import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();

test('no page loads anything from another origin', async ({ page, baseURL }) => {
  // One test walks every page, so it gets time for all of them.
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  let requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const path of pages) {
    requests = [];
    await page.goto(path, { waitUntil: 'networkidle' });
    expect.soft(requests.length, `/${path} made no request at all`).toBeGreaterThan(0);
    const foreign = requests.filter((url) => new URL(url).origin !== origin);
    expect.soft(foreign, `/${path} loads from another origin`).toEqual([]);
  }
});
