import { describe, expect, it } from 'vitest';
import { eventsCsv, fatesOf, ledgerStepsCsv, ledgerCsv, toCsv } from '@/outputs/csv';
import { parseCalendarDate } from '@/lib/dates';
import type { DataEvent } from '@/outputs/eventsJson';
import { parseCsv as parse } from '../support/csv';
import { ENTRIES, LANGS, STATUS_WORDS, URLS } from '../support/ledger';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF, so spreadsheets read Korean', () => {
    const csv = toCsv(['a', 'b'], [['서울', 1]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('서울,1\r\n')).toBe(true);
  });

  it('quotes a field with a comma, a quotation mark or a line break, and reads back the same', () => {
    const cells = ['a, b', 'the “x” and "y"', 'one\ntwo', 'plain', ''];
    const csv = toCsv(['1', '2', '3', '4', '5'], [cells]);
    expect(csv).toContain('"a, b","the “x” and ""y""","one\ntwo",plain,\r\n');
    expect(parse(csv)[1]).toEqual(cells);
  });

  it('writes a text a spreadsheet would run as a formula after a single quotation mark, so it is read as text', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example/","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ];
    const [, row] = parse(toCsv(hostile, [hostile]));
    expect(row).toEqual(hostile.map((cell) => `'${cell}`));
  });

  it('leaves the rest as it is: a date, a number below zero, a sign inside a text', () => {
    const [, row] = parse(toCsv(['1', '2', '3', '4'], [['2025-09', -1, 'a=b', ' =1']]));
    expect(row).toEqual(['2025-09', '-1', 'a=b', ' =1']);
  });

  it('refuses a row whose length is not the header’s', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow('CSV row 1 has 1 fields, not 2');
  });
});

