/**
 * A timeline too long for one page: the home page keeps the most recent events and links
 * to per-year pages that hold every event, with the same month headings and anchors; and
 * every page, full of events as long as the real ones, stays within its byte budget.
 *
 * The same build shows the record's "as of" date written once, in `record.yaml`: the copy
 * has another date there, and it changes on every page, feed and calendar that says it, and
 * nothing else does (the build's clock plays no part). One build for both: neither change
 * touches what the other checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CITATIONS_SHOWN } from '@/data/citedSources';
import { defaultLang, languages } from '@/i18n/locales';
import { plural, useStrings } from '@/i18n/strings';
import { EVENTS_PER_PAGE } from '@/lib/timeline';
import { HTML_BUDGET } from '../support/budgets';
import { FIXTURE, astro, copyProject, remove } from '../support/project.mjs';

const COUNT = 40;
/** The fixture's own events, by file name. */
const FIXTURE_EVENTS = readdirSync(join(FIXTURE, 'events')).filter((file) => file.endsWith('.mdx'));

/**
 * 40 generated events, with their English files: 2024-01-01, then every ten days into
 * 2025. Each is as long as the longest real ones: a title of 40 Korean characters, a
 * summary of 130, two partners, and a later report.
 */
function events(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < COUNT; index++) {
    const date = new Date(Date.UTC(2024, 0, 1 + index * 10)).toISOString().slice(0, 10);
    files[`events/long-${String(index).padStart(2, '0')}.mdx`] = `---
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
    files[`en/events/long-${String(index).padStart(2, '0')}.mdx`] = `---
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

/** The fixture's events plus forty generated ones, as of 15 March 2027, built once. */
let dir: string | undefined;
let built: Promise<string> | undefined;
function build(): Promise<string> {
  built ??= (async () => {
    dir = copyProject({
      change: {
        add: events(),
        edit: { file: 'record.yaml', from: "asOf: '2026-12-01'", to: "asOf: '2027-03-15'" },
      },
      prefix: 'long',
    });
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    return join(dir, 'dist');
  })();
  return built;
}
afterAll(() => dir && remove(dir));

describe('a long timeline', () => {
  it('splits into a home page of recent events and per-year pages', async () => {
    const dist = await build();
    const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    const total = COUNT + FIXTURE_EVENTS.length;

    const home = read('');
    expect(ids(home)).toHaveLength(EVENTS_PER_PAGE);
    expect(home).toContain('href="/years/2024/"');
    expect(home).toContain('href="/years/2025/"');
    // Each year once: a year's further pages are listed on its own pages only.
    expect(home).not.toContain('href="/years/2024/2/"');

    const yearPages = readdirSync(join(dist, 'years'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `years/${file.slice(0, -'index.html'.length)}`)
      .sort();
    // 2024 holds more events than a page does, so it comes in two parts.
    expect(yearPages).toEqual(
      expect.arrayContaining(['years/2024/', 'years/2024/2/', 'years/2025/']),
    );
    const onYearPages = yearPages.flatMap((page) => ids(read(page)));
    expect(onYearPages).toHaveLength(total);
    expect(new Set(onYearPages).size).toBe(total);
    for (const page of yearPages) {
      expect(ids(read(page)).length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
      expect(months(read(page)).length).toBeGreaterThan(0);
    }
    expect(read('years/2024/')).toContain('href="/years/2024/2/"');
    expect(read('years/2025/')).not.toContain('href="/years/2024/2/"');
    // The home page's headings and anchors are those of the year pages.
    expect(
      months(home).every((id) => yearPages.some((page) => months(read(page)).includes(id))),
    ).toBe(true);

    // The sources page names the first pages citing the article, and counts the rest, in
    // every language: the generated events cite it, as do the fixture's files that name it.
    const citing =
      COUNT +
      ['events', 'partners', 'quotes']
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

    // Every page within its byte budget: the timeline's, fullest of all, and the sources page.
    for (const page of ['', ...yearPages, 'sources/']) {
      const bytes = gzipSync(read(page)).length;
      expect(bytes, `/${page} is ${bytes} bytes gzip-compressed`).toBeLessThanOrEqual(HTML_BUDGET);
    }

    // An event no longer on the home page links back to its entry on its year page.
    const oldest = read('events/long-00/');
    expect(oldest).toContain('href="/years/2024/#long-00"');
  });
});

describe('the record’s as-of date', () => {
  it('moves everywhere it shows when record.yaml changes, and only then', async () => {
    const dist = await build();
    const read = (path: string) => readFileSync(join(dist, path), 'utf8');
    expect(read('index.html')).toContain('이 기록은 2027년 3월 15일 기준입니다.');
    expect(read('en/index.html')).toContain('This record is as of March 15, 2027.');
    expect(read('changes/index.html')).toContain('2027년 3월 15일 기준');
    // A plan no report confirms says so as of that date, on its page and in its calendar.
    expect(read('en/events/university-mou/index.html')).toContain(
      'As of March 15, 2027, no report that it took place as planned has been found',
    );
    const calendar = read('calendar.ics');
    expect(calendar).toMatch(/DTSTAMP:20270314T150000Z/);
    expect(calendar).not.toMatch(/DTSTAMP:2026/);
    expect(JSON.parse(read('events.json')).asOf).toBe('2027-03-15');
    // The old date is gone wherever it stood for the record's (a change's own day stays).
    for (const page of ['index.html', 'changes/index.html', 'events/university-mou/index.html']) {
      expect(read(page), page).not.toContain('2026년 12월 1일 기준');
    }
    expect(read('en/index.html')).not.toContain('as of December 1, 2026');
    expect(read('events.json')).not.toContain('2026-12-01');
  });
});
