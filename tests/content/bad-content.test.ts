/**
 * Bad content stops the build with a message naming the file and the field. Each case
 * builds a copy of the project whose content is a small fixture with one defect.
 * Schema faults are caught when the content is synced (`astro sync`, quick); references
 * between entries when the pages are built (`astro build`).
 */
import { describe, expect, it } from 'vitest';
import { astro, projectWith, type Change } from './project';

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
      edit: {
        file: 'events/first-event.mdx',
        from: "date: '2025-09-10'",
        to: "date: '2025/09/10'",
      },
    },
    says: ['events/first-event.mdx', /date: "2025\/09\/10" is not a date/],
  },
  {
    name: 'an impossible day (30 February)',
    stage: 'sync',
    defect: {
      edit: {
        file: 'events/first-event.mdx',
        from: "date: '2025-09-10'",
        to: "date: '2025-02-30'",
      },
    },
    says: ['events/first-event.mdx', /date: "2025-02-30" is not a real day/],
  },
  {
    name: 'an impossible month (13)',
    stage: 'sync',
    defect: {
      edit: { file: 'events/second-event.mdx', from: "date: '2025-02'", to: "date: '2025-13'" },
    },
    says: ['events/second-event.mdx', /date: "2025-13" is not a real date: month 13/],
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
        file: 'quotes/example-quote.mdx',
        from: "text: 'Words.'",
        to: "text: 'Other words.'",
      },
    },
    says: ['quotes/example-quote.mdx', /text: not found, in quotation marks, in any passage/],
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
      edit: { file: 'events/second-event.mdx', from: "title: 'Second event'", to: "title: ''" },
    },
    says: ['events/second-event.mdx', /title: must not be empty/],
  },
  {
    name: 'two entries with the same slug',
    stage: 'sync',
    defect: {
      edit: {
        file: 'partners/example-partner.mdx',
        from: "name: 'Example partner'",
        to: "slug: same\nname: 'Example partner'",
      },
      add: {
        'partners/other-partner.mdx':
          "---\nslug: same\nname: 'Other'\nsummary: 'x'\norder: 2\nsources:\n  - example-article\n---\n",
      },
    },
    says: ['partners/example-partner.mdx', 'partners/other-partner.mdx', /same slug: `same`/],
  },
  {
    name: 'a date source that is not among the sources',
    stage: 'sync',
    defect: {
      edit: {
        file: 'events/first-event.mdx',
        from: 'dateSource: example-article',
        to: 'dateSource: example-report',
      },
    },
    says: [
      'events/first-event.mdx',
      /dateSource: "example-report" is not among this entry's sources/,
    ],
  },
  {
    name: 'an end date before the start',
    stage: 'sync',
    defect: {
      edit: {
        file: 'events/first-event.mdx',
        from: "date: '2025-09-10'",
        to: "date: '2025-09-10'\nendDate: '2025-09-01'",
      },
    },
    says: ['events/first-event.mdx', /endDate: endDate is before date/],
  },
  {
    name: 'a translation whose place does not match the entry',
    stage: 'build',
    defect: {
      edit: {
        file: 'en/events/first-event.mdx',
        from: "summary: 'A fixture event.'",
        to: "summary: 'A fixture event.'\nplace: 'Somewhere'",
      },
    },
    says: ['en/events/first-event.mdx', /place: give one exactly when the entry does/],
  },
  {
    name: 'an outcome whose translation has another key',
    stage: 'build',
    defect: {
      edit: { file: 'en/events/second-event.mdx', from: '  reported:', to: '  held:' },
    },
    says: [
      'en/events/second-event.mdx',
      /outcomes: give one text for each outcome key of the entry \(reported\), not \(held\)/,
    ],
  },
  {
    name: 'a missing English translation',
    stage: 'build',
    defect: { remove: 'en/events/second-event.mdx' },
    says: [
      'events/second-event.mdx',
      /has no en translation \(add src\/content\/en\/events\/second-event.mdx\)/,
    ],
  },
  {
    name: 'an unknown partner',
    stage: 'build',
    defect: {
      edit: {
        file: 'events/first-event.mdx',
        from: 'partners: [example-partner]',
        to: 'partners: [no-such-partner]',
      },
    },
    says: ['events/first-event.mdx', /partners\[0\]: there is no partners entry "no-such-partner"/],
  },
  {
    name: 'a quote whose event is unknown',
    stage: 'build',
    defect: {
      edit: {
        file: 'quotes/example-quote.mdx',
        from: 'event: first-event',
        to: 'event: no-such-event',
      },
    },
    says: ['quotes/example-quote.mdx', /event: there is no events entry "no-such-event"/],
  },
  {
    name: 'an event that does not say which record it belongs to',
    stage: 'sync',
    defect: {
      edit: { file: 'events/first-event.mdx', from: "record: 'article'\n", to: '' },
    },
    says: ['events/first-event.mdx', /record: Invalid option: expected one of "article"\|"beyond"/],
  },
  {
    name: 'an event that follows an unknown event',
    stage: 'build',
    defect: {
      edit: {
        file: 'events/first-event.mdx',
        from: 'event: second-event',
        to: 'event: no-such-event',
      },
    },
    says: ['events/first-event.mdx', /follows\.event: there is no events entry "no-such-event"/],
  },
  {
    name: 'a title the preview image’s font cannot draw (it would show empty boxes)',
    stage: 'build',
    defect: {
      edit: {
        file: 'en/events/first-event.mdx',
        from: "title: 'First event (English)'",
        to: "title: 'First event (English) 🎉'",
      },
    },
    says: ['en/events/first-event.mdx', /title: Noto Sans KR has no glyph for “🎉”/],
  },
];

describe('bad content stops the build', () => {
  it('builds the fixture as it is (so each failure below is the defect’s doing)', async () => {
    const dir = projectWith({});
    const { code, output } = await astro(dir, 'build');
    expect(code, output).toBe(0);
  });

  it.concurrent.each(cases)(
    '$name: names the file and the field',
    async ({ stage, defect, says }) => {
      const { code, output } = await astro(projectWith(defect), stage);
      expect(code, output).not.toBe(0);
      for (const words of says) expect(output).toMatch(words);
    },
  );
});
