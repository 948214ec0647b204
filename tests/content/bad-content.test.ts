/**
 * Bad content stops the build with a message naming the file and the field. Each case
 * builds a copy of the project whose content is a small fixture with one defect.
 * Schema faults are caught when the content is synced (`astro sync`, quick); references
 * between entries when the pages are built (`astro build`).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, 'fixture');
const copies: string[] = [];
/** Astro's command line, run by the same Node as the tests. */
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');

interface Defect {
  /** Fixture file to change, below the content folder. */
  file: string;
  /** The text to replace, and what to replace it with. */
  from: string | RegExp;
  to: string;
  /** Extra file to add (path below the content folder, text). */
  add?: [string, string];
}

/** A copy of the project with the fixture content and one defect. */
function projectWith(defect: Defect): string {
  const dir = mkdtempSync(join(tmpdir(), 'okt-bad-'));
  copies.push(dir);
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      filter: (source) => !source.startsWith(join(root, 'src/content/')),
    });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(fixture, join(dir, 'src/content'), { recursive: true });
  const target = join(dir, 'src/content', defect.file);
  const text = readFileSync(target, 'utf8');
  const changed = text.replace(defect.from, defect.to);
  if (changed === text) throw new Error(`the defect does not apply to ${defect.file}`);
  writeFileSync(target, changed);
  if (defect.add) writeFileSync(join(dir, 'src/content', defect.add[0]), defect.add[1]);
  return dir;
}

/** Runs an astro command in a project copy: its exit code and everything it printed. */
function astro(
  dir: string,
  command: 'sync' | 'build',
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO, command], { cwd: dir });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

const cases: {
  name: string;
  stage: 'sync' | 'build';
  defect: Defect;
  says: (string | RegExp)[];
}[] = [
  {
    name: 'a malformed date',
    stage: 'sync',
    defect: {
      file: 'events/first-event.mdx',
      from: "date: '2025-09-10'",
      to: "date: '2025/09/10'",
    },
    says: ['events/first-event.mdx', /date: "2025\/09\/10" is not a date/],
  },
  {
    name: 'an impossible day (30 February)',
    stage: 'sync',
    defect: {
      file: 'events/first-event.mdx',
      from: "date: '2025-09-10'",
      to: "date: '2025-02-30'",
    },
    says: ['events/first-event.mdx', /date: "2025-02-30" is not a real day/],
  },
  {
    name: 'an impossible month (13)',
    stage: 'sync',
    defect: { file: 'events/second-event.mdx', from: "date: '2025-02'", to: "date: '2025-13'" },
    says: ['events/second-event.mdx', /date: "2025-13" is not a real date: month 13/],
  },
  {
    name: 'a missing source',
    stage: 'sync',
    defect: {
      file: 'partners/example-partner.mdx',
      from: /sources:\n(  .*\n)+/,
      to: 'sources: []\n',
    },
    says: ['partners/example-partner.mdx', /sources: name at least one source/],
  },
  {
    name: 'a source URL that is not a URL',
    stage: 'sync',
    defect: {
      file: 'quotes/example-quote.mdx',
      from: "url: 'https://example.org/article'",
      to: "url: 'example.org/article'",
    },
    says: ['quotes/example-quote.mdx', /sources\.0\.url: must be a web address/],
  },
  {
    name: 'an empty title',
    stage: 'sync',
    defect: { file: 'events/second-event.mdx', from: "title: 'Second event'", to: "title: ''" },
    says: ['events/second-event.mdx', /title: must not be empty/],
  },
  {
    name: 'two entries with the same slug',
    stage: 'sync',
    defect: {
      file: 'partners/example-partner.mdx',
      from: "name: 'Example partner'",
      to: "slug: same\nname: 'Example partner'",
      add: [
        'partners/other-partner.mdx',
        "---\nslug: same\nname: 'Other'\nsummary: 'x'\norder: 2\nsources:\n  - url: 'https://example.org/a'\n    publisher: 'Example'\n---\n",
      ],
    },
    says: ['partners/example-partner.mdx', 'partners/other-partner.mdx', /same slug: `same`/],
  },
  {
    name: 'an unknown partner',
    stage: 'build',
    defect: {
      file: 'events/first-event.mdx',
      from: 'partners: [example-partner]',
      to: 'partners: [no-such-partner]',
    },
    says: ['events/first-event.mdx', /partners\[0\]: there is no partners entry "no-such-partner"/],
  },
  {
    name: 'a quote whose event is unknown',
    stage: 'build',
    defect: {
      file: 'quotes/example-quote.mdx',
      from: 'event: first-event',
      to: 'event: no-such-event',
    },
    says: ['quotes/example-quote.mdx', /event: there is no events entry "no-such-event"/],
  },
];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('bad content stops the build', () => {
  it('builds the fixture as it is (so each failure below is the defect’s doing)', async () => {
    const dir = projectWith({ file: 'events/first-event.mdx', from: 'Body.', to: 'Body text.' });
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
