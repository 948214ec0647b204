/**
 * Bad content stops the build with a message naming the file and the field: the cases only
 * a build shows, each a copy of the project whose content is the test fixture
 * (`tests/fixture/`) with one defect. Every other fault (schemas, references, translations,
 * quotes, bodies, words the preview font cannot draw) is tested where it is caught, without
 * a build, in tests/schemas/bad-content.test.ts.
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

/** A schema fault: the command line, not only the schema, must name the file and the field. */
const malformedDate = {
  defect: {
    edit: { file: 'events/launch-day.mdx', from: "date: '2025-09-10'", to: "date: '2025/09/10'" },
  },
  says: ['events/launch-day.mdx', /date: "2025\/09\/10" is not a date/],
} satisfies { defect: Change; says: (string | RegExp)[] };

const cases: {
  name: string;
  defect: Change;
  says: (string | RegExp)[];
}[] = [
  {
    // Astro's glob loader finds the two (`example-partner/index.mdx` is read as
    // `example-partner`); `prerenderConflictBehavior: 'error'` makes it stop.
    name: 'two entries with the same slug',
    defect: {
      add: {
        'partners/example-partner/index.mdx':
          "---\nname: 'Other'\nsummary: 'x'\norder: 9\nsources:\n  - example-article\n---\n",
      },
    },
    says: [
      'partners/example-partner.mdx',
      'partners/example-partner/index.mdx',
      /same slug: `example-partner`/,
    ],
  },
  {
    // Astro takes a front-matter `slug` for the id; refused by src/schemas/files.ts, the
    // command line names the file and the field (it said "Missing parameter: slug").
    name: 'a front-matter slug that leaves the site',
    defect: {
      edit: {
        file: 'partners/example-partner.mdx',
        from: "name: '예시 파트너'",
        to: "slug: '../../../escaped'\nname: '예시 파트너'",
      },
    },
    says: [/src\/content\/partners\/example-partner\.mdx: slug: an entry has no slug/],
  },
];

/** The cases' copies, run in one process through Astro's API (astroBatch) while the tests wait. */
const runs = cases.map((c) => ({ dir: projectWith(c.defect), command: 'sync' as const }));
const results = astroBatch(runs);
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
    const { code, output } = await astro(projectWith(malformedDate.defect), ['sync']);
    expect(code, output).not.toBe(0);
    for (const words of malformedDate.says) expect(output).toMatch(words);
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