describe('eventsCsv', () => {
  const LANGS = ['ko', 'en', 'ja'] as const;
  type L = (typeof LANGS)[number];
  const inEach = (text: string) =>
    Object.fromEntries(LANGS.map((lang) => [lang, `${text} (${lang})`])) as Record<L, string>;
  const event = (id: string, date: string, extra: Partial<DataEvent<L>> = {}): DataEvent<L> => ({
    id,
    title: inEach(id),
    summary: inEach(`${id}, summary`),
    kind: 'workshop',
    date: parseCalendarDate(date),
    endDate: undefined,
    dateNote: undefined,
    dateInWords: inEach(`${id}, date in words`),
    unconfirmedPlan: false,
    record: 'article',
    status: 'held',
    follows: [],
    partners: [{ id: 'kakao', name: inEach('Kakao') }],
    sources: [
      { url: 'https://example.org/a', publisher: 'A' },
      { url: 'https://example.org/b', publisher: 'B' },
    ],
    ...extra,
  });
  const rows = parse(
    eventsCsv(
      [
        event('day', '2025-09-10', { endDate: parseCalendarDate('2025-09-12') }),
        event('month', '2025-11', {
          dateKind: 'planned',
          unconfirmedPlan: true,
          follows: [{ event: 'day' }],
          status: 'planned',
          outcomes: [
            { source: { url: 'https://example.org/later' } },
            { source: { url: 'https://example.org/later-still' } },
          ],
        }),
      ],
      LANGS,
      {
        event: (id, lang) => `https://example.org/${lang}/events/${id}/`,
        calendar: (id) => `https://example.org/events/${id}.ics`,
      },
      fatesOf([
        { id: 'said-first', event: 'month', status: 'done' },
        { id: 'elsewhere', event: 'other', status: 'pending' },
        { id: 'said-then', event: 'month', status: 'past-its-date' },
      ]),
    ),
  );
  const [header, ...events] = rows;
  const column = (row: string[], name: string) => row[header!.indexOf(name)];

  it('has one row per event, in order, each as long as the header', () => {
    expect(events.map((row) => row[0])).toEqual(['day', 'month']);
    for (const row of events) expect(row).toHaveLength(header!.length);
  });

  it('gives each date with its precision, a month only to the month', () => {
    expect(column(events[0]!, 'date')).toBe('2025-09-10');
    expect(column(events[0]!, 'date_precision')).toBe('day');
    expect(column(events[0]!, 'end_date')).toBe('2025-09-12');
    expect(column(events[1]!, 'date')).toBe('2025-11 (month)');
    expect(column(events[1]!, 'date_precision')).toBe('month');
    expect(column(events[1]!, 'end_date')).toBe('');
  });

  it('writes a title, summary or note that begins like a formula as text', () => {
    const [head, row] = parse(
      eventsCsv(
        [
          event('formula', '2025-09-10', {
            title: { ko: '=1+1', en: '@SUM(A1)', ja: '+1' },
            summary: { ko: '-1', en: '=HYPERLINK("https://evil.example/")', ja: 'plain' },
          }),
        ],
        LANGS,
        { event: () => 'https://example.org/', calendar: () => 'https://example.org/a.ics' },
      ),
    );
    const cell = (name: string) => row![head!.indexOf(name)];
    expect(['title_ko', 'title_en', 'title_ja'].map(cell)).toEqual(["'=1+1", "'@SUM(A1)", "'+1"]);
    expect(['summary_ko', 'summary_en', 'summary_ja'].map(cell)).toEqual([
      "'-1",
      `'=HYPERLINK("https://evil.example/")`,
      'plain',
    ]);
  });

  it('names the event’s own status `event_status`, so no column called `status` means two things', () => {
    expect(header).not.toContain('status');
    expect(events.map((row) => column(row, 'event_status'))).toEqual(['held', 'planned']);
  });

  it('says what became of each event: its later reports and the ledger’s entries about it, with their statuses', () => {
    expect(column(events[0]!, 'later_reports')).toBe('0');
    expect(column(events[0]!, 'later_report_sources')).toBe('');
    expect(column(events[0]!, 'ledger_entries')).toBe('');
    expect(column(events[1]!, 'later_reports')).toBe('2');
    expect(column(events[1]!, 'later_report_sources')).toBe(
      'https://example.org/later https://example.org/later-still',
    );
    expect(column(events[1]!, 'ledger_entries')).toBe('said-first said-then');
    expect(column(events[1]!, 'ledger_statuses')).toBe('done past-its-date');
  });

  it('gives the words in a column per language of the list, and a calendar only for days', () => {
    for (const lang of LANGS) {
      expect(column(events[0]!, `title_${lang}`)).toBe(`day (${lang})`);
      expect(column(events[0]!, `summary_${lang}`)).toBe(`day, summary (${lang})`);
      expect(column(events[0]!, `url_${lang}`)).toBe(`https://example.org/${lang}/events/day/`);
    }
    expect(column(events[0]!, 'calendar')).toBe('https://example.org/events/day.ics');
    expect(column(events[1]!, 'calendar')).toBe('');
    expect(column(events[1]!, 'date_kind')).toBe('planned');
    expect(column(events[1]!, 'unconfirmed_plan')).toBe('yes');
    expect(column(events[0]!, 'unconfirmed_plan')).toBe('no');
    for (const lang of LANGS) {
      expect(column(events[1]!, `date_in_words_${lang}`)).toBe(`month, date in words (${lang})`);
    }
    expect(column(events[1]!, 'follows')).toBe('day');
    expect(column(events[0]!, 'sources')).toBe('https://example.org/a https://example.org/b');
    expect(column(events[0]!, 'partners')).toBe('kakao');
  });
});

