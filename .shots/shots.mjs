import { chromium } from '@playwright/test';
import { preview } from '../tests/support/project.mjs';
const server = await preview('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const shots = JSON.parse(process.argv[2]);
for (const [name, path, width, scheme] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(new URL(path, server.url).href);
  await page.screenshot({ path: `.shots/${name}.png`, fullPage: process.argv[3] === 'full' });
  await page.close();
}
await browser.close();
await server.close();
process.exit(0);
