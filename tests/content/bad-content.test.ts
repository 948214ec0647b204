/**
 * Bad content stops the build with a message naming the file and the field. Each case
 * builds a copy of the project whose content is the test fixture (`tests/fixture/`) with
 * one defect. Schema faults are caught when the content is synced (`astro sync`, quick);
 * references between entries when the pages are built (`astro build`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  astro,
  astroBatch,
  copyProject,
  fixtureBuild,
  remove,
  type Change,
} from '../support/project.mjs';

const copies: string[] = [];
afterAll(() => Promise.all(copies.map(remove)));

/** A copy of the project with the fixture as its content, changed as `change` says. */
function projectWith(change: Change): string {
  const dir = copyProject({ change, prefix: 'content' });
  copies.push(dir);
  return dir;
}

/**
 * A body that holds `text` after its first paragraph: the launch event's (the English one's
 * with `en`), on line 32 of the Korean one, after a blank line.
 */
const inBody = (text: string, lang: '' | 'en/' = ''): Change => ({
  edit: { file: `${lang}events/launch-day.mdx`, from: /\n$/, to: `\n\n${text}\n` },
});

/** What a body may not hold, each stopping the build at its file and line (src/schemas/body.ts). */
const bodyCases = [
  ['a <script> element', '<script>alert(1)</script>', /a <script> element/],
  ['a <style> element', '<style>{`p { color: red }`}</style>', /a <style> element/],
  ['an event handler', '<span onclick="alert(1)">x</span>', /<span onclick>: an event handler/],
  ['a javascript: link', '[x](javascript:alert(1))', /a link to "javascript:alert\(1\)"/],
  [
    'a javascript: address on an element',
    '<a href="javascript:alert(1)">x</a>',
    /javascript: address is code/,
  ],
  [
    'an import of something else',
    "import fs from 'node:fs'",
    /may only import the project's own components/,
  ],
  ['an export', 'export const x = 1', /"export const x = 1": a body exports nothing/],
  ['an expression', '{1 + 1}', /\{1 \+ 1\}: an expression is code/],
  [
    'an image from another origin',
    '<img src="https://elsewhere.example/a.png" alt="a" />',
    /<img src="https:\/\/elsewhere.example\/a.png">: loads from another origin/,
  ],
  [
    'a Markdown image from another origin',
    '![a](https://elsewhere.example/a.png)',
    /an image from "https:\/\/elsewhere.example\/a.png"/,
  ],
  [
    'a frame from another origin',
    '<iframe src="//elsewhere.example/" title="x"></iframe>',
    /<iframe src="\/\/elsewhere.example\/">/,
  ],
  [
    'a video poster from another origin',
    '<video poster="https://elsewhere.example/p.jpg"></video>',
    /<video poster=/,
  ],
  [
    'a srcset naming another origin',
    '<img src="/a.png" srcset="/a.png 1x, https://elsewhere.example/a.png 2x" alt="a" />',
    /<img srcset="https:\/\/elsewhere.example\/a.png">/,
  ],
] as const;