describe('ledgerCsv', () => {
  const [header, ...entries] = parse(
    ledgerCsv(ENTRIES, LANGS, {
      asOf: parseCalendarDate('2026-12-01'),
      urls: URLS,
      statuses: STATUS_WORDS,
    }),
  );
  const column = (row: string[], name: string) => {
    expect(header, `a column ${name}`).toContain(name);
    return row[header!.indexOf(name)];
  };
  const [tomorrow, headSoon, nextFebruary] = entries;

  it('has one row per entry, in order, each as long as the header', () => {
    expect(entries.map((row) => row[0])).toEqual(['tomorrow', 'head-soon', 'next-february']);
    for (const row of entries) expect(row).toHaveLength(header!.length);
  });

  it('gives what was said verbatim, and a translation per language of the list where given', () => {
    expect(column(tomorrow!, 'said')).toBe('내일 양해각서를 맺을 계획이다.');
    expect(column(tomorrow!, 'translation_ko')).toBe('');
    expect(column(tomorrow!, 'translation_en')).toBe('plans to sign an MOU tomorrow.');
    expect(column(tomorrow!, 'translation_ja')).toBe('明日MOUを結ぶ予定だ。');
    expect(column(nextFebruary!, 'translation_ko')).toBe('내년 2월 짓기 시작하겠다');
    expect(column(nextFebruary!, 'translation_en')).toBe('');
    for (const lang of LANGS) {
      expect(column(headSoon!, `event_url_${lang}`)).toBe(
        `https://example.org/${lang}/events/head/`,
      );
      expect(column(headSoon!, `url_${lang}`)).toBe(
        `https://example.org/${lang}/outcomes/entries/head-soon/`,
      );
    }
    expect(column(headSoon!, 'event')).toBe('head');
  });

  it('says who spoke: the article’s own voice (no name), a quote, a named speaker', () => {
    expect(column(tomorrow!, 'speaker_kind')).toBe('article');
    expect(column(tomorrow!, 'speaker_ko')).toBe('');
    expect(column(headSoon!, 'speaker_kind')).toBe('quote');
    expect(column(headSoon!, 'speaker_quote')).toBe('head-coming-soon');
    expect(column(headSoon!, 'speaker_ja')).toBe('홍길동 (ja)');
    expect(column(headSoon!, 'speaker_role_en')).toBe('CSO (en)');
    expect(column(nextFebruary!, 'speaker_kind')).toBe('named');
    expect(column(nextFebruary!, 'speaker_en')).toBe('Kim (en)');
    expect(column(nextFebruary!, 'speaker_role_en')).toBe('');
  });

  it('gives dates and deadlines with their precision: day, month, soon', () => {
    expect([column(tomorrow!, 'date'), column(tomorrow!, 'date_precision')]).toEqual([
      '2025-09-10',
      'day',
    ]);
    expect([column(tomorrow!, 'by_when'), column(tomorrow!, 'by_when_precision')]).toEqual([
      '2025-09-11',
      'day',
    ]);
    expect([column(headSoon!, 'by_when'), column(headSoon!, 'by_when_precision')]).toEqual([
      '',
      'soon',
    ]);
    // A month is text a spreadsheet keeps as it is, not the month's first day.
    expect([column(nextFebruary!, 'date'), column(nextFebruary!, 'date_precision')]).toEqual([
      '2026-02 (month)',
      'month',
    ]);
    expect(column(nextFebruary!, 'by_when_precision')).toBe('month');
  });

  it('gives the status as of the record’s date, its words, and the step it rests on', () => {
    expect(entries.map((row) => column(row, 'ledger_status'))).toEqual([
      'past-its-date',
      'done',
      'pending',
    ]);
    for (const lang of LANGS) {
      expect(column(tomorrow!, `ledger_status_${lang}`)).toBe(`past-its-date word (${lang})`);
      expect(column(headSoon!, `ledger_status_why_${lang}`)).toBe(`named (${lang})`);
    }
    expect(column(tomorrow!, 'as_of')).toBe('2026-12-01');
    expect(column(headSoon!, 'ledger_status_date')).toBe('2025-09-29');
    expect(column(headSoon!, 'ledger_status_date_precision')).toBe('day');
    expect(column(headSoon!, 'ledger_status_source')).toBe('https://example.org/wire');
    expect(column(headSoon!, 'ledger_status_publisher')).toBe('Example Wire');
    expect(header).not.toContain('status');
    expect(column(nextFebruary!, 'ledger_status_date')).toBe('2026-02 (month)');
    expect(column(nextFebruary!, 'ledger_status_date_precision')).toBe('month');
    expect(column(headSoon!, 'steps')).toBe('2');
    expect(column(headSoon!, 'sources')).toBe(
      'https://example.org/article https://example.org/wire',
    );
    // A why holding a comma and quotation marks reads back whole.
    expect(column(tomorrow!, 'ledger_status_why_en')).toBe('planned, "as said" (en)');
  });
});

