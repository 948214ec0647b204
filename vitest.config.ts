import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests run in three time zones, so a date that depends on the machine's clock
 * shows: UTC, one far behind Korea and one far ahead of it (those that read no date, in
 * UTC alone: ZONE_FREE). `--project unit` runs the
 * first alone; `--project 'unit*'` runs all three. Each zone gets worker processes of its
 * own; within one, the test files share a process (`isolate: false`): they test pure
 * functions and mock nothing, and a fresh process per file cost two minutes where this
 * takes seconds. tests/unit/timezone.test.ts checks that each run is in its zone.
 */
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];
/**
 * Unit tests of code that reads no date and no clock, run in the first zone only: body
 * rules, the policy's hashes, the imports' floors, page titles, addresses, content against
 * its sources, the interface's words, citations (whose dates are calendar dates, formatted
 * by no clock), the embeds' sizes and the design tokens. A file not listed here runs in
 * every zone, so a new test that may depend on the zone does.
 */
const ZONE_FREE = [
  'body',
  'csp',
  'imports',
  'pageTitle',
  'urls',
  'content',
  'strings',
  'cite',
  'embed',
  'tokens',
  'vocabulary',
].map((name) => `tests/unit/${name}.test.ts`);

/**
 * Stylesheets are left out of tests, except the tokens the preview card reads its colours
 * from (`src/outputs/preview/card.ts` imports them `?raw`).
 */
const css = { include: [/tokens\.css/] };

export default defineConfig({
  // `@/` is `src/`, as in tsconfig.json.
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    css,
    projects: [
      ...ZONES.map((zone, index) => ({
        extends: true as const,
        test: {
          name: index === 0 ? 'unit' : `unit (${zone})`,
          include: ['tests/unit/**/*.test.ts'],
          exclude: index === 0 ? [] : ZONE_FREE,
          env: { TZ: zone },
          isolate: false,
          // Pure functions, most in milliseconds; drawing a preview card takes a second
          // alone. Vitest's default 5 s is what a loaded machine beats, not a fault.
          testTimeout: 60_000,
        },
      })),
      // Content checked as the build checks it, without a build: the project's own Vite
      // config (Astro's `getViteConfig`, as Starlight's `__tests__/` run), so `astro:content`,
      // the collections' loaders and schemas, and the MDX pipeline are the build's own.
      getViteConfig({
        // A loaded machine is no reason for the first case (reading, modelling and compiling
        // the whole fixture) to fail Vitest's default 5 s.
        test: {
          name: 'schemas',
          include: ['tests/schemas/**/*.test.ts'],
          testTimeout: 60_000,
          // Its own Vite config, not the one above: the preview cards' colours (read when
          // their words are checked against the font) need the tokens too.
          css,
        },
      }),
      // What the fixture's pages say, read from its build (made once, in the global setup)
      // into a DOM and queried by role and name, as a reader finds things: the site ships no
      // JavaScript, so its HTML is its behaviour. The files share worker processes (each
      // page is parsed once per process); a page takes milliseconds, so the time limit is
      // one a loaded machine cannot reach rather than one fitted to the work.
      {
        extends: true,
        test: {
          name: 'pages',
          include: ['tests/pages/**/*.test.ts'],
          globalSetup: ['tests/support/fixture-setup.ts'],
          isolate: false,
          testTimeout: 60_000,
        },
      },
      // Builds of project copies with broken content: slower, run by `npm run test:content`.
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          // Each test builds a copy of the project (the long timeline's, some 150 pages):
          // 20 to 60 s alone, and ten times that beside a loaded machine's other work (the
          // long timeline ran past a limit of 180 s at a load average of 19 on 2 cores).
          testTimeout: 900_000,
          // Removing the copies (tests/support/project.mjs `remove`, asynchronous) is quick;
          // a loaded machine is still no reason for a hook to fail the run.
          hookTimeout: 60_000,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
