/**
 * Bad content stops the build with a message naming the file and the field: each case is
 * the fixture (`tests/fixture/`) with one defect, read as the build reads it, without a
 * build. The collections' own loaders read it and their schemas parse it
 * (tests/support/content.ts), the model and every language's site are built from it
 * (`getModel()`, `getSite()`: the references, translations and quotes are checked there),
 * and so are its link-preview cards (`getPreviews()`: words their font cannot draw),
 * and a changed body is compiled by the project's MDX pipeline (a Vite import, under the
 * project's config), where the body rules run. What only a build shows (the command line's
 * message, two files with one slug, a front-matter slug) is in
 * tests/content/bad-content.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getModel } from '@/data/model';
import { getSite } from '@/data/site';
import { languages } from '@/i18n/locales';
import { getPreviews } from '@/outputs/preview/cards';
import { loadContent, readCollection } from '../support/content';
import { copyContent, remove, type Change } from '../support/project.mjs';

vi.mock('astro:content', async (original) => ({
  ...(await original<object>()),
  getCollection: (name: string) => readCollection(name),
}));

const copies: string[] = [];
afterAll(() => Promise.all(copies.map(remove)));

/** The fixture's content, changed as `change` says. */
function contentWith(change: Change): string {
  const dir = copyContent(change);
  copies.push(dir);
  return dir;
}

/** Reads the content and builds what the pages read, as `astro build` does before any page. */
async function check(dir: string): Promise<void> {
  await loadContent(dir);
  await getModel();
  await Promise.all(languages.map((lang) => getSite(lang)));
  // Every page's link-preview card, its words checked against the card's font.
  await getPreviews();
}

/**
 * A body that holds `text` after its first paragraph: the launch event's (the English one's
 * with `en`), on line 32 of the Korean one, after a blank line.
 */
const inBody = (text: string, lang: '' | 'en/' = ''): Change => ({
  edit: { file: `${lang}events/launch-day.mdx`, from: /\n$/, to: `\n\n${text}\n` },
});

/** What a body may not hold, each stopping the build at its file and line (src/schemas/body.ts). */
const notAllowed = (name: string) => new RegExp(`<${name}> is not an element a body may hold`);
const bodyCases = [
  ['a <script> element', '<script>alert(1)</script>', notAllowed('script')],
  ['a <style> element', '<style>{`p { color: red }`}</style>', notAllowed('style')],
  [
    'a refresh that sends the reader elsewhere',
    '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/" />',
    notAllowed('meta'),
  ],
  [
    'a frame of its own document',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    notAllowed('iframe'),
  ],
  [
    'an SVG image from another origin',
    '<svg><image xlink:href="https://elsewhere.example/a.png" /></svg>',
    notAllowed('svg'),
  ],
  ['an image element', '<img src="https://elsewhere.example/a.png" alt="a" />', notAllowed('img')],
  [
    'a style attribute on an allowed component',
    '<AsOf style="background-image: url(https://elsewhere.example/a.png)" />',
    /<AsOf style>: not an attribute <AsOf> may take/,
  ],
  [
    'an event handler on an allowed component',
    '<AsOf onclick="alert(1)" />',
    /<AsOf onclick>: not an attribute/,
  ],
  ['a javascript: link', '[x](javascript:alert(1))', /a link to "javascript:alert\(1\)"/],
  [
    'a javascript: link written with a character reference',
    '[x](jav&#x61;script:alert(1))',
    /a link to "javascript:alert\(1\)"/,
  ],
  ['a data: link', '[x](data:text/html,hi)', /a link to "data:text\/html,hi"/],
  [
    'an import of something else',
    "import fs from 'node:fs'",
    /may only import the components it may use/,
  ],
  ['an export', 'export const x = 1', /"export const x = 1": a body exports nothing/],
  ['an expression', '{1 + 1}', /\{1 \+ 1\}: an expression is code/],
  [
    'a Markdown image from another origin',
    '![a](https://elsewhere.example/a.png)',
    /an image from "https:\/\/elsewhere.example\/a.png"/,
  ],
] as const;

