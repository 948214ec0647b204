/**
 * A later, longer record: one build of a copy of the fixture with a hundred more events and
 * a later as-of date (2027-03-15, with a contact address beside it), for the two things only
 * a whole build shows. The builds were two, of the same fixture; one serves both.
 *
 * A long timeline, of a hundred events as long as the longest real ones: the home page holds
 * every one of them, under its month headings, with the calendar of months linking to each
 * heading; its first screen (up to the end of its first event) and the sources page stay
 * within the first round trip's budget.
 *
 * The record's "as of" date is written once, in `record.yaml`: changing it there changes it
 * on every page, feed and calendar that says it, and on the overview, which draws it and
 * marks the plans it passes; nothing else does (the build's clock plays no part). The same
 * build sets the contact address there, which the fixture leaves unset: the About page then
 * gives it. The generated events are dated 2024 to 2026, so no date of theirs is either
 * as-of date.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITATIONS_SHOWN } from '@/lib/sources';
import { defaultLang, languages } from '@/i18n/locales';
import { plural, useStrings } from '@/i18n/strings';
import { HTML_BUDGET, firstScreen } from '../support/budgets';
import { parseCsv } from '../support/csv';
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
beforeAll(async () => {
  dir = copyProject({
    change: {
      add: events(),
      edit: {
        file: 'record.yaml',
        from: "asOf: '2026-12-01'",
        to: "asOf: '2027-03-15'\n  contact: 'corrections@example.org'",
      },
    },
    prefix: 'later',
  });
  const { code, output } = await astro(dir, ['build']);
  expect(code, output).toBe(0);
  // Some 750 files: 30 s alone, ten times that beside a loaded machine's other work.
}, 900_000);
afterAll(() => dir && remove(dir));

/** The copy's build, and a file of it as text. */
const built = () => join(dir!, 'dist');
const read = (path: string) => readFileSync(join(built(), path), 'utf8');

