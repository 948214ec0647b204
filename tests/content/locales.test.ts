/**
 * The proof that one list drives the languages: a copy of the fixture site with a third
 * language added to `src/i18n/locales.ts` and a folder of its words, and nothing else
 * changed, builds that language's pages, its alternates, its sitemap entries and its
 * language switch; and a missing translation in it stops the build, naming the file.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBatch, copyProject, remove } from '../support/project.mjs';

const copies: string[] = [];
afterAll(() => Promise.all(copies.map(remove)));

/** The third language, as one more entry of the locale list. */
const JAPANESE = `  {
    code: 'ja',
    label: '日本語',
    ogLocale: 'ja_JP',
    dates: { locale: ja, day: 'y年M月d日', month: 'y年M月', shortMonth: 'M月', shortDay: 'M月d日' },
  },
] as const satisfies readonly Locale[];`;

/**
 * The fixture with a third language: the locale list's entry, and `ja/` holding its words;
 * then `change`, given the copy's content folder.
 */
function withJapanese(change: (content: string) => void = () => {}): string {
  const dir = copyProject({ prefix: 'locales' });
  copies.push(dir);
  const list = join(dir, 'src/i18n/locales.ts');
  const text = readFileSync(list, 'utf8');
  const changed = text
    .replace('] as const satisfies readonly Locale[];', JAPANESE)
    .replace(
      "import { ko } from 'date-fns/locale/ko';",
      "import { ja } from 'date-fns/locale/ja';\nimport { ko } from 'date-fns/locale/ko';",
    );
  if (changed === text) throw new Error('the locale list did not change');
  writeFileSync(list, changed);
  // The words: the English ones, under `ja/` (what a translator would then translate).
  const content = join(dir, 'src/content');
  cpSync(join(content, 'en'), join(content, 'ja'), { recursive: true });
  cpSync(join(import.meta.dirname, '../../src/content/en/ui.json'), join(content, 'ja/ui.json'));
  change(content);
  return dir;
}

/** The three copies: as made, without one event's translation, without one word. */
const complete = withJapanese();
const untranslated = withJapanese((content) => rmSync(join(content, 'ja/events/launch-day.mdx')));
const unworded = withJapanese((content) => {
  const file = join(content, 'ja/ui.json');
  const words = JSON.parse(readFileSync(file, 'utf8')) as { nav: Record<string, string> };
  delete words.nav['quotes'];
  writeFileSync(file, JSON.stringify(words));
});
/**
 * Built one after the other in one process (astroBatch), which loads Astro and Vite once
 * where a process for each paid for them each time; the tests wait on it.
 */
const builds = astroBatch(
  [complete, untranslated, unworded].map((dir) => ({ dir, command: 'build' })),
);
// A batch that stops is reported by the tests that wait on it.
builds.catch(() => {});

describe('a third language, from the locale list alone', () => {
  it('gets its pages, alternates, sitemap entries and a place in every language switch', async () => {
    const dir = complete;
    const { code, output } = (await builds).get(dir)!;
    expect(code, output).toBe(0);
    const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
    const events = readdirSync(join(dir, 'src/content/events')).map((file) =>
      file.replace('.mdx', ''),
    );

    // Routes: the home page and every event under /ja/, in Japanese.
    expect(read('ja/index.html')).toContain('<html lang="ja"');
    for (const id of events)
      expect(read(`ja/events/${id}/index.html`)).toContain('<html lang="ja"');

    // Alternates: every language and x-default, from a page in any of them.
    const page = read(`events/${events[0]}/index.html`);
    for (const lang of ['ko', 'en', 'ja']) {
      expect(page).toMatch(
        new RegExp(
          `<link rel="alternate" hreflang="${lang}" href="[^"]*${lang === 'ko' ? '' : `/${lang}`}/events/${events[0]}/"`,
        ),
      );
    }
    expect(page).toMatch(/hreflang="x-default"/);
    expect(page).toContain('og:locale:alternate" content="ja_JP"');

    // The language switch names every other language in its own words.
    expect(page).toMatch(/<a class="language[ "][^>]*hreflang="en"[^>]*>English<\/a>/);
    expect(page).toMatch(/<a class="language[ "][^>]*hreflang="ja"[^>]*>日本語<\/a>/);
    const japanese = read(`ja/events/${events[0]}/index.html`);
    expect(japanese).toMatch(/<a class="language[ "][^>]*hreflang="ko"[^>]*>한국어<\/a>/);

    // The sitemap lists the Japanese pages with their alternates.
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toMatch(/<loc>[^<]*\/ja\/<\/loc>/);
    expect(sitemap).toMatch(/hreflang="ja"/);

    // The feeds, the calendar and the data follow the list too.
    expect(read('ja/rss.xml')).toContain('<language>ja</language>');
    expect(read('ja/calendar.ics')).toContain('BEGIN:VCALENDAR');
    const data = JSON.parse(read('events.json')) as { events: { urls: Record<string, string> }[] };
    expect(Object.keys(data.events[0]!.urls)).toEqual(['ko', 'en', 'ja']);
  });

  it('stops the build at a missing translation in the new language, naming the file', async () => {
    const { code, output } = (await builds).get(untranslated)!;
    expect(code, output).not.toBe(0);
    expect(output).toMatch(
      /events\/launch-day\.mdx: has no ja translation \(add src\/content\/ja\/events\/launch-day\.mdx\)/,
    );
  });

  it('stops the build at a missing word of the interface, naming the file and the key', async () => {
    const { code, output } = (await builds).get(unworded)!;
    expect(code, output).not.toBe(0);
    expect(output).toContain('src/content/ja/ui.json: nav.quotes: is missing');
  });
});
