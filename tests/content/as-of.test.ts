/**
 * The record's "as of" date is written once, in `record.yaml`: changing it there changes it
 * on every page, feed and calendar that says it, and on the overview, which draws it and
 * marks the plans it passes; nothing else does (a build of the fixture with another date;
 * the build's clock plays no part). The same build sets the contact address there, which
 * the fixture leaves unset: the About page then gives it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { astro, copyProject, remove } from '../support/project.mjs';

let dir: string | undefined;
afterAll(() => dir && remove(dir));

describe('the record’s as-of date', () => {
  it('moves everywhere it shows when record.yaml changes, and only then', async () => {
    dir = copyProject({
      change: {
        edit: {
          file: 'record.yaml',
          from: "asOf: '2026-12-01'",
          to: "asOf: '2027-03-15'\n  contact: 'corrections@example.org'",
        },
      },
      prefix: 'as-of',
    });
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    const read = (path: string) => readFileSync(join(dir!, 'dist', path), 'utf8');
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
    const out = join(dir!, 'dist');
    const read = (path: string) => readFileSync(join(out, path), 'utf8');
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
    const read = (path: string) => readFileSync(join(dir!, 'dist', path), 'utf8');
    expect(read('about/index.html')).toMatch(link);
    expect(read('en/about/index.html')).toMatch(link);
    expect(read('about/index.html')).not.toContain('아직 연락 주소를 정하지 않았습니다');
    expect(read('en/about/index.html')).not.toContain('No contact address has been set yet');
  });

  it('turns a pending ledger entry whose deadline it passes "past its date" on every page that shows it', () => {
    // tests/fixture/ledger/next-february.yaml: pending, by February 2027 (the fixture's
    // record is as of 2026-12-01, when it is still pending; 2027-03-15 is past it).
    const read = (path: string) => readFileSync(join(dir!, 'dist', path), 'utf8');
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