const cases: {
  name: string;
  stage: 'sync' | 'build';
  defect: Change;
  says: (string | RegExp)[];
}[] = [
  {
    name: 'a malformed date',
    stage: 'sync',
    defect: {
      edit: { file: 'events/launch-day.mdx', from: "date: '2025-09-10'", to: "date: '2025/09/10'" },
    },
    says: ['events/launch-day.mdx', /date: "2025\/09\/10" is not a date/],
  },
  {
    name: 'an impossible day (30 February)',
    stage: 'sync',
    defect: {
      edit: { file: 'events/launch-day.mdx', from: "date: '2025-09-10'", to: "date: '2025-02-30'" },
    },
    says: ['events/launch-day.mdx', /date: "2025-02-30" is not a real day/],
  },
  {
    name: 'an impossible month (13)',
    stage: 'sync',
    defect: {
      edit: {
        file: 'events/example-partnership.mdx',
        from: "date: '2025-02'",
        to: "date: '2025-13'",
      },
    },
    says: ['events/example-partnership.mdx', /date: "2025-13" is not a real date: month 13/],
  },
  {
    name: 'a missing source',
    stage: 'sync',
    defect: {
      edit: {
        file: 'partners/example-partner.mdx',
        from: /sources:\n(  .*\n)+/,
        to: 'sources: []\n',
      },
    },
    says: ['partners/example-partner.mdx', /sources: name at least one source/],
  },
  {
    name: 'a source URL that is not a URL',
    stage: 'sync',
    defect: {
      edit: {
        file: 'sources/example-report.yaml',
        from: 'url: https://example.org/report',
        to: 'url: example.org/report',
      },
    },
    says: ['sources/example-report.yaml', /url: must be a web address/],
  },
  {
    name: 'an unknown source id',
    stage: 'build',
    defect: {
      edit: {
        file: 'partners/example-partner.mdx',
        from: 'sources:\n  - example-article',
        to: 'sources:\n  - no-such-source',
      },
    },
    says: [
      'partners/example-partner.mdx',
      /sources\[0\]: there is no sources entry "no-such-source"/,
    ],
  },
  {
    name: 'a quote whose passage is missing',
    stage: 'build',
    defect: {
      edit: {
        file: 'quotes/starting-point.mdx',
        from: "text: '예시 코리아는 새로운 출발점입니다.'",
        to: "text: '예시 코리아는 다른 말입니다.'",
      },
    },
    says: ['quotes/starting-point.mdx', /text: not found, in quotation marks, in any passage/],
  },
  {
    name: 'a source without its English publisher',
    stage: 'build',
    defect: { remove: 'en/sources/example-report.yaml' },
    says: [
      'sources/example-report.yaml',
      /has no en translation \(add src\/content\/en\/sources\/example-report.yaml\)/,
    ],
  },
  {
    name: 'an empty title',
    stage: 'sync',
    defect: {
      edit: { file: 'events/example-workshop.mdx', from: "title: '예시 워크숍'", to: "title: ''" },
    },
    says: ['events/example-workshop.mdx', /title: must not be empty/],
  },
  {
    name: 'two entries with the same slug',
    stage: 'sync',
    defect: {
      edit: {
        file: 'partners/example-partner.mdx',
        from: "name: '예시 파트너'",
        to: "slug: same\nname: '예시 파트너'",
      },
      add: {
        'partners/other-partner.mdx':
          "---\nslug: same\nname: 'Other'\nsummary: 'x'\norder: 9\nsources:\n  - example-article\n---\n",
      },
    },
    says: ['partners/example-partner.mdx', 'partners/other-partner.mdx', /same slug: `same`/],
  },
  {
    name: 'a date source that is not among the sources',
    stage: 'sync',
    defect: {
      edit: {
        file: 'events/example-festival.mdx',
        from: 'dateSource: example-article',
        to: 'dateSource: example-report',
      },
    },
    says: [
      'events/example-festival.mdx',
      /dateSource: "example-report" is not among this entry's sources/,
    ],
  },
  {
    name: 'an end date before the start',
    stage: 'sync',
    defect: {
      edit: {
        file: 'events/launch-day.mdx',
        from: "date: '2025-09-10'",
        to: "date: '2025-09-10'\nendDate: '2025-09-01'",
      },
    },
    says: ['events/launch-day.mdx', /endDate: endDate is before date/],
  },
  {
    name: 'a translation whose place does not match the entry',
    stage: 'build',
    defect: {
      edit: {
        file: 'en/events/example-festival.mdx',
        from: "title: 'Example Light Festival'",
        to: "title: 'Example Light Festival'\nplace: 'Somewhere'",
      },
    },
    says: ['en/events/example-festival.mdx', /place: give one exactly when the entry does/],
  },
  {
    name: 'an outcome whose translation has another key',
    stage: 'build',
    defect: {
      edit: { file: 'en/events/example-workshop.mdx', from: '  held:', to: '  happened:' },
    },
    says: [
      'en/events/example-workshop.mdx',
      /outcomes: give one text for each outcome key of the entry \(held\), not \(happened\)/,
    ],
  },
  {
    name: 'a missing English translation',
    stage: 'build',
    defect: { remove: 'en/events/example-workshop.mdx' },
    says: [
      'events/example-workshop.mdx',
      /has no en translation \(add src\/content\/en\/events\/example-workshop.mdx\)/,
    ],
  },
  {
    name: 'an unknown partner',
    stage: 'build',
    defect: {
      edit: {
        file: 'events/example-partnership.mdx',
        from: 'partners: [example-partner]',
        to: 'partners: [no-such-partner]',
      },
    },
    says: [
      'events/example-partnership.mdx',
      /partners\[0\]: there is no partners entry "no-such-partner"/,
    ],
  },
  {
    name: 'a quote whose event is unknown',
    stage: 'build',
    defect: {
      edit: {
        file: 'quotes/starting-point.mdx',
        from: 'event: launch-day',
        to: 'event: no-such-event',
      },
    },
    says: ['quotes/starting-point.mdx', /event: there is no events entry "no-such-event"/],
  },
  {
    name: 'an event that does not say which record it belongs to',
    stage: 'sync',
    defect: {
      edit: { file: 'events/launch-day.mdx', from: "record: 'article'\n", to: '' },
    },
    says: ['events/launch-day.mdx', /record: Invalid option: expected one of "article"\|"beyond"/],
  },
  {
    name: 'an event that follows an unknown event',
    stage: 'build',
    defect: {
      edit: {
        file: 'events/head-appointment.mdx',
        from: 'event: launch-day',
        to: 'event: no-such-event',
      },
    },
    says: [
      'events/head-appointment.mdx',
      /follows\.event: there is no events entry "no-such-event"/,
    ],
  },
  {
    name: 'a title the preview image’s font cannot draw (it would show empty boxes)',
    stage: 'build',
    defect: {
      edit: {
        file: 'en/events/launch-day.mdx',
        from: "title: 'Example Korea launch press conference'",
        to: "title: 'Example Korea launch press conference 🎉'",
      },
    },
    says: ['en/events/launch-day.mdx', /title: Noto Sans KR has no glyph for “🎉”/],
  },
  ...bodyCases.map(([what, text, says]) => ({
    name: `a body with ${what}`,
    stage: 'build' as const,
    defect: inBody(text),
    says: [/src\/content\/events\/launch-day\.mdx:32:1: body: /, says],
  })),
  {
    name: 'the record’s as-of date written by hand (it would not move with record.yaml)',
    stage: 'build',
    defect: {
      edit: {
        file: 'events/launch-day.mdx',
        from: "summary: '예시 회사가 기자회견을 열고 예시 코리아의 출범을 발표했다.'",
        to: "summary: '2026년 12월 1일 기준, 예시 회사가 기자회견을 열고 예시 코리아의 출범을 발표했다.'",
      },
    },
    says: [
      'events/launch-day.mdx',
      /"2026년 12월 1일" is the record's as-of date written by hand: write \{asOf\}/,
    ],
  },
  {
    name: 'a change that names no page it touches',
    stage: 'build',
    defect: {
      add: {
        'changes/2026-12-02-nowhere.yaml':
          "date: '2026-12-02'\nkind: addition\nnow: 'x'\nwhy: 'y'\n",
        'en/changes/2026-12-02-nowhere.yaml': "now: 'x'\nwhy: 'y'\n",
      },
    },
    says: ['changes/2026-12-02-nowhere.yaml', /name the pages it touches/],
  },
  {
    name: 'a ledger entry whose words are not in its source',
    stage: 'build',
    defect: {
      edit: {
        file: 'ledger/tomorrow.yaml',
        from: "said: '내일 예시 대학교와 양해각서를 맺을 계획이다.'",
        to: "said: '모레 예시 대학교와 양해각서를 맺을 계획이다.'",
      },
    },
    says: ['ledger/tomorrow.yaml', /said: not found in any passage of/],
  },
  {
    name: 'a ledger step dated before the one it follows',
    stage: 'sync',
    defect: {
      edit: { file: 'ledger/head-soon.yaml', from: "date: '2025-09-29'", to: "date: '2025-09-09'" },
    },
    says: ['head-soon', /steps\.1\.date: is before the date of the step it follows/],
  },
  {
    name: 'a ledger step dated after the record’s as-of date',
    stage: 'build',
    defect: {
      edit: { file: 'ledger/head-soon.yaml', from: "date: '2025-09-29'", to: "date: '2026-12-02'" },
    },
    says: [
      'ledger/head-soon.yaml',
      /steps\[1\]\.date: 2026-12-02 is after the record's as-of date/,
    ],
  },
  {
    name: 'a ledger translation without a why for every step',
    stage: 'build',
    defect: {
      edit: { file: 'en/ledger/head-soon.yaml', from: /\n {2}- why: 'Example Wire[^\n]*/, to: '' },
    },
    says: [
      'en/ledger/head-soon.yaml',
      /steps: give one why for each of the entry's 2 steps, not 1/,
    ],
  },
  {
    name: 'a translation’s body with a <script> element',
    stage: 'build',
    defect: inBody('<script>alert(1)</script>', 'en/'),
    says: [/src\/content\/en\/events\/launch-day\.mdx:\d+:1: body: a <script> element/],
  },
];

/**
 * Every case's copy, run in two batches (a process per core, each running its share of the
 * cases one after the other through Astro's API: see astroBatch) while the tests wait.
 */
const runs = cases.map((c) => ({ name: c.name, dir: projectWith(c.defect), command: c.stage }));
const batches = [0, 1].map((half) => runs.filter((_, index) => index % 2 === half));
const results = Promise.all(batches.map((batch) => astroBatch(batch))).then(
  (maps) => new Map(maps.flatMap((map) => [...map])),
);
// A batch that stops is reported by the tests that wait on it.
results.catch(() => {});

describe('bad content stops the build', () => {
  // The same build the behaviour tests run against, made here (or kept from an earlier run
  // while nothing it is made from has changed) so a run of `npm test` makes it once.
  it.concurrent(
    'builds the fixture as it is (so each failure below is the defect’s doing)',
    async () => {
      await expect(fixtureBuild()).resolves.toMatchObject({ dist: expect.any(String) });
    },
  );

  it.concurrent('the command line stops, printing the file and the field', async () => {
    const { code, output } = await astro(projectWith(cases[0]!.defect), [cases[0]!.stage]);
    expect(code, output).not.toBe(0);
    for (const words of cases[0]!.says) expect(output).toMatch(words);
  });

  it.concurrent.each(cases.map((c, index) => ({ ...c, dir: runs[index]!.dir })))(
    '$name: names the file and the field',
    async ({ dir, says }) => {
      const { code, output } = (await results).get(dir)!;
      expect(code, output).not.toBe(0);
      for (const words of says) expect(output).toMatch(words);
    },
  );
});
