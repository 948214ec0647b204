import { chromium } from '@playwright/test';
import { chromiumArgs } from '/work/main/tests/support/browser.mjs';
import { preview } from '/work/main/tests/support/project.mjs';
import { readFileSync } from 'node:fs';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const server = await preview('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await ctx.newPage();
await page.addInitScript({ content: AXE });
const RULESETS = ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa','best-practice'];
for (const p of (process.env.PAGES || '|en/|events/launch/').split('|')) {
  await page.goto(server.url + p);
  const out = await page.evaluate(async (tags) => {
    const axe = window.axe;
    const t0 = performance.now();
    await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    const total = performance.now() - t0;
    const rules = axe.getRules(tags).map(r => r.ruleId);
    const per = [];
    for (const id of rules) { const t = performance.now(); await axe.run(document, { runOnly: { type: 'rule', values: [id] }, resultTypes: ['violations'], iframes: false }); per.push([id, Math.round(performance.now() - t)]); }
    per.sort((a, b) => b[1] - a[1]);
    return { total: Math.round(total), n: document.querySelectorAll('*').length, top: per.slice(0, 8), sum: per.reduce((s, x) => s + x[1], 0) };
  }, RULESETS);
  console.log(p || '(home)', JSON.stringify(out));
}
await browser.close(); await server.close();
