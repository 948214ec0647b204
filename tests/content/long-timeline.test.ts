/**
 * A long timeline, of a hundred events as long as the longest real ones: the home page holds
 * every one of them, under its month headings, with the calendar of months linking to each
 * heading; its first screen (up to the end of its first event) and the sources page stay
 * within the first round trip's budget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CITATIONS_SHOWN } from '@/lib/sources';
import { defaultLang, languages } from '@/i18n/locales';
import { plural, useStrings } from '@/i18n/strings';
import { HTML_BUDGET, firstScreen } from '../support/budgets';
import { FIXTURE, astro, copyProject, remove } from '../support/project.mjs';

const COUNT = 100;
/** The fixture's own events, by file name. */
const FIXTURE_EVENTS = readdirSync(join(FIXTURE, 'events')).filter((file) => file.endsWith('.mdx'));

/**
 * 100 generated events, with their English files: 2024-01-01, then every ten days into
 * 2026. Each is as long as the longest real ones: a title of 40 Korean characters, a
 * summary of 130, two partners, and a later report.
 */
function events(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < COUNT; index++) {
    const date = new Date(Date.UTC(2024, 0, 1 + index * 10)).toISOString().slice(0, 10);
    files[`events/long-${String(index).padStart(3, '0')}.mdx`] = `---
title: '${index}번째 행사: 오픈AI와 한국 파트너들이 함께 여는 교육·연구 협력 발표회'
kind: 'community'
record: '${index % 3 ? 'article' : 'beyond'}'
summary: '${index}번째로 만든 가상의 일이다. 여러 기관이 모여 교육과 연구, 스타트업 지원에 관한 협력 계획을 함께 발표하고, 각 기관의 대표가 앞으로의 일정과 참여 방법을 자세히 설명했다고 전해진다.'
date: '${date}'
dateSource: example-article
status: '${index % 2 ? 'held' : 'planned'}'
partners: [example-partner, example-university]
outcomes:
  - key: report
    date: '${date}'
    text: '한 매체는 이 행사가 예정대로 열렸고, 참석자들이 다음 해에도 같은 자리를 마련하기로 뜻을 모았다고 보도했다.'
    source: example-report
sources:
  - example-article
  - example-report
---
`;
    files[`en/events/long-${String(index).padStart(3, '0')}.mdx`] = `---
title: 'Event ${index}: education and research partners meet OpenAI in Seoul'
summary: 'The ${index}th generated event. Several institutions announce plans for education, research and start-up support together, and explain the dates ahead.'
outcomes:
  report: 'One outlet reported that the event was held as planned and that those present agreed to meet again next year.'
---
`;
  }
  return files;
}

/** The timeline entries of a page, by id, and its month headings' anchors. */
const ids = (html: string) => [...html.matchAll(/<article\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
const months = (html: string) => [...html.matchAll(/\bid="(month-\d{4}-\d{2})"/g)].map((m) => m[1]);

let dir: string | undefined;
afterAll(() => dir && remove(dir));

describe('a long timeline', () => {
  it('keeps every event on the home page, its first screen within the budget', async () => {
    // The fixture's events plus a hundred generated ones.
    dir = copyProject({ change: { add: events() }, prefix: 'long' });
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    const read = (path: string) => readFileSync(join(dir!, 'dist', path, 'index.html'), 'utf8');
    const total = COUNT + FIXTURE_EVENTS.length;

    for (const lang of languages) {
      const prefix = lang === defaultLang ? '' : `${lang}/`;
      const home = read(prefix);
      expect(ids(home)).toHaveLength(total);
      expect(new Set(ids(home)).size).toBe(total);
      // Every month's heading, each a link from the calendar of months above the timeline.
      for (const month of months(home)) expect(home).toContain(`href="#${month}"`);
      expect(months(home).length).toBeGreaterThan(30);
      // No per-year pages: the home page is the timeline.
      expect(readdirSync(join(dir, 'dist', prefix)).includes('years')).toBe(false);
      const first = gzipSync(firstScreen(home)).length;
      expect(
        first,
        `/${prefix}'s first screen is ${first} bytes gzip-compressed`,
      ).toBeLessThanOrEqual(HTML_BUDGET);
      // The first screen ends with the first event, whose entry is whole in it.
      expect(ids(firstScreen(home))).toEqual([ids(home)[0]]);
    }

    // The sources page names the first pages citing the article, and counts the rest, in
    // every language: the generated events cite it, as do the fixture's files (ledger entries
    // included) that name it.
    const citing =
      COUNT +
      ['events', 'partners', 'quotes', 'ledger']
        .flatMap((folder) =>
          readdirSync(join(FIXTURE, folder)).map((file) => join(FIXTURE, folder, file)),
        )
        .filter((file) => readFileSync(file, 'utf8').includes('example-article')).length;
    for (const lang of languages) {
      const prefix = lang === defaultLang ? '' : `${lang}/`;
      const article = read(`${prefix}sources`).match(/<li id="example-article"[\s\S]*?<\/dl>/)![0];
      expect(article.match(/<ul class="cited-by[\s\S]*?<\/ul>/)![0].match(/<a /g)).toHaveLength(
        CITATIONS_SHOWN,
      );
      expect(article).toContain(
        plural(useStrings(lang).sources.citedByMore, citing - CITATIONS_SHOWN, lang),
      );
    }

    // The sources page, which grows with the events citing a source, within its budget.
    const sources = gzipSync(read('sources')).length;
    expect(sources, `/sources/ is ${sources} bytes gzip-compressed`).toBeLessThanOrEqual(
      HTML_BUDGET,
    );

    // An event links back to its entry on the home page.
    expect(read('events/long-000/')).toContain('href="/#long-000"');
  });
});