describe('a long timeline', () => {
  it('keeps every event on the home page, its first screen within the budget', () => {
    const page = (path: string) => read(join(path, 'index.html'));
    const total = COUNT + FIXTURE_EVENTS.length;

    for (const lang of languages) {
      const prefix = lang === defaultLang ? '' : `${lang}/`;
      const home = page(prefix);
      expect(ids(home)).toHaveLength(total);
      expect(new Set(ids(home)).size).toBe(total);
      // Every month's heading, each a link from the calendar of months above the timeline.
      for (const month of months(home)) expect(home).toContain(`href="#${month}"`);
      expect(months(home).length).toBeGreaterThan(30);
      // No per-year pages: the home page is the timeline.
      expect(readdirSync(join(built(), prefix)).includes('years')).toBe(false);
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
      const article = page(`${prefix}sources`).match(/<li id="example-article"[\s\S]*?<\/dl>/)![0];
      expect(article.match(/<ul class="cited-by[\s\S]*?<\/ul>/)![0].match(/<a /g)).toHaveLength(
        CITATIONS_SHOWN,
      );
      expect(article).toContain(
        plural(useStrings(lang).sources.citedByMore, citing - CITATIONS_SHOWN, lang),
      );
    }

    // The sources page, which grows with the events citing a source, within its budget.
    const sources = gzipSync(page('sources')).length;
    expect(sources, `/sources/ is ${sources} bytes gzip-compressed`).toBeLessThanOrEqual(
      HTML_BUDGET,
    );

    // An event links back to its entry on the home page.
    expect(page('events/long-000/')).toContain('href="/#long-000"');
  });
});

describe('the record’s as-of date', () => {
  it('moves everywhere it shows when record.yaml changes, and only then', () => {
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
    // The overview (the embed draws it) draws the new date as its line, and the plan whose
    // ledger entry's month (February 2027) the new date passes is past its date there.
    expect(read('embed/overview/index.html')).toContain('>2027년 3월 15일 기준</text>');
    expect(read('en/embed/overview/index.html')).toContain('>As of March 15, 2027</text>');
    expect(read('embed/overview/index.html')).toContain(
      '<title>예시 데이터센터 착공 계획, 2026년 2월 11일에 계획으로 밝힌 일, 기한 지남·확인 안 됨</title>',
    );
    expect(read('en/embed/overview/index.html')).toContain(
      '<title>Example data centre groundbreaking plan, stated as a plan on February 11, 2026, past its date, not confirmed</title>',
    );
    // The old date is gone wherever it stood for the record's (a change's own day stays).
    for (const page of ['index.html', 'changes/index.html', 'events/university-mou/index.html']) {
      expect(read(page), page).not.toContain('2026년 12월 1일 기준');
    }
    expect(read('en/index.html')).not.toContain('as of December 1, 2026');
    expect(read('events.json')).not.toContain('2026-12-01');
  });

  it('is filled in wherever words say as of when, in every output of the build', () => {
    // tests/fixture/events/future-plan.mdx says `{asOf}` in its summary, in every language.
    const out = built();
    const [json] = (
      JSON.parse(read('events.json')) as {
        events: { id: string; summary: Record<string, string> }[];
      }
    ).events.filter((event) => event.id === 'future-plan');
    expect(json?.summary.ko).toContain(
      '2027년 3월 15일 기준 공사를 시작했다는 보도는 찾지 못했다.',
    );
    expect(json?.summary.en).toContain('As of March 15, 2027, no report that building started');
    expect(read('events.csv')).toContain('As of March 15, 2027, no report that building started');
    // No output holds a placeholder left unfilled (`{asOf}`, `{date}`, …).
    const texts = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((path) =>
      /\.(html|xml|ics|json|csv|txt)$/.test(path),
    );
    expect(texts.length).toBeGreaterThan(50);
    for (const path of texts) {
      expect(read(path), path).not.toMatch(/\{[A-Za-z]\w*\}/);
    }
  });

  it('gives the contact address set beside it on the About page, in every language', () => {
    const link = /<a href="mailto:corrections@example\.org"[^>]*>corrections@example\.org<\/a>/;
    expect(read('about/index.html')).toMatch(link);
    expect(read('en/about/index.html')).toMatch(link);
    expect(read('about/index.html')).not.toContain('아직 연락 주소를 정하지 않았습니다');
    expect(read('en/about/index.html')).not.toContain('No contact address has been set yet');
  });

  it('turns a pending ledger entry whose deadline it passes "past its date" on every page that shows it', () => {
    // tests/fixture/ledger/next-february.yaml: pending, by February 2027 (the fixture's
    // record is as of 2026-12-01, when it is still pending; 2027-03-15 is past it).
    /** The element with this id, from its start tag to the end of its article. */
    const entry = (html: string, id: string) => {
      const start = html.indexOf(`id="${id}"`);
      expect(start, `an element with id="${id}"`).toBeGreaterThan(-1);
      return html.slice(start, html.indexOf('</article>', start));
    };
    /** The first ledger status shown (src/components/ledger/LedgerStatus.astro). */
    const status = (html: string) => /class="ls[ "][^>]*data-status="([a-z-]+)"/.exec(html)?.[1];
    for (const [lang, words] of [
      ['', '기한 지남·확인 안 됨'],
      ['en/', 'Past its date, not confirmed'],
    ] as const) {
      const onLedger = entry(read(`${lang}outcomes/index.html`), 'next-february');
      expect(status(onLedger)).toBe('past-its-date');
      expect(onLedger).toContain(words);
      expect(read(`${lang}outcomes/past-its-date/index.html`)).toContain('id="next-february"');
      const onTimeline = entry(read(`${lang}index.html`), 'future-plan');
      expect(status(onTimeline), 'the timeline entry').toBe('past-its-date');
      const onEvent = read(`${lang}events/future-plan/index.html`);
      const history = onEvent.slice(onEvent.indexOf('id="ledger"'));
      expect(status(history), 'the event page').toBe('past-its-date');
      // The embed for newsrooms: the item that leads to the entry.
      const embed = read(`${lang}embed/outcomes/index.html`);
      const link = embed.indexOf(`outcomes/entries/next-february/"`);
      expect(link, 'the embed links the entry').toBeGreaterThan(-1);
      expect(status(embed.slice(embed.lastIndexOf('<li', link), link)), 'the embed').toBe(
        'past-its-date',
      );
    }
    // And in the data: the ledger's JSON and CSV.
    const json = JSON.parse(read('outcomes.json')) as { entries: { id: string; status: string }[] };
    expect(json.entries.find((e) => e.id === 'next-february')?.status).toBe('past-its-date');
    const [header = [], ...rows] = parseCsv(read('outcomes.csv'));
    const row = rows.find((cells) => cells[header.indexOf('id')] === 'next-february');
    expect(row?.[header.indexOf('ledger_status')]).toBe('past-its-date');
    // No entry is pending any more, so there is no page of pending entries.
    expect(() => read('outcomes/pending/index.html')).toThrow();
  });
});