const cases: {
  name: string;
  defect: Change;
  says: (string | RegExp)[];
}[] = [
  {
    name: 'a malformed date',
    defect: {
      edit: { file: 'events/launch-day.mdx', from: "date: '2025-09-10'", to: "date: '2025/09/10'" },
    },
    says: ['events/launch-day.mdx', /date: "2025\/09\/10" is not a date/],
  },
  {
    name: 'an impossible day (30 February)',
    defect: {
      edit: { file: 'events/launch-day.mdx', from: "date: '2025-09-10'", to: "date: '2025-02-30'" },
    },
    says: ['events/launch-day.mdx', /date: "2025-02-30" is not a real day/],
  },
  {
    name: 'an impossible month (13)',
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
    name: 'a source URL with a user name and password in it',
    defect: {
      edit: {
        file: 'sources/example-report.yaml',
        from: 'url: https://example.org/report',
        to: 'url: https://editor:secret@example.org/report',
      },
    },
    says: ['sources/example-report.yaml', /url: must not hold a user name or password/],
  },
  {
    name: 'a source URL that passes one host off as another',
    defect: {
      edit: {
        file: 'sources/example-report.yaml',
        from: 'url: https://example.org/report',
        to: 'url: https://example.org@elsewhere.example/report',
      },
    },
    says: ['sources/example-report.yaml', /url: .*names the host "elsewhere.example"/],
  },
  {
    name: 'a source URL with a space',
    defect: {
      edit: {
        file: 'sources/example-report.yaml',
        from: 'url: https://example.org/report',
        to: "url: 'https://example.org/a report'",
      },
    },
    says: ['sources/example-report.yaml', /url: must not hold a space/],
  },
  {
    name: 'a source language that is not a language tag',
    defect: {
      edit: {
        file: 'sources/example-report.yaml',
        from: 'confidence: medium',
        to: "confidence: medium\nlang: 'en\"><b'",
      },
    },
    says: ['sources/example-report.yaml', /lang: must be a language tag/],
  },
  {
    name: 'a control character (ESC) in a summary',
    defect: {
      edit: {
        file: 'events/example-workshop.mdx',
        from: /summary: '[^\n]*/,
        to: 'summary: "\\e[31m예시 회사가 워크숍을 연다."',
      },
    },
    says: ['events/example-workshop.mdx', /summary: holds a control character \(U\+001B\)/],
  },
  {
    name: 'an unpaired right-to-left override in a translation’s title',
    defect: {
      edit: {
        file: 'en/events/example-workshop.mdx',
        from: "title: 'Example workshop'",
        to: 'title: "Example \\u202Epohskrow"',
      },
    },
    says: [
      'en/events/example-workshop.mdx',
      /title: holds a bidirectional control \(U\+202E\) that is not paired/,
    ],
  },
  {
    name: 'a file the collections do not read (an upper-case extension)',
    defect: {
      add: { 'events/upper-case.MDX': "---\ntitle: 'x'\n---\n" },
    },
    says: [/src\/content\/events\/upper-case\.MDX: is read by no collection/],
  },
  {
    name: 'a file in a folder no collection reads',
    defect: {
      add: { 'event/misplaced.mdx': "---\ntitle: 'x'\n---\n" },
    },
    says: [/src\/content\/event\/misplaced\.mdx: is read by no collection/],
  },
  {
    name: 'an entry whose name is not an id (it would be read as another)',
    defect: {
      add: {
        'changes/2026-12-01-Launch Place.yaml':
          "date: '2026-12-01'\nkind: addition\npages: [home]\nnow: 'x'\nwhy: 'y'\n",
      },
    },
    says: [
      /src\/content\/changes\/2026-12-01-Launch Place\.yaml: its name is its id, and must be written as one/,
    ],
  },
  {
    name: 'a front-matter slug (it would replace the entry’s id)',
    defect: {
      edit: {
        file: 'partners/example-partner.mdx',
        from: "name: '예시 파트너'",
        to: "slug: '../../../escaped'\nname: '예시 파트너'",
      },
    },
    says: ['partners/example-partner.mdx', /slug: an entry has no slug: its file name is its id/],
  },
  {
    name: 'an unknown source id',
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
    defect: { remove: 'en/sources/example-report.yaml' },
    says: [
      'sources/example-report.yaml',
      /has no en translation \(add src\/content\/en\/sources\/example-report.yaml\)/,
    ],
  },
  {
    name: 'an empty title',
    defect: {
      edit: { file: 'events/example-workshop.mdx', from: "title: '예시 워크숍'", to: "title: ''" },
    },
    says: ['events/example-workshop.mdx', /title: must not be empty/],
  },
  {
    name: 'a date source that is not among the sources',
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
    defect: { remove: 'en/events/example-workshop.mdx' },
    says: [
      'events/example-workshop.mdx',
      /has no en translation \(add src\/content\/en\/events\/example-workshop.mdx\)/,
    ],
  },
  {
    name: 'an unknown partner',
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
    defect: {
      edit: { file: 'events/launch-day.mdx', from: "record: 'article'\n", to: '' },
    },
    says: ['events/launch-day.mdx', /record: Invalid option: expected one of "article"\|"beyond"/],
  },
  {
    name: 'an event that follows an unknown event',
    defect: {
      edit: {
        file: 'events/head-appointment.mdx',
        from: 'event: launch-day',
        to: 'event: no-such-event',
      },
    },
    says: [
      'events/head-appointment.mdx',
      /follows\[0\]\.event: there is no events entry "no-such-event"/,
    ],
  },
  {
    name: 'the record’s as-of date written by hand (it would not move with record.yaml)',
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
    name: 'a record with no publisher',
    defect: { edit: { file: 'record.yaml', from: /\n\s*publisher: .*/, to: '' } },
    says: ['record.yaml', /publisher/],
  },
  {
    name: 'a record whose publisher has no English name',
    defect: { remove: 'en/record.yaml' },
    says: ['src/content/record.yaml: publisher: has no en name', 'src/content/en/record.yaml'],
  },
  {
    name: 'a change that names no page it touches',
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
    defect: {
      edit: { file: 'ledger/head-soon.yaml', from: "date: '2025-09-29'", to: "date: '2025-09-09'" },
    },
    says: ['head-soon', /steps\.1\.date: is before the date of the step it follows/],
  },
  {
    name: 'a ledger step dated after the record’s as-of date',
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
    defect: {
      edit: { file: 'en/ledger/head-soon.yaml', from: /\n {2}- why: 'Example Wire[^\n]*/, to: '' },
    },
    says: [
      'en/ledger/head-soon.yaml',
      /steps: give one why for each of the entry's 2 steps, not 1/,
    ],
  },
  {
    // Checked against the font's characters when the cards are listed, before any is
    // drawn or any page built (src/outputs/preview/render.ts, `undrawable`).
    name: 'a title the preview image’s font cannot draw (it would show empty boxes)',
    defect: {
      edit: {
        file: 'en/events/launch-day.mdx',
        from: "title: 'Example Korea launch press conference'",
        to: "title: 'Example Korea launch press conference 🎉'",
      },
    },
    says: ['en/events/launch-day.mdx', /title: Noto Sans KR has no glyph for “🎉”/],
  },
];

/** The body cases: the file changed, and what its compilation must say. */
const bodies = [
  ...bodyCases.map(([what, text, says]) => ({
    name: `a body with ${what}`,
    file: 'events/launch-day.mdx',
    defect: inBody(text),
    says: [/src\/content\/events\/launch-day\.mdx:32:1: body: /, says],
  })),
  {
    name: 'a translation’s body with a <script> element',
    file: 'en/events/launch-day.mdx',
    defect: inBody('<script>alert(1)</script>', 'en/'),
    says: [/src\/content\/en\/events\/launch-day\.mdx:\d+:1: body: <script> is not an element/],
  },
];

/** Every MDX file of a content folder, below `src/content/`. */
const mdxFiles = (dir: string) =>
  readdirSync(join(dir, 'src/content'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.mdx'));

/** The message a promise is rejected with (failing the test if it is not rejected). */
async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error, 'the content was accepted').toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('bad content stops the build', () => {
  // These run one after the other: the model is read from what `loadContent` read last.
  it('reads, models and compiles the fixture as it is (so each failure below is the defect’s doing)', async () => {
    const dir = contentWith({});
    await check(dir);
    const model = await getModel();
    expect(model.timeline.length).toBeGreaterThan(0);
    for (const file of mdxFiles(dir)) await import(join(dir, 'src/content', file));
  });

  it('compiles a body with every kind of Markdown and component the allowlist names', async () => {
    const dir = contentWith(
      inBody(
        [
          "import AsOf from '@/components/AsOf.astro';",
          '',
          '## A heading',
          '*Emphasis*, **strong**, a [link](https://example.org/report), one [to this site](/en/)',
          'and [a reference][report], as of <AsOf />.',
          '',
          '> A quotation.',
          '',
          '1. An item',
          '- - -',
          '',
          '![An image in the project](/favicon.svg)',
          '',
          '<AsOf />',
          '',
          '[report]: mailto:corrections@example.org',
        ].join('\n'),
      ),
    );
    const module = await import(join(dir, 'src/content/events/launch-day.mdx'));
    expect(module.default).toBeTypeOf('function');
  });

  it.each(cases)('$name: names the file and the field', async ({ defect, says }) => {
    const message = await rejection(check(contentWith(defect)));
    for (const words of says) expect(message).toMatch(words);
  });

  it.each(bodies)(
    '$name: names the file, the line and the rule',
    async ({ file, defect, says }) => {
      const dir = contentWith(defect);
      // Compiled as the build compiles it, by the project's Markdown processor and its rules.
      const message = await rejection(import(join(dir, 'src/content', file)));
      for (const words of says) expect(message).toMatch(words);
    },
  );
});