describe('ledgerStepsCsv', () => {
  const [header, ...steps] = parse(
    ledgerStepsCsv(ENTRIES, LANGS, { urls: URLS, statuses: STATUS_WORDS }),
  );
  const column = (row: string[], name: string) => {
    expect(header, `a column ${name}`).toContain(name);
    return row[header!.indexOf(name)];
  };

  it('has one row per step, entries in order and each entry’s steps oldest first, numbered', () => {
    const expected = ENTRIES.flatMap((entry) => entry.steps.map((_, i) => `${entry.id} ${i + 1}`));
    expect(steps.map((row) => `${column(row, 'entry')} ${column(row, 'step')}`)).toEqual(expected);
    for (const row of steps) expect(row).toHaveLength(header!.length);
  });

  it('gives each step’s date, status in words, why, confidence, and its source with the publisher named', () => {
    const [headFirst, headNamed] = steps.filter((row) => column(row, 'entry') === 'head-soon');
    expect(column(headFirst!, 'ledger_status')).toBe('pending');
    expect(column(headNamed!, 'ledger_status')).toBe('done');
    expect(column(headNamed!, 'date')).toBe('2025-09-29');
    expect(column(headNamed!, 'event')).toBe('head');
    expect(column(headNamed!, 'source')).toBe('https://example.org/wire');
    expect(column(headNamed!, 'source_publisher')).toBe('Example Wire');
    expect(column(headNamed!, 'source_title')).toBe('Head named');
    expect(column(headNamed!, 'source_date')).toBe('2025-09-29');
    expect(column(headFirst!, 'source_publisher')).toBe('예시 신문');
    for (const lang of LANGS) {
      expect(column(headNamed!, `ledger_status_${lang}`)).toBe(`done word (${lang})`);
      expect(column(headNamed!, `why_${lang}`)).toBe(`named (${lang})`);
      expect(column(headNamed!, `entry_url_${lang}`)).toBe(URLS.entry('head-soon', lang));
    }
    const monthStep = steps.find((row) => column(row, 'date_precision') === 'month')!;
    expect(column(monthStep, 'date')).toMatch(/^\d{4}-\d{2} \(month\)$/);
    expect(steps.map((row) => column(row, 'confidence'))).toEqual(
      ENTRIES.flatMap((entry) => entry.steps.map((step) => step.confidence)),
    );
  });

  it('has no row for “past its date”, which is derived, not a step', () => {
    expect(steps.map((row) => column(row, 'ledger_status'))).not.toContain('past-its-date');
  });

  it('writes a deadline early in a year as text a spreadsheet keeps: `2026 (early)`', () => {
    const early = { ...ENTRIES[2]!, byWhen: { precision: 'early' as const, year: 2026 } };
    const [head, row] = parse(
      ledgerCsv([early], LANGS, {
        asOf: parseCalendarDate('2026-12-01'),
        urls: URLS,
        statuses: STATUS_WORDS,
      }),
    );
    const cell = (name: string) => row![head!.indexOf(name)];
    expect([cell('by_when'), cell('by_when_precision')]).toEqual(['2026 (early)', 'early']);
  });

  it('writes what was said, or its step’s why, that begins like a formula as text', () => {
    const [first] = ENTRIES;
    const hostile = {
      ...first!,
      said: '=cmd|" /C calc"!A0',
      steps: [{ ...first!.steps[0]!, why: { ko: '+1', en: '@x', ja: '-1' } }],
    };
    const [head, row] = parse(
      ledgerCsv([hostile], LANGS, {
        asOf: parseCalendarDate('2026-12-01'),
        urls: URLS,
        statuses: STATUS_WORDS,
      }),
    );
    const cell = (name: string) => row![head!.indexOf(name)];
    expect(cell('said')).toBe(`'=cmd|" /C calc"!A0`);
    expect(
      ['ledger_status_why_ko', 'ledger_status_why_en', 'ledger_status_why_ja'].map(cell),
    ).toEqual(["'+1", "'@x", "'-1"]);
  });
});
