/**
 * The interface's words the behaviour tests look for by role and name: each language's
 * `ui.json` (the fixture's own where it brings one, else the project's, as the fixture's
 * build takes them), read from the file rather than written here again. A test picks a
 * word by what it means (`w.event.laterReports`), so it checks that the right words stand
 * in the right place in every language of the locale list, while a reworded string or a
 * language added to the list needs no change here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Lang, type Strings } from '../../src/i18n/locales';
import { FIXTURE, root } from '../support/project.mjs';

/** One language's words, as the fixture's build has them. */
function read(lang: Lang): Strings {
  const own = join(FIXTURE, lang, 'ui.json');
  const file = existsSync(own) ? own : join(root, 'src/content', lang, 'ui.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

export const words = Object.fromEntries(languages.map((lang) => [lang, read(lang)])) as Record<
  Lang,
  Strings
>;

/** A template with its placeholders filled: `fill('{year}년', { year: 2025 })`. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/**
 * How an event's status reads, labelled: the article's events as of the article, others as
 * reported; what a report said industry sources expected, as that.
 */
export const statusWords = (
  lang: Lang,
  {
    record,
    status,
    dateKind,
  }: { record: 'article' | 'beyond'; status: 'held' | 'planned'; dateKind?: string },
) =>
  dateKind === 'expected'
    ? words[lang].record.expectedStatus
    : fill(words[lang].standing[record], {
        status: (record === 'article' ? words[lang].status : words[lang].beyondStatus)[status],
      });
